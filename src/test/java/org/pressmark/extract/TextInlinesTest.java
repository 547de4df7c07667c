package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressmark.model.Inline;

/** {@link TextInlines}: quotations marked with their own marks, the text never changed. */
class TextInlinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"He said \"yes\" and left.", "“Curly,” she wrote, “both times.”",
            "A 12\" record and a 7\" single.", "Unmatched \"quote here.", "\"\"", "Ends with a mark\"",
            "Mixed “curly\" marks.", "(\"bracketed\")", "plain text"})
    void plainTextIsAlwaysTheInput(String text) {
        assertEquals(text, Inline.plainText(TextInlines.of(text)));
    }

    @Test
    void straightQuotationIsMarkedIncludingItsMarks() {
        assertEquals(List.of(new Inline.Text("He said "), quote("\"yes, today\""), new Inline.Text(" and left.")),
                TextInlines.of("He said \"yes, today\" and left."));
    }

    @Test
    void curlyQuotationsAreMarkedEachOnTheirOwn() {
        assertEquals(List.of(quote("“Curly,”"), new Inline.Text(" she wrote, "), quote("“both times.”")),
                TextInlines.of("“Curly,” she wrote, “both times.”"));
    }

    @Test
    void inchMarksAndUnmatchedQuotesStayText() {
        assertEquals(List.of(new Inline.Text("A 12\" record and a 7\" single.")),
                TextInlines.of("A 12\" record and a 7\" single."));
        assertEquals(List.of(new Inline.Text("Unmatched \"quote here.")), TextInlines.of("Unmatched \"quote here."));
    }

    @Test
    void linesKeepTheirBreaks() {
        assertEquals(List.of(new Inline.Text("one"), new Inline.LineBreak(), new Inline.Text("two")),
                TextInlines.ofLines(List.of("one", "two")));
    }

    private static Inline.Quote quote(String text) {
        return new Inline.Quote(List.of(new Inline.Text(text)));
    }
}
