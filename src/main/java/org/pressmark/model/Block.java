package org.pressmark.model;

import java.util.List;
import java.util.Objects;

/**
 * A block of an article body. The permitted kinds are the records nested here (Java 17: writers test them
 * with {@code instanceof} in turn).
 */
public sealed interface Block {

    /**
     * A subheading inside the body (the article title is metadata, not a heading block).
     *
     * @param level   2 to 6, as HTML {@code h2}..{@code h6}; an {@code h1} inside a body counts as 2
     * @param content the heading text
     */
    record Heading(int level, List<Inline> content) implements Block {
        /** Creates a heading. @throws IllegalArgumentException if the level is not 2 to 6 */
        public Heading {
            if (level < 2 || level > 6) {
                throw new IllegalArgumentException("heading level must be 2..6: " + level);
            }
            content = List.copyOf(content);
        }
    }

    /** A paragraph of running text. @param content the paragraph's inline content */
    record Paragraph(List<Inline> content) implements Block {
        /** Creates a paragraph; the content is copied. */
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /**
     * A block quotation, or an embedded post such as a tweet.
     *
     * @param blocks      the quoted blocks
     * @param attribution who or what is quoted, or {@code null}
     * @param kind        {@link QuoteKind#QUOTATION} or {@link QuoteKind#EMBEDDED_POST}
     */
    record Quotation(List<Block> blocks, String attribution, QuoteKind kind) implements Block {
        /** Creates a quotation; the blocks are copied. */
        public Quotation {
            blocks = List.copyOf(blocks);
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** What a {@link Quotation} holds. */
    enum QuoteKind {
        /** A quotation of someone's words. */
        QUOTATION,
        /** A post from elsewhere embedded in the page, such as a tweet or a toot. */
        EMBEDDED_POST
    }

    /**
     * A list.
     *
     * @param ordered whether the items are numbered
     * @param items   the items in order
     */
    record ListBlock(boolean ordered, List<ListItem> items) implements Block {
        /** Creates a list; the items are copied. */
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /**
     * One list item.
     *
     * @param content  the item's own text
     * @param sublists lists nested in the item, empty when none
     */
    record ListItem(List<Inline> content, List<ListBlock> sublists) {
        /** Creates an item; the lists are copied. */
        public ListItem {
            content = List.copyOf(content);
            sublists = List.copyOf(sublists);
        }
    }

    /**
     * A table. Empty cells are kept so that the columns stay aligned.
     *
     * @param caption the caption, empty when none
     * @param rows    the rows in order
     */
    record Table(List<Inline> caption, List<TableRow> rows) implements Block {
        /** Creates a table; the lists are copied. */
        public Table {
            caption = List.copyOf(caption);
            rows = List.copyOf(rows);
        }
    }

    /** A table row. @param cells the cells in order */
    record TableRow(List<TableCell> cells) {
        /** Creates a row; the cells are copied. */
        public TableRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A table cell.
     *
     * @param header  whether it is a header cell
     * @param colspan how many columns it spans, at least 1
     * @param rowspan how many rows it spans, at least 1
     * @param content the cell's text, empty for an empty cell
     */
    record TableCell(boolean header, int colspan, int rowspan, List<Inline> content) {
        /** Creates a cell. @throws IllegalArgumentException if a span is below 1 */
        public TableCell {
            if (colspan < 1 || rowspan < 1) {
                throw new IllegalArgumentException("spans must be at least 1");
            }
            content = List.copyOf(content);
        }
    }

    /**
     * A figure: an image with its description and caption.
     *
     * @param src     the image URL as given in the page, or {@code null}
     * @param alt     the image's alternative text, or {@code null}
     * @param caption the caption, empty when none
     */
    record Figure(String src, String alt, List<Inline> caption) implements Block {
        /** Creates a figure; the caption is copied. */
        public Figure {
            caption = List.copyOf(caption);
        }
    }

    /**
     * Preformatted text such as code, with its white space kept.
     *
     * @param text     the text, line breaks included
     * @param language the programming language when the page names it, or {@code null}
     */
    record Preformatted(String text, String language) implements Block {
        /** Creates a preformatted block. */
        public Preformatted {
            Objects.requireNonNull(text, "text");
        }
    }
}
