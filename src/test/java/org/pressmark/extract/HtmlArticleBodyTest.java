package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.pressmark.model.Article;
import org.pressmark.source.Intake;
import org.junit.jupiter.api.Test;

/** The JSON-LD articleBody as evidence for the content root, on small hand-written pages. */
class HtmlArticleBodyTest {

    @Test
    void shinglerAsciiPathAnswersAsTheGeneralPathForEveryAsciiChar() {
        // the shingler reads ASCII by its own tests: a word char is what Character.isLetterOrDigit says, and
        // it is lower-cased as Character.toLowerCase does (no ASCII char is CJK or Thai)
        for (char c = 0; c < 0x80; c++) {
            char ch = c;
            assertEquals(Character.isLetterOrDigit(c), DomQuery.isAsciiLetterOrDigit(c),
                    () -> "letter or digit U+" + Integer.toHexString(ch));
            if (Character.isLetterOrDigit(c)) {
                assertEquals(Character.toLowerCase(c), c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c,
                        () -> "lower case U+" + Integer.toHexString(ch));
            }
        }
    }


    /** A longer featured post in the same platform markup as the page's own, shorter article. */
    private static final String FEATURED = "<div class='featured'><div class='entry-content'>"
            + "<p>Our featured story this week is about the old mill by the weir, where the miller's family kept "
            + "the wheel turning for three generations, grinding oats and barley for the farms along the valley.</p>"
            + "<p>The mill stopped in the winter of the great frost, when the race froze solid and the wheel "
            + "cracked, and it stood empty until a group of neighbours bought it and set about the repairs.</p>"
            + "<p>Today it grinds again on summer weekends, and visitors can buy a bag of flour at the door.</p>"
            + "</div></div>";
    private static final String OWN = "The ferry across the harbour will run on a winter timetable from "
            + "the first of November, with sailings every forty minutes instead of every twenty. "
            + "The harbour board says the change follows a fall in passengers after the summer season. "
            + "Season tickets bought before the change remain valid until they expire.";
    private static final String OWN_HTML = "<div class='post'><div class='entry-content'><p>The ferry across the "
            + "harbour will run on a winter timetable from the first of November, with sailings every forty minutes"
            + " instead of every twenty.</p><p>The harbour board says the change follows a fall in passengers after"
            + " the summer season.</p><p>Season tickets bought before the change remain valid until they expire."
            + "</p></div></div>";

    private static Article extract(String head, String body) throws Exception {
        String html = "<html><head><title>Winter ferries</title>" + head + "</head><body>" + body + "</body></html>";
        return new HtmlExtractor().extract(new Intake().of("t.html", null, html.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=UTF-8", null));
    }

    private static String jsonLd(String json) {
        return "<script type='application/ld+json'>" + json + "</script>";
    }

    private static String text(Article a) {
        return HtmlPlainText.of(a.body());
    }

    @Test
    void withoutStatedTextTheLongerCandidateWins() throws Exception {
        String t = text(extract("", FEATURED + OWN_HTML));
        assertTrue(t.contains("old mill"), t);
        assertFalse(t.contains("ferry across"), t);
    }

    @Test
    void statedArticleBodyInAGraphPicksTheCandidateHoldingIt() throws Exception {
        String json = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"x\"},"
                + "{\"@type\":\"BlogPosting\",\"headline\":\"Winter ferries\",\"articleBody\":\"" + OWN + "\"}]}";
        Article a = extract(jsonLd(json), FEATURED + OWN_HTML);
        String t = text(a);
        assertTrue(t.contains("ferry across"), t);
        assertFalse(t.contains("old mill"), t);
        // the DOM's paragraphs are output, not the stated text as one block
        assertTrue(a.body().size() >= 3, t);
    }

    @Test
    void shortStatedTextIsNoEvidence() throws Exception {
        String json = "{\"@type\":\"NewsArticle\",\"articleBody\":\"The ferry across the harbour will run on a "
                + "winter timetable.\"}";
        assertNull(HtmlArticleBody.of(Jsoup.parse("<head>" + jsonLd(json) + "</head>").select("script")));
        String t = text(extract(jsonLd(json), FEATURED + OWN_HTML));
        assertTrue(t.contains("old mill"), t);
    }

    @Test
    void statedTextMatchingNoCandidateChangesNothing() throws Exception {
        String other = "A recipe for a plain loaf: mix the flour, water, salt and yeast, knead for ten minutes, "
                + "leave it to rise in a warm place for an hour, shape it, let it rise again and bake it hot "
                + "for forty minutes until the crust sounds hollow when you knock on it.";
        String json = "[{\"@type\":\"Article\",\"articleBody\":\"" + other + "\"}]";
        String t = text(extract(jsonLd(json), FEATURED + OWN_HTML));
        assertTrue(t.contains("old mill"), t);
    }
}
