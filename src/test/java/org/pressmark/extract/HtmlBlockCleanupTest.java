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

    @Test
    void linesWithoutLeadInWordDigitOrColonStay() {
        assertEquals(3, cleaned("Imagine a plant", "Figures of speech", "Text that stays.").size());
    }
}
