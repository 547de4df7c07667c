package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressmark.ItemException;
import org.pressmark.model.Article;
import org.pressmark.model.Block;
import org.pressmark.model.Direction;
import org.pressmark.model.Inline;
import org.pressmark.model.Metadata;
import org.pressmark.source.Intake;

/** The project's own text scrapes in testdata/: one per shape of dump, and the inputs that must fail. */
class TextScrapePagesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

    static Article extract(String name, String text) throws ItemException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new TextScrapeExtractor(CLOCK).extract(new Intake().of(name, name, bytes, null, null));
    }

    static Article extractFile(String path) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(path));
        return new TextScrapeExtractor(CLOCK).extract(new Intake().of(path, path, bytes, null, null));
    }

    /** The plain text of every body block, one string per block; lists and quotations flattened. */
    static List<String> texts(Article a) {
        List<String> out = new ArrayList<>();
        for (Block b : a.body()) {
            out.add(text(b));
        }
        return out;
    }

    private static String text(Block b) {
        if (b instanceof Block.Paragraph p) {
            return Inline.plainText(p.content());
        } else if (b instanceof Block.Heading h) {
            return Inline.plainText(h.content());
        } else if (b instanceof Block.Quotation q) {
            return String.join("\n", q.blocks().stream().map(TextScrapePagesTest::text).toList());
        } else if (b instanceof Block.ListBlock l) {
            return String.join("\n", l.items().stream().map(i -> Inline.plainText(i.content())).toList());
        }
        return b.toString();
    }

    static String bodyText(Article a) {
        return String.join("\n", texts(a));
    }

    static long count(Article a, Class<? extends Block> kind) {
        return a.body().stream().filter(kind::isInstance).count();
    }

    // ------------------------------------------------------------ Blogger save-as-text

    @Test
    void bloggerSaveAsTextGivesTitleDateAuthorLabelsAndSevenParagraphs() throws Exception {
        Article a = extractFile("testdata/pages/blogger-save-as-text.txt");
        Metadata md = a.metadata();
        assertEquals("Grafting Old Varieties onto New Rootstock", md.title());
        assertEquals("2023-03-14", md.published().iso());
        assertEquals(List.of("Eleanor Marsh"), md.authors());
        assertEquals(List.of("grafting", "orchard", "rootstock"), md.tags());
        assertEquals(Metadata.Origin.TEXT, md.origins().get(Metadata.Field.AUTHORS));
        assertEquals(Metadata.Origin.TEXT, md.origins().get(Metadata.Field.TAGS));
        assertEquals(7, a.body().size());
        assertEquals(7, count(a, Block.Paragraph.class));
        List<String> texts = texts(a);
        assertTrue(texts.get(0).startsWith("Every spring I promise myself"));
        assertTrue(texts.get(6).endsWith("“yes, every minute of it.”"));
    }

    @Test
    void bloggerFurnitureAndCommentsStayOutOfTheBody() throws Exception {
        String body = bodyText(extractFile("testdata/pages/blogger-save-as-text.txt"));
        for (String furniture : List.of("The Quiet Orchard", "Notes on apples", "Tuesday, March 14", "Posted by",
                "Email This", "BlogThis", "Share to", "Labels:", "3 comments", "Tom Beddows", "late frost",
                "Post a Comment", "Newer Post", "Subscribe to", "Popular Posts", "Pruning Pears", "Featured Post\n",
                "Supermarket Apples", "finally...", "Blog Archive", "2022 (31)", "Powered by Blogger")) {
            assertFalse(body.contains(furniture), "furniture in body: " + furniture);
        }
    }

    @Test
    void sentenceMentioningCommentsAndFeaturedPostIsKept() throws Exception {
        List<String> texts = texts(extractFile("testdata/pages/blogger-save-as-text.txt"));
        assertTrue(texts.contains("Readers left no comments on the post about the featured story last month, the "
                + "one with the grafting diagram, which taught me that a diagram without labels helps nobody; the "
                + "featured post on this blog now has proper ones."), texts.toString());
    }

    @Test
    void bodySentencesThatMentionTemplateWordsSurviveInAMinimalScrape() throws Exception {
        String text = "March 3, 2022\n\nA Quiet Week -\n\n"
                + "Readers left no comments on the post about the featured story, which was a first for us.\n\n"
                + "Post a comment below, one reader joked by email, and we will share this with everyone.\n\n"
                + "No comments :\n\nPost a Comment\n";
        Article a = extract("minimal.txt", text);
        assertEquals("A Quiet Week", a.metadata().title());
        assertEquals(List.of(
                "Readers left no comments on the post about the featured story, which was a first for us.",
                "Post a comment below, one reader joked by email, and we will share this with everyone."), texts(a));
    }

    @Test
    void curlyAndStraightQuotationsAreMarkedAndTextIsUnchanged() throws Exception {
        Article a = extractFile("testdata/pages/blogger-save-as-text.txt");
        Block.Paragraph p = assertInstanceOf(Block.Paragraph.class, a.body().get(3));
        List<Inline> content = p.content();
        Inline.Quote q = assertInstanceOf(Inline.Quote.class, content.get(1));
        assertEquals("\"A graft is a promise you make to somebody who has not been born yet,\"",
                Inline.plainText(q.content()));
        Block.Paragraph last = assertInstanceOf(Block.Paragraph.class, a.body().get(6));
        assertTrue(last.content().stream().anyMatch(i -> i instanceof Inline.Quote iq
                && Inline.plainText(iq.content()).equals("“yes, every minute of it.”")));
    }

    // ------------------------------------------------------------ lynx -dump of a WordPress page

    @Test
    void lynxDumpGivesTheEntryTitleDateAndAuthor() throws Exception {
        Metadata md = extractFile("testdata/pages/lynx-wordpress-dump.txt").metadata();
        assertEquals("Why my leeks bolted this spring", md.title());
        assertEquals("2023-04-12", md.published().iso());
        assertEquals(List.of("Martin Hale"), md.authors());
        assertEquals(List.of("Vegetables", "Mistakes", "leeks", "bolting"), md.tags());
        assertEquals("Copyright © 2023 Allotment Notes. All rights reserved.", md.rights());
    }

    @Test
    void lynxDumpJoinsWrappedLinesAndDropsLinkMarkers() throws Exception {
        Article a = extractFile("testdata/pages/lynx-wordpress-dump.txt");
        List<String> texts = texts(a);
        assertEquals("The leeks went in late last autumn, as they always do, in the long bed by the shed. "
                + "By March half of them had thrown up flower stalks, which is not what a leek is supposed to do "
                + "before its second summer.", texts.get(0));
        assertFalse(bodyText(a).matches("(?s).*\\[\\d+].*"), "a lynx link marker is left");
        assertFalse(bodyText(a).contains("https://"), "the References list is left");
    }

    @Test
    void lynxDumpKeepsListsSubheadingAndIndentedQuotation() throws Exception {
        Article a = extractFile("testdata/pages/lynx-wordpress-dump.txt");
        assertEquals(6, count(a, Block.Paragraph.class));
        Block.ListBlock list = (Block.ListBlock) a.body().stream().filter(Block.ListBlock.class::isInstance)
                .findFirst().orElseThrow();
        assertFalse(list.ordered());
        assertEquals(3, list.items().size());
        assertEquals("Sowing two weeks later, in the middle of April rather than at the start of it.",
                Inline.plainText(list.items().get(0).content()));
        assertTrue(a.body().contains(new Block.Heading(2, List.of(new Inline.Text("Seed catalogues")))));
        Block.Quotation q = (Block.Quotation) a.body().stream().filter(Block.Quotation.class::isInstance)
                .findFirst().orElseThrow();
        assertEquals("Bolting is a plant's answer to stress; take away the stress and you take away the answer.",
                text(q));
        assertEquals(9, a.body().size());
    }

    @Test
    void lynxDumpLeavesMenuSidebarCommentsAndFooterOut() throws Exception {
        String body = bodyText(extractFile("testdata/pages/lynx-wordpress-dump.txt"));
        for (String furniture : List.of("Skip to content", "Allotment Notes", "occasional disaster", "Home",
                "Posted on", "Posted in", "Post navigation", "broad beans", "One thought", "Ruth", "blamed the weather",
                "Leave a Reply", "email address", "Save my name", "Search for", "Recent Posts", "Archives",
                "Copyright", "WordPress", "References")) {
            assertFalse(body.contains(furniture), "furniture in body: " + furniture);
        }
    }

    // ------------------------------------------------------------ w3m -dump of a news page

    @Test
    void w3mDumpGivesTitleDateAuthorAndTags() throws Exception {
        Metadata md = extractFile("testdata/pages/w3m-news-dump.txt").metadata();
        assertEquals("Ferry timetable changes draw crowd to council meeting", md.title());
        assertEquals("2024-03-14", md.published().iso());
        assertEquals(List.of("Priya Natarajan"), md.authors());
        assertEquals(List.of("ferries", "council", "transport"), md.tags());
    }

    @Test
    void w3mDumpBodyHasParagraphsListAndQuotationInOrder() throws Exception {
        Article a = extractFile("testdata/pages/w3m-news-dump.txt");
        List<String> texts = texts(a);
        assertEquals(List.of(
                "More than two hundred residents filled the council chamber on Tuesday evening to object to the new "
                        + "winter ferry timetable, which moves the first morning crossing forty minutes later.",
                "Commuters who work on the mainland say the change leaves them with a choice between arriving late "
                        + "every day or paying for a room in town during the week.",
                "“We were told this was a consultation,” said Gareth Pugh, who runs the bakery on the quay. "
                        + "“It turns out the decision was made in October.”",
                "The operator says the later crossing is needed because two of its three vessels are due for refits, "
                        + "and that the timetable will be reviewed in the spring. Its statement listed three measures:",
                "a shuttle bus from the ferry terminal to the hospital;\n"
                        + "a refund for season tickets bought before the change;\nan extra evening crossing on Fridays.",
                "Councillors voted to ask the operator to attend the next meeting in person. The motion passed by "
                        + "eleven votes to two, with one abstention.",
                "The harbour is not a convenience for this town, it is the road to work, to school and to the doctor, "
                        + "and it has to be run as one.",
                "The operator has until the end of the month to reply."), texts);
        assertInstanceOf(Block.ListBlock.class, a.body().get(4));
        assertInstanceOf(Block.Quotation.class, a.body().get(6));
        Block.Paragraph quoted = (Block.Paragraph) a.body().get(2);
        assertEquals(2, quoted.content().stream().filter(Inline.Quote.class::isInstance).count());
    }

    @Test
    void w3mDumpLeavesNavigationSharingAndWidgetsOut() throws Exception {
        String body = bodyText(extractFile("testdata/pages/w3m-news-dump.txt"));
        for (String furniture : List.of("Harbour Town Herald", "Opinion", "By Priya", "4 min read", "Tags:",
                "Share this", "Facebook", "Most read", "Harbour wall", "Newsletter", "Sign up", "Subscribe",
                "©", "Privacy", "━")) {
            assertFalse(body.contains(furniture), "furniture in body: " + furniture);
        }
    }

    // ------------------------------------------------------------ shapes and failures

    @Test
    void furnitureOnlyTextFailsNamingTheItem() {
        ItemException e = assertThrows(ItemException.class,
                () -> extractFile("testdata/bad/furniture-only.txt"));
        assertEquals("testdata/bad/furniture-only.txt", e.item());
        assertTrue(e.getMessage().contains("no article text found"), e.getMessage());
    }

    @Test
    void everyGoodPageConverts() throws Exception {
        try (var files = Files.list(Path.of("testdata/pages"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Article a = extractFile(p.toString());
                assertFalse(a.body().isEmpty(), p.toString());
                assertTrue(a.metadata().title() != null, p.toString());
            }
        }
    }

    @Test
    void textWithoutTitleOrDateGivesBodyOnly() throws Exception {
        Article a = extract("bare.txt", "It rained for the whole of the first week, and the river rose above "
                + "the footbridge twice.\n\nBy the second week the water had gone down again.\n");
        assertNull(a.metadata().title());
        assertNull(a.metadata().published());
        assertEquals(2, a.body().size());
    }

    @Test
    void futureDateLineIsNotTakenAsPublished() throws Exception {
        Article a = extract("future.txt", "Friday, August 20, 2077\n\nA Title From The Future\n\n"
                + "This paragraph claims to come from a time that has not happened yet.\n");
        assertNull(a.metadata().published());
        assertEquals("A Title From The Future", a.metadata().title());
    }

    @Test
    void titleSeparatorsAreAllRemoved() {
        for (String sep : List.of(" -", " |", " –", " —", " ::", " »")) {
            assertEquals("Title", TextScrapeExtractor.cleanTitle("Title" + sep), sep);
        }
        assertEquals("Pros - and cons", TextScrapeExtractor.cleanTitle("Pros - and cons -"));
    }

    @Test
    void mostlyRightToLeftTextIsMarkedRtl() throws Exception {
        Article a = extract("rtl.txt", "خبر اليوم\n\n"
                + "هذه فقرة عربية طويلة بما يكفي لتكون نصا أساسيا في المقالة، وتنتهي بنقطة.\n\n"
                + "وهذه فقرة ثانية تتحدث عن الموضوع نفسه بكلمات أخرى.\n");
        assertEquals(Direction.RTL, a.metadata().direction());
        assertEquals(2, a.body().size());
    }

    @Test
    void hardBrokenShortLinesInsideTheBodyKeepTheirBreaks() throws Exception {
        Article a = extract("poem.txt", "A Small Poem\n\n"
                + "I wrote this on the train home, and it is the only poem I have written this year.\n\n"
                + "Rain on the window,\nfields going by,\nnobody talking.\n\n"
                + "That is all of it, and I am rather pleased with it, to be honest.\n");
        Block.Paragraph poem = assertInstanceOf(Block.Paragraph.class, a.body().get(1));
        assertEquals("Rain on the window,\nfields going by,\nnobody talking.", Inline.plainText(poem.content()));
        assertEquals(3, poem.content().stream().filter(i -> !(i instanceof Inline.LineBreak)).count());
    }

    // ------------------------------------------------------------ html2text (Markdown-like) dump

    @Test
    void html2textDumpGivesHeadingTitleBylineAndJoinedParagraphs() throws Exception {
        Article a = extractFile("testdata/pages/html2text-markdown-dump.txt");
        assertEquals("A wet week on the plot", a.metadata().title());
        assertEquals("2022-06-02", a.metadata().published().iso());
        assertEquals(List.of("Sam Reed"), a.metadata().authors());
        assertEquals(List.of(
                "It rained on five of the seven days this week, which the potatoes enjoyed and the tomatoes did "
                        + "not. The greenhouse is now the only dry place I own.",
                "The slugs, naturally, held a festival. I counted forty on the lettuce bed on Thursday night and "
                        + "gave up counting after that.",
                "There is no such thing as bad weather, only the wrong clothes.",
                "Potatoes: thriving\nTomatoes: sulking\nLettuce: eaten",
                "Next week looks drier, and I have promised the onions some attention."), texts(a));
        assertInstanceOf(Block.Quotation.class, a.body().get(2));
        assertInstanceOf(Block.ListBlock.class, a.body().get(3));
    }

    // ------------------------------------------------------------ where the post is

    @Test
    void featuredPostWidgetBeforeThePostIsNotTakenForIt() throws Exception {
        Article a = extract("featured-first.txt", "Featured Post\n\nHow We Saved the Old Cinema\n\n"
                + "Volunteers raised the money in eight months, and the doors reopened in time for autumn.\n\n"
                + "Monday, May 9, 2022\n\nNew Bus Shelter Finally Arrives\n\n"
                + "After three years of promises, the bus shelter on Mill Lane was installed on Monday morning.\n\n"
                + "Residents who had waited in the rain for years came out to watch, and one brought a cake.\n\n"
                + "12 Comments\n\nSo glad to see it at last, well done to everybody who campaigned for it.\n");
        assertEquals("New Bus Shelter Finally Arrives", a.metadata().title());
        assertEquals("2022-05-09", a.metadata().published().iso());
        assertEquals(2, a.body().size());
        assertFalse(bodyText(a).contains("Cinema") || bodyText(a).contains("Volunteers"));
        assertFalse(bodyText(a).contains("So glad"));
    }

    @Test
    void titleWithEvidenceWinsOverANearerCaptionLine() throws Exception {
        Article a = extract("caption.txt", "Harbour Wall Repairs Begin\n\nBy Ann Lee\n\n"
                + "Workers on the harbour wall at low tide\n\n"
                + "Repairs to the harbour wall began on Monday and are expected to last until the summer.\n");
        assertEquals("Harbour Wall Repairs Begin", a.metadata().title());
        assertEquals(List.of("Ann Lee"), a.metadata().authors());
    }

    @Test
    void crlfLineEndingsAreReadLikeNewlines() throws Exception {
        Article a = extract("crlf.txt", "Saturday, 5 March 2022\r\n\r\nWhy We Moved the Market -\r\n\r\n"
                + "The market moved to the church car park after the council closed the square.\r\n\r\n"
                + "Stallholders said trade was \"steady but slower\" than usual.\r\n\r\n2 comments:\r\n");
        assertEquals("Why We Moved the Market", a.metadata().title());
        assertEquals("2022-03-05", a.metadata().published().iso());
        assertEquals(List.of("The market moved to the church car park after the council closed the square.",
                "Stallholders said trade was \"steady but slower\" than usual."), texts(a));
    }

    // ------------------------------------------------------------ browser "save as text" of a WordPress page

    @Test
    void unwrappedSaveAsTextWithoutBlankLinesAroundTheHeaderFindsTitleAndByline() throws Exception {
        Article a = extractFile("testdata/pages/browser-save-as-text-wordpress.txt");
        assertEquals("Three Soups for a Cold Week", a.metadata().title());
        assertEquals("2024-01-09", a.metadata().published().iso());
        assertEquals(List.of("Dana Whitfield"), a.metadata().authors());
        assertEquals(List.of("Recipes"), a.metadata().tags());
        assertEquals(3, a.body().size());
        assertEquals(3, count(a, Block.Paragraph.class));
        String body = bodyText(a);
        for (String furniture : List.of("Skip to content", "Menu", "Kitchen Table Notes", "Search", "Leave a",
                "Share this", "Like", "Related", "Posted in", "Previous Post", "email address", "Recent Posts", "©")) {
            assertFalse(body.contains(furniture), "furniture in body: " + furniture);
        }
    }
}
