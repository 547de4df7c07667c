package org.pressmark.model;

import java.util.List;
import java.util.Objects;

/** Inline content of a block: text and the marks on it. */
public sealed interface Inline {

    /** Plain text. @param text the characters, white space already normalised */
    record Text(String text) implements Inline {
        /** Creates text. */
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Emphasised or otherwise styled text.
     *
     * @param style   how it is marked
     * @param content the marked content
     */
    record Styled(Style style, List<Inline> content) implements Inline {
        /** Creates styled content; the content is copied. */
        public Styled {
            Objects.requireNonNull(style, "style");
            content = List.copyOf(content);
        }
    }

    /** The inline styles kept from a page. */
    enum Style {
        /** {@code em}, {@code i}. */
        ITALIC,
        /** {@code strong}, {@code b}. */
        BOLD,
        /** {@code u}. */
        UNDERLINE,
        /** {@code s}, {@code del}, {@code strike}. */
        STRIKETHROUGH,
        /** {@code sup}. */
        SUPERSCRIPT,
        /** {@code sub}. */
        SUBSCRIPT
    }

    /**
     * A link.
     *
     * @param href    the target as given in the page, made absolute when the page URL is known
     * @param content the link text
     */
    record Link(String href, List<Inline> content) implements Inline {
        /** Creates a link; the content is copied. */
        public Link {
            Objects.requireNonNull(href, "href");
            content = List.copyOf(content);
        }
    }

    /**
     * A quotation inside running text ({@code q}). Its content includes the quotation marks as a reader
     * sees them: those typed in a text scrape, or the ones a browser shows around an HTML {@code q}. So the
     * characters of the source are kept exactly, and no output adds marks of its own.
     *
     * @param content the quoted content, marks included
     */
    record Quote(List<Inline> content) implements Inline {
        /** Creates an inline quotation; the content is copied. */
        public Quote {
            content = List.copyOf(content);
        }
    }

    /** Code inside running text. @param text the code */
    record Code(String text) implements Inline {
        /** Creates inline code. */
        public Code {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A forced line break inside a block, as {@code <br>} in a poem or an address. */
    record LineBreak() implements Inline {
    }

    /** Returns the plain text of inline content, marks dropped, a line break as a newline. */
    static String plainText(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        appendPlainText(content, sb);
        return sb.toString();
    }

    /**
     * Whether inline content holds no visible character: whether its {@link #plainText plain text} is blank,
     * told piece by piece without building that text. A line break is white space.
     */
    static boolean isBlank(List<Inline> content) {
        for (Inline i : content) {
            boolean blank;
            if (i instanceof Text t) {
                blank = t.text().isBlank();
            } else if (i instanceof Code c) {
                blank = c.text().isBlank();
            } else if (i instanceof Styled st) {
                blank = isBlank(st.content());
            } else if (i instanceof Link l) {
                blank = isBlank(l.content());
            } else if (i instanceof Quote q) {
                blank = isBlank(q.content());
            } else {
                blank = true; // a line break
            }
            if (!blank) {
                return false;
            }
        }
        return true;
    }

    /** Appends the {@link #plainText plain text} of inline content, without a string of its own. */
    static void appendPlainText(List<Inline> content, StringBuilder sb) {
        for (Inline i : content) {
            if (i instanceof Text t) {
                sb.append(t.text());
            } else if (i instanceof Styled s) {
                appendPlainText(s.content(), sb);
            } else if (i instanceof Link l) {
                appendPlainText(l.content(), sb);
            } else if (i instanceof Quote q) {
                appendPlainText(q.content(), sb);
            } else if (i instanceof Code c) {
                sb.append(c.text());
            } else if (i instanceof LineBreak) {
                sb.append('\n');
            }
        }
    }
}
