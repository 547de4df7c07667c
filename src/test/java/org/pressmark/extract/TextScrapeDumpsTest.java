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

    /** Two paragraphs of a post, written for these tests, that the dumps below put among their furniture. */
    private static final String FERRY = "The harbour ferry ran again on Monday after a week of repairs to its engine, "
            + "and the first crossing was full before seven in the morning.";
    private static final String QUEUE = "Passengers said the queue had started long before the ticket office opened, "
            + "and the crew handed out tea to those waiting on the quay in the cold.";

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
    void referenceListWhoseUrlsHoldLineBreaksIsStillCut() {
        String dump = String.join("\n",
                "   The ferry ran again on Monday after a week of repairs to its engine, and",
                "   the first crossing was full before seven in the morning.",
                "",
                "References",
                "",
                "   Visible links:",
                "   1. https://example.org/ferry-back/",
                "   2. mailto:?subject=Ferry&body=Have a look at this:",
                "",
                "https://example.org/ferry-back/",
                "   3. https://example.org/timetable/",
                "   5. https://example.org/fares/",
                "",
                "   Hidden links:",
                "   6. https://example.org/ferry-back/#comments",
                "");
        List<TextScrapeExtractor.Line> lines = TextScrapeExtractor.lines(dump);
        assertEquals(2, lines.stream().filter(Objects::nonNull).count(), "the list is cut at its header");
    }

    @Test
    void referencesHeadingOverNumberedNotesWithTextAfterThemIsKept() {
        String text = String.join("\n",
                "References",
                "",
                "   1. https://example.org/orchard-notes/",
                "",
                "The grafting season opens in March; bring your own knife.",
                "Members may borrow the society's tools for a week at a time.",
                "");
        List<TextScrapeExtractor.Line> lines = TextScrapeExtractor.lines(text);
        assertEquals(4, lines.stream().filter(Objects::nonNull).count());
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
    void wrapWidthCountsTheColumnsOfLinkMarkersAsPrinted() {
        String dump = String.join("\n",
                "   [101]ferry [102]harbour [103]quay [104]tides [105]engine [106]crossing",
                "   [107]timetable [108]council [109]tickets [110]boats [111]summer [112]fares",
                "   [113]weather [114]repairs [115]passengers [116]crew [117]refit [118]yard",
                "   [119]winter [120]lighthouse [121]moorings [122]pier [123]night [124]tea",
                "",
                "   The harbour ferry ran again on Monday after a week of [125]repairs to",
                "   its engine, and the first crossing was full before seven [126]o'clock.",
                "",
                "References",
                "",
                "   1. https://example.org/ferry/",
                "");
        int width = TextScrapeExtractor.wrapWidth(TextScrapeExtractor.lines(dump));
        assertTrue(width >= 70 && width <= 76, "wrap width as printed: " + width);
    }

    @Test
    void sideBySideColumnsAreUnfoldedSoTheArticleReadsWhole() throws Exception {
        String dump = String.join("\n",
                "The harbour ferry ran again on Monday     Latest news",
                "after a week of repairs to its engine,   Library opens late on Fridays",
                "and the first crossing was full before   Reading room open until ten",
                "seven in the morning, said the harbour   Council approves new bus lanes",
                "master, who counted the passengers.      Plan passed on Tuesday",
                "                                         Debate in the chamber",
                "Passengers said the queue had started    Market moves to the square",
                "long before the ticket office opened,    Stalls return in spring",
                "and the crew handed out tea to those",
                "waiting on the quay in the cold.",
                "");
        String body = body(dump);
        assertTrue(body.contains("engine, and the first crossing was full before seven in the morning, said the"),
                body);
        assertTrue(body.contains("ticket office opened, and the crew handed out tea"), body);
        assertFalse(body.contains("Library"), body);
    }

    @Test
    void wrappedProseAndDataTablesAreNotTakenForColumns() {
        List<String> prose = new java.util.ArrayList<>(List.of(
                "The harbour ferry ran again on Monday after a week of repairs to its engine,",
                "and the first crossing was full before seven in the morning, said the master",
                "of the harbour, who counted the passengers as they came up the gangway and",
                "onto the deck, where the crew handed out tea to those who had waited in the",
                "cold on the quay since long before the ticket office opened its doors at six",
                "and the council said it will review the timetable when spring comes round.",
                "",
                "Pos   Boat              Crossings   Passengers   Late",
                "1     Harbour Queen     212         10412        3",
                "2     Island Star       198         9120         5",
                "3     Northern Light    187         8890         2",
                "4     Sea Swallow       150         7012         9",
                "5     Morning Tide      143         6650         4",
                "6     Old Faithful      120         5204         1"));
        List<String> copy = List.copyOf(prose);
        TextScrapeExtractor.unfoldColumns(prose);
        assertEquals(copy, prose);
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

    @Test
    void noBreakSpaceLineAndImageNameLineSeparateParagraphs() throws Exception {
        String dump = String.join("\n",
                "The harbour ferry ran again on Monday after a week of repairs to its engine.",
                "\u00A0",
                "[ferry-photo]",
                "The first crossing was full before seven in the morning, with a long queue.",
                "");
        List<String> texts = TextScrapePagesTest.texts(TextScrapePagesTest.extract("dump.txt", dump));
        assertEquals(List.of("The harbour ferry ran again on Monday after a week of repairs to its engine.",
                "The first crossing was full before seven in the morning, with a long queue."), texts);
    }

    @Test
    void emptyInsertionMarksOfTextBrowsersAreDropped() throws Exception {
        String dump = "[INS::INS] The harbour ferry ran again on Monday after a week of repairs. [INS: :INS]\n";
        assertEquals("The harbour ferry ran again on Monday after a week of repairs.", body(dump));
    }

    @Test
    void wrappedJapaneseLinesJoinWithoutASpaceAndCountAsProse() throws Exception {
        // each line is 36 wide characters: 72 columns, so the dump wrapped it at its 80-column margin
        String a = "港のフェリーは修理を終えて月曜日に運航を再開し、朝七時前の始発便は満席となった。乗客によれば、";
        String b = "切符売り場が開く前から列ができていたという。乗組員は待っている人たちにお茶を配った。新しい";
        String c = "エンジンは以前より静かだと多くの乗客が話していた。市は春に時刻表を見直す予定である。";
        String dump = String.join("\n", a, b, c, "", a, c, "");
        List<String> texts = TextScrapePagesTest.texts(TextScrapePagesTest.extract("dump.txt", dump));
        assertEquals(2, texts.size());
        assertEquals(a + b + c, texts.get(0));
    }

    @Test
    void longerArticleAfterTeaserParagraphsWinsOverTheEarlierTeasers() throws Exception {
        String dump = String.join("\n",
                "Latest Headlines",
                "",
                "Council approves new bus lanes. The plan passed on Tuesday.",
                "",
                "Library opens late on Fridays. Readers asked for it.",
                "",
                "Share",
                "",
                "Harbour ferry back in service",
                "",
                FERRY,
                "",
                QUEUE,
                "",
                "The council will review the timetable in the spring, when the summer crossings are planned and "
                        + "the second boat returns from its refit.",
                "");
        String body = body(dump);
        assertTrue(body.startsWith("The harbour ferry ran again"), body);
        assertFalse(body.contains("bus lanes"), body);
    }

    @Test
    void commentHeadersPrintedAsListItemsEachEndASegmentSoTheThreadDoesNotWin() throws Exception {
        String reply = "Thanks for asking. The timetable review will look at the early crossings first, since "
                + "that is where the queues were longest, and we will publish the figures when we have them.";
        String dump = String.join("\n",
                FERRY,
                "",
                "Comments",
                "",
                "  • Ann Lee on May 2, 2019 at 5:23 pm said:",
                "",
                reply + " One.", "", reply + " Two.", "",
                "  1. tom_reed says:",
                "     May 3, 2019 at 9:10 am",
                "",
                reply + " Three.", "", reply + " Four.", "",
                "  • Tom Reed on May 3, 2019 at 9:10 am said:",
                "",
                reply + " Three.", "", reply + " Four.", "",
                "");
        String body = body(dump);
        assertTrue(body.startsWith("The harbour ferry ran again"), body);
        assertFalse(body.contains("timetable review"), body);
    }

    @Test
    void relatedHeadlinesInsideTheArticleAreSkippedAndTheArticleGoesOn() throws Exception {
        String dump = String.join("\n",
                FERRY,
                "",
                QUEUE,
                "",
                "Related",
                "",
                "Island bus timetable changes in May",
                "",
                "Lighthouse keepers look back",
                "",
                "The council will review the timetable in the spring, when the summer crossings are planned and "
                        + "the second boat returns from its refit at the yard across the bay.",
                "",
                "Comments",
                "",
                "Lovely to see the old boat back on the water, and the tea was very welcome indeed on a cold day.",
                "");
        String body = body(dump);
        assertTrue(body.startsWith("The harbour ferry ran again"), body);
        assertTrue(body.endsWith("refit at the yard across the bay."), body);
        assertFalse(body.contains("Lighthouse keepers"), body);
    }

    @Test
    void aGalleryOfCreditsAndCountersBetweenParagraphsIsBridgedAndLeftOut() throws Exception {
        StringBuilder gallery = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            gallery.append("Image ").append(i).append(" of 6\n\n(Image credit: Harbour Office)\n\n");
        }
        String dump = FERRY + "\n\n" + gallery + QUEUE + "\n";
        String body = body(dump);
        assertTrue(body.startsWith("The harbour ferry ran again"), body);
        assertTrue(body.endsWith("waiting on the quay in the cold."), body);
        assertFalse(body.contains("Image"), body);
    }

    @Test
    void aListOfParagraphsAfterTheIntroductionIsPartOfTheArticle() throws Exception {
        String dump = String.join("\n",
                "Good morning! Here is the harbour news you need to know this Tuesday.",
                "",
                "1. The harbour ferry ran again on Monday after a week of repairs to its engine, and the first "
                        + "crossing was full before seven in the morning.",
                "2. The council will review the timetable in the spring, when the summer crossings are planned "
                        + "and the second boat returns from its refit.",
                "3. Passengers said the queue had started long before the ticket office opened, and the crew "
                        + "handed out tea to those waiting on the quay.",
                "",
                "Share",
                "");
        String body = body(dump);
        assertTrue(body.contains("Good morning!"), body);
        assertTrue(body.contains("handed out tea to those waiting on the quay."), body);
    }

    @Test
    void aListOfParagraphsDoesNotOpenTheArticleBeforeIt() throws Exception {
        String dump = String.join("\n",
                "  • Island bus timetable changes in May. The island's buses will run every half hour from the "
                        + "first of May, the operator said on Friday.",
                "  • Lighthouse keepers look back on forty years. Three former keepers met at the old tower on "
                        + "Saturday to mark the anniversary.",
                "",
                FERRY,
                "");
        String body = body(dump);
        assertTrue(body.startsWith("The harbour ferry ran again"), body);
        assertFalse(body.contains("Lighthouse"), body);
    }

    @Test
    void aListOfShortNamesAfterThePostIsNotBridgedToTheAppealBelowIt() throws Exception {
        String dump = String.join("\n",
                FERRY,
                "",
                QUEUE,
                "",
                "  • Ann Lee", "  • Tom Reed", "  • Mia Holt", "  • Sam Price", "  • Eve Marsh", "  • Jon Bell",
                "  • Kim Shaw", "  • Lou Dunn",
                "",
                "We do this work every day at no cost to you, but it is far from free to produce and print.",
                "");
        String body = body(dump);
        assertTrue(body.endsWith("waiting on the quay in the cold."), body);
    }

    @Test
    void aCaptionWithItsCreditWrappedOverTwoLinesIsLeftOut() throws Exception {
        String dump = String.join("\n",
                "The harbour ferry ran again on Monday after a week of repairs to its engine, and the",
                "first crossing was full before seven in the morning.",
                "",
                "The ferry leaves the quay on Monday morning, its first crossing after the repairs at",
                "the yard. (Photo by Ann Lee/Harbour Office)",
                "",
                "Passengers said the queue had started long before the ticket office opened, and the",
                "crew handed out tea to those waiting on the quay in the cold.",
                "");
        String body = body(dump);
        assertTrue(body.endsWith("waiting on the quay in the cold."), body);
        assertFalse(body.contains("Photo by"), body);
    }

    @Test
    void longCommentsAfterTheCommentFormDoNotDisplaceTheShorterPost() throws Exception {
        String comment = "I took the ferry on Monday and it was a pleasure to be back on the water after the week "
                + "of repairs, though the queue was long and the tea ran out before we reached the front of it.";
        String dump = String.join("\n",
                "The harbour ferry ran again on Monday after a week of repairs to its engine.",
                "",
                "The first crossing was full before seven in the morning, and passengers said the queue had "
                        + "started long before the ticket office opened.",
                "",
                "3 comments:",
                "",
                comment, "", comment, "", comment, "");
        String body = body(dump);
        assertTrue(body.startsWith("The harbour ferry ran again"), body);
        assertFalse(body.contains("pleasure"), body);
    }

    @Test
    void recipeLinesBetweenParagraphsAreBridgedButAMenuAfterThePostIsNot() throws Exception {
        StringBuilder dump = new StringBuilder();
        dump.append("Soda bread takes ten minutes to mix and forty to bake, and it needs no yeast at all, which "
                + "makes it the loaf to bake when the shops are shut. My grandmother baked one every Sunday in a "
                + "black pot set in the embers, and the recipe below is hers, weighed out for a modern oven.\n\n");
        for (String line : List.of("Ingredients", "Serves 4", "500 g flour", "1 tsp soda", "400 ml buttermilk")) {
            dump.append(line).append("\n\n");
        }
        dump.append("Mix the dry things, pour in the buttermilk and stir only until it comes together; a wet dough "
                + "bakes into a lighter loaf. Cut a deep cross in the top, bake it until the base sounds hollow "
                + "when tapped, and let it cool under a tea towel so the crust stays soft.\n\n");
        for (int i = 1; i <= 30; i++) {
            dump.append("  • Section ").append(i).append('\n');
        }
        dump.append("\nThe information on this site is for general interest only and is not advice of any kind.\n");
        String body = body(dump.toString());
        assertTrue(body.contains("500 g flour") && body.contains("Mix the dry things"), body);
        assertFalse(body.contains("general interest"), body);
    }

    @Test
    void headlinePrintedTwiceIsATeaserNotAParagraph() {
        String dump = String.join("\n",
                "Did the ferry really sink on Monday?", "",
                "Did the ferry really sink on Monday?", "",
                "The harbour ferry ran again on Monday after a week of repairs to its engine.", "");
        List<TextScrapeExtractor.TextBlock> blocks =
                TextScrapeExtractor.blocks(TextScrapeExtractor.lines(dump), java.time.Instant.EPOCH);
        assertEquals(TextScrapeExtractor.TextBlock.Kind.SHORT, blocks.get(0).kind);
        assertEquals(TextScrapeExtractor.TextBlock.Kind.SHORT, blocks.get(1).kind);
        assertEquals(TextScrapeExtractor.TextBlock.Kind.PROSE, blocks.get(2).kind);
    }

    @Test
    void longTextPrintedTwiceIsFurnitureButARepeatedQuestionIsKept() throws Exception {
        String caption = "The harbour ferry leaves the quay on Monday morning, its first crossing after a week of "
                + "repairs (Photo: Harbour Office).";
        String question = "What did you miss most about the crossing while the ferry was in the yard for repairs?";
        String dump = String.join("\n",
                FERRY,
                "",
                caption, "", caption, "",
                question, "",
                "The view of the old town from the water, said one passenger, who crosses every day.",
                "",
                question, "",
                "The tea, said another, and the quiet of the early boat before the tourists arrive.",
                "");
        String body = body(dump);
        assertFalse(body.contains("Photo: Harbour Office"), body);
        assertEquals(2, body.split("What did you miss most", -1).length - 1, body);
    }

    @Test
    void paragraphsPrintedWithoutBlankLinesBetweenShortLinesAreSplitOffAsProse() throws Exception {
        // w3m prints no blank line between boxes: share buttons, the post and the next teaser run together
        String dump = String.join("\n",
                "Harbour ferry back in service",
                "",
                "Mail Chat Post",
                "The harbour ferry ran again on Monday after a week of repairs to its engine,",
                "and the first crossing of the morning was full long before the ramp came down",
                "at the quay.",
                "The skipper said that the new pump should keep the old boat running through the",
                "winter storms, he said.",
                "Council votes on the bridge lights",
                "Schools close early for the storm",
                "");
        String body = body(dump);
        assertTrue(body.startsWith("The harbour ferry ran again") && body.contains("winter storms, he said."), body);
        assertFalse(body.contains("Mail Chat Post"), body);
        assertFalse(body.contains("bridge lights"), body);
    }

    @Test
    void wrapWidthIsFoundAmongSideColumnEntriesLongerThanThirtyColumns() {
        StringBuilder dump = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            dump.append("□ Harbour notes, the archive (").append(100 + i).append(")\n");
        }
        dump.append('\n');
        dump.append("The harbour ferry ran again on Monday after a week of repairs to its engine,\n");
        dump.append("and the first crossing of the morning was full long before the ramp came down\n");
        dump.append("at the quay. Passengers said the queue had started long before the office\n");
        dump.append("opened, and the crew handed out tea to those who were waiting in the rain.\n");
        int width = TextScrapeExtractor.wrapWidth(TextScrapeExtractor.lines(dump.toString()));
        assertTrue(width >= 70 && width <= 80, "wrap width found: " + width);
    }
}
