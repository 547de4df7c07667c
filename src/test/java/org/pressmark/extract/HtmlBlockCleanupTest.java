package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressmark.model.Block;
import org.pressmark.model.Inline;

class HtmlBlockCleanupTest {

    private static List<Block> cleaned(String... lines) {
        return HtmlBlockCleanup.clean(java.util.Arrays.stream(lines)
                .map(l -> (Block) new Block.Paragraph(List.of(new Inline.Text(l)))).toList());
    }

    @Test
    void labelLinesGoWhateverTheCaseOfTheirLeadInWord() {
        // the cheap tests before the patterns must let every case of a lead-in word through, non-ASCII ones too
        // (the dotted capital I folds to "i")
        assertEquals(1, cleaned("IMAGE: Agency", "İmage: Agency", "Figure 2: The plant", "FIG. 3 – The plant",
                "Category: News", "Bild 3 / 12", "5 min read", "Updated: March 3, 2021", "Text that stays.").size());
    }

    /** A paragraph of n links to names, separated by {@code between}, ending with {@code tail} (may be empty). */
    private static Block.Paragraph links(int n, String between, String tail) {
        List<Inline> content = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                content.add(between.equals("\n") ? new Inline.LineBreak() : new Inline.Text(between));
            }
            content.add(new Inline.Link("/users/reader" + i, List.of(new Inline.Text("reader_name_" + i))));
        }
        if (!tail.isEmpty()) {
            content.add(new Inline.Text(tail));
        }
        return new Block.Paragraph(content);
    }

    private static List<Block> withText(Block b) {
        return HtmlBlockCleanup.clean(List.of(new Block.Paragraph(List.of(new Inline.Text("The post's own text."))), b));
    }

    @Test
    void aRollOfLinksGoes() {
        assertEquals(1, withText(links(40, ", ", " and 12 guests left kudos")).size(), "names of readers");
        assertEquals(1, withText(links(8, " \u00B7 ", "")).size(), "eight links and separators");
    }

    @Test
    void linksWithWordsOfTheirOwnFewLinksOrLinksOneToALineStay() {
        assertEquals(2, withText(links(10, " wrote about the harbour ferry, and then ", ".")).size(), "prose with links");
        assertEquals(2, withText(links(7, ", ", "")).size(), "seven links");
        assertEquals(2, withText(links(12, "\n", "")).size(), "references, one to a line");
    }

    @Test
    void linesWithoutLeadInWordDigitOrColonStay() {
        assertEquals(3, cleaned("Imagine a plant", "Figures of speech", "Text that stays.").size());
    }
}
