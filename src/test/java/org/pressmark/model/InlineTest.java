package org.pressmark.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Inline content's plain text, and the blank test that reads it without building it. */
class InlineTest {

    @Test
    void blankExactlyWhenThePlainTextIsBlank() {
        Inline.Styled emptyBold = new Inline.Styled(Inline.Style.BOLD, List.of(new Inline.Text(" \u2003")));
        List<List<Inline>> cases = List.of(
                List.of(),
                List.of(new Inline.Text(" \t")),
                List.of(new Inline.LineBreak(), new Inline.Text("\n")),
                List.of(emptyBold, new Inline.Link("https://example.org/", List.of(new Inline.LineBreak()))),
                List.of(new Inline.Quote(List.of(emptyBold)), new Inline.Code("  ")),
                List.of(new Inline.Text(" "), new Inline.Code("x")),
                List.of(emptyBold, new Inline.Styled(Inline.Style.ITALIC, List.of(new Inline.Text("a")))),
                List.of(new Inline.LineBreak(), new Inline.Link("https://example.org/", List.of(new Inline.Text("b")))),
                List.of(new Inline.Quote(List.of(new Inline.Text(" c ")))));
        for (List<Inline> content : cases) {
            assertEquals(Inline.plainText(content).isBlank(), Inline.isBlank(content), content.toString());
        }
        // both answers occur among the cases
        assertEquals(5, cases.stream().filter(Inline::isBlank).count());
    }
}
