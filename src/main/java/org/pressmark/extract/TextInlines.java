package org.pressmark.extract;

import java.util.ArrayList;
import java.util.List;
import org.pressmark.model.Inline;

/**
 * Turns the text of one paragraph of a scrape into inline content, marking quotations in double quotes
 * ({@code "…"} or {@code “…”}) as {@link Inline.Quote} whose content keeps the marks, so that the plain
 * text of the result is exactly the input. An unmatched mark stays plain text. Stateless.
 */
final class TextInlines {

    private TextInlines() {
    }

    /** Returns the inline content of a line of text, quotations marked; text joined by nothing else. */
    static List<Inline> of(String text) {
        List<Inline> out = new ArrayList<>();
        int plainFrom = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = -1;
            if (c == '“') {
                close = text.indexOf('”', i + 1);
            } else if (c == '"' && opensStraight(text, i)) {
                close = closingStraight(text, i + 1);
            }
            if (close > i + 1) {
                if (i > plainFrom) {
                    out.add(new Inline.Text(text.substring(plainFrom, i)));
                }
                out.add(new Inline.Quote(List.of(new Inline.Text(text.substring(i, close + 1)))));
                plainFrom = close + 1;
                i = close + 1;
            } else {
                i++;
            }
        }
        if (plainFrom < text.length()) {
            out.add(new Inline.Text(text.substring(plainFrom)));
        }
        return out;
    }

    /** Returns inline content for lines that keep their breaks ({@link Inline.LineBreak} between them). */
    static List<Inline> ofLines(List<String> lines) {
        List<Inline> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.add(new Inline.LineBreak());
            }
            out.addAll(of(lines.get(i)));
        }
        return out;
    }

    /** An opening straight quote starts the text or follows a space or an opening bracket, and precedes a non-space. */
    private static boolean opensStraight(String text, int i) {
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    /** The closing straight quote: the next one that follows a non-space and is not followed by a letter or digit. */
    private static int closingStraight(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            if (text.charAt(j) == '"') {
                boolean before = !Character.isWhitespace(text.charAt(j - 1));
                boolean after = j + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(j + 1));
                if (before && after) {
                    return j;
                }
                if (opensStraight(text, j)) {
                    return -1; // a second opening mark first: the first one is unmatched
                }
            }
        }
        return -1;
    }
}
