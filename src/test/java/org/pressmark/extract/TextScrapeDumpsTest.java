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

    @Test
    void referenceListWithSpacesInsideItsUrlsIsStillCut() {
        String dump = String.join("\n",
                "   The ferry ran again on Monday.",
                "",
                "References",
                "",
                "   1. mailto:?subject=The ferry is back&body=A short note",
                "   2. https://example.org/tag/Local News/",
                "");
        List<TextScrapeExtractor.Line> lines = TextScrapeExtractor.lines(dump);
        assertEquals(1, lines.stream().filter(Objects::nonNull).count());
    }

    @Test
    void numberedListUnderAReferencesHeadingThatAreNotAddressesIsKept() {
        String text = String.join("\n",
                "References",
                "1. Marsh, E. Grafting old varieties. Orchard Notes, 2019.",
                "2. Lee, A. Rootstock and vigour. Garden Press, 2020.",
                "");
        List<TextScrapeExtractor.Line> lines = TextScrapeExtractor.lines(text);
        assertEquals(3, lines.stream().filter(Objects::nonNull).count());
    }

    @Test
    void wrapWidthIsFoundAmongManyShortMenuLines() {
        StringBuilder dump = new StringBuilder();
        for (String item : List.of("Home", "World", "Business", "Sport", "Culture", "Weather", "Video", "Audio",
                "Opinion", "Science", "Travel", "Food", "Health", "Money", "Jobs", "Contact")) {
            dump.append("   ").append(item).append('\n');
        }
        dump.append('\n');
        dump.append("   The harbour ferry ran again on Monday after a week of repairs to its\n");
        dump.append("   engine, and the first crossing was full before seven in the morning.\n");
        dump.append("   Passengers said the queue had started long before the ticket office\n");
        dump.append("   opened, and the crew handed out tea to those waiting on the quay.\n");
        int width = TextScrapeExtractor.wrapWidth(TextScrapeExtractor.lines(dump.toString()));
        assertTrue(width >= 68 && width <= 75, "wrap width found: " + width);
    }

    @Test
    void unwrappedSaveAsTextWithLongParagraphLinesIsNotTakenForWrapped() {
        String text = String.join("\n", "Harbour news", "Ferry back in service", "",
                "The harbour ferry ran again on Monday after a week of repairs to its engine.",
                "The first crossing was full before seven in the morning, with a queue along the quay that reached "
                        + "the old fish market, and the crew handed out tea to those waiting.",
                "Passengers said the new engine was quieter.",
                "The council will review the timetable in the spring, when the summer crossings are planned and the "
                        + "second boat returns from its refit at the yard across the bay, if the weather holds.",
                "");
        assertEquals(-1, TextScrapeExtractor.wrapWidth(TextScrapeExtractor.lines(text)));
    }
}
