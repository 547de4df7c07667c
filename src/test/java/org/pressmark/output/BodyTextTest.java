package org.pressmark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressmark.model.Block;
import org.pressmark.model.Inline;

class BodyTextTest {

    static List<Inline> t(String s) {
        return List.of(new Inline.Text(s));
    }

    @Test
    void paragraphsAreSeparatedByBlankLinesAndItemsStandOnTheirOwnLines() {
        List<Block> body = List.of(
                new Block.Paragraph(t("First  paragraph.")),
                new Block.Heading(2, t("A subheading")),
                new Block.ListBlock(false, List.of(new Block.ListItem(t("one"), List.of()),
                        new Block.ListItem(t("two"), List.of(new Block.ListBlock(true,
                                List.of(new Block.ListItem(t("nested"), List.of()))))))),
                new Block.Figure("https://example.org/a.jpg", "alt", t("Photo: a credit line")),
                new Block.Quotation(List.of(new Block.Paragraph(t("Quoted words."))), "Someone",
                        Block.QuoteKind.QUOTATION),
                new Block.Table(List.of(), List.of(new Block.TableRow(List.of(
                        new Block.TableCell(true, 1, 1, t("a")), new Block.TableCell(false, 1, 1, List.of()),
                        new Block.TableCell(false, 1, 1, t("c")))))));
        assertEquals("First paragraph.\n\nA subheading\n\n- one\n- two\n  1. nested\n\n> Quoted words.\n\n"
                + "> — Someone\n\na |  | c", BodyText.of(body));
    }
}
