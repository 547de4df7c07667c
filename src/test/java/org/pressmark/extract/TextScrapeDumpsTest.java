package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.pressmark.model.Article;

/**
 * Whole-page dumps of text-mode browsers (menus, footers and all): the general rules that reduce them to the
 * article. Each test uses a small dump written for it.
 */
class TextScrapeDumpsTest {

    private static String body(String text) throws Exception {
        return TextScrapePagesTest.bodyText(TextScrapePagesTest.extract("dump.txt", text));
    }

    @Test
    void lynxVisibleAndHiddenLinkListsAreBothCutSoWrappingIsStillSeen() {
        String dump = String.join("\n",
                "   The harbour ferry ran again on Monday after a week of repairs to its",
                "   engine, and the first crossing was full before seven in the morning.",
                "",
                "References",
                "",
                "   Visible links:",
                "   1. https://example.org/a-rather-long-address/that-runs-well-past-the-right-margin-of-the-dump/",
                "",
                "   Hidden links:",
                "   2. https://example.org/another-long-address/that-also-runs-far-past-the-right-margin-of-it/",
                "");
        List<TextScrapeExtractor.Line> lines = TextScrapeExtractor.lines(dump);
        assertEquals(2, lines.stream().filter(Objects::nonNull).count(), "both link lists are cut");
    }
}
