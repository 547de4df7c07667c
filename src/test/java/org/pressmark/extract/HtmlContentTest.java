package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.pressmark.model.Article;
import org.pressmark.source.Intake;

/** How the content root is chosen and what furniture inside it is removed, on small hand-written pages. */
class HtmlContentTest {

    private static final String PROSE = "The river rose slowly through the night, and by morning the lower "
            + "road was under water. Nobody in the village had seen it so high since the spring of the flood. ";

    private static Article extract(String body) throws Exception {
        String html = "<html><head><title>A Title</title></head><body>" + body + "</body></html>";
        return new HtmlExtractor().extract(new Intake().of("t.html", null, html.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=UTF-8", null));
    }

    private static String text(Article a) {
        return HtmlPlainText.of(a.body());
    }

    @Test
    void statsCountTextLinksAndPunctuationBottomUp() {
        Document doc = Jsoup.parse("<div id=d><p>One, two.</p><p><a href=x>link</a> text</p></div>");
        DomStats s = DomStats.of(doc.body());
        assertEquals("One,two.".length() + "linktext".length(), s.text(doc.getElementById("d")));
        assertEquals(4, s.linkText(doc.getElementById("d")));
        assertEquals(2, s.punctuation(doc.getElementById("d")));
        assertEquals(s.text(doc.getElementById("d")), s.text(doc.body()));
    }

    @Test
    void statsCountEveryCharacterAsTheRuleSays() {
        // every char once, in a text node made directly: counted unless white space (any char up to U+0020,
        // the no-break space, or Java's white space), punctuation as isPunctuation says
        StringBuilder all = new StringBuilder();
        int text = 0;
        int punctuation = 0;
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            all.append(c);
            if (c > ' ' && c != '\u00A0' && !Character.isWhitespace(c)) {
                text++;
                punctuation += DomStats.isPunctuation(c) ? 1 : 0;
            }
        }
        org.jsoup.nodes.Element div = new org.jsoup.nodes.Element("div");
        div.appendChild(new org.jsoup.nodes.TextNode(all.toString()));
        DomStats s = DomStats.of(div);
        assertEquals(text, s.text(div));
        assertEquals(punctuation, s.punctuation(div));
        assertEquals(14, punctuation);
    }

    @Test
    void notWhitespaceTestAnswersAsTheJdkForEveryChar() {
        EveryChar.agree("isNotWhitespace", c -> !Character.isWhitespace(c), c -> HtmlContent.isNotWhitespace((char) c));
    }

    @Test
    void punctuationTestAnswersAsItsListForEveryChar() {
        // the inlined range guard in front of the list must not drop any of it
        String listed = ",.;:!?\u3001\u3002\uFF0C\uFF0E\uFF1F\uFF01\u060C\u061F";
        EveryChar.agree("isPunctuation", c -> listed.indexOf(c) >= 0, c -> DomStats.isPunctuation((char) c));
    }

    @Test
    void listOfLinksInsideTheArticleIsRemoved() throws Exception {
        Article a = extract("<article><p>" + PROSE + "</p><h2>More stories</h2><ul><li><a href='/a'>A flood in"
                + " the valley</a></li><li><a href='/b'>The bridge reopens</a></li><li><a href='/c'>Rain again"
                + "</a></li></ul><p>" + PROSE.replace("river", "stream") + "</p></article>");
        assertFalse(text(a).contains("bridge reopens"));
        assertTrue(text(a).contains("stream rose"));
    }

    @Test
    void listOfLinksWithSentencesIsKept() throws Exception {
        Article a = extract("<article><p>" + PROSE + "</p><ol><li><a href='/a'>Smith 2010</a>, a survey of the"
                + " river levels, measured every week, shows the same pattern.</li><li><a href='/b'>Jones 2012</a>"
                + ", a later study, found the bank had moved by two metres, which is a lot.</li></ol></article>");
        assertTrue(text(a).contains("Jones 2012"));
    }

    @Test
    void articleSplitIntoSiblingSectionsIsTakenWhole() throws Exception {
        Article a = extract("<div class='page'><div class='part text'><p>" + PROSE + "</p></div>"
                + "<div class='pic'><img src='x.jpg'></div><div class='part text'><p>" + PROSE.replace("river", "canal")
                + PROSE + "</p></div><div class='part text'><p>" + PROSE.replace("river", "lake") + "</p></div></div>");
        String t = text(a);
        assertTrue(t.contains("river rose") && t.contains("canal rose") && t.contains("lake rose"), t);
    }

    @Test
    void repeatedParagraphIsGivenOnce() throws Exception {
        Article a = extract("<article><p>The lower road, from the bridge</p><p>" + PROSE + "</p><p>The lower road, from the bridge</p>"
                + "</article>");
        assertEquals(2, a.body().size());
    }

    @Test
    void headingLeftWithoutItsSectionIsDropped() throws Exception {
        Article a = extract("<article><p>" + PROSE + "</p><h2>Read next</h2><div class='related'><a href='/x'>Other"
                + "</a></div></article>");
        assertFalse(text(a).contains("Read next"));
    }

    @Test
    void articleHoldingOtherArticlesLosesToTheOneWithOwnText() throws Exception {
        StringBuilder others = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            others.append("<article class='post'><p>Another post number ").append(i).append(". ").append(PROSE)
                    .append("</p></article>");
        }
        Article a = extract("<article class='post'><p>The post itself. " + PROSE + "</p><p>" + PROSE + "</p></article>"
                + "<article class='post'><h3>You may like</h3>" + others + "</article>");
        assertTrue(text(a).contains("The post itself."));
        assertFalse(text(a).contains("Another post number"));
    }

    @Test
    void layoutColumnNamedForItsSidebarStillHoldsTheArticle() throws Exception {
        Article a = extract("<div class='wrap right-sidebar'><div class='entry-content'><p>" + PROSE + "</p></div>"
                + "</div><div class='notice'><p>A short notice about something else entirely.</p></div>");
        assertTrue(text(a).contains("river rose"));
        assertFalse(text(a).contains("short notice"));
    }

    @Test
    void copyrightLineAndPrintButtonAreFurniture() throws Exception {
        Article a = extract("<article><p>" + PROSE + "</p><p class='copyright'>All rights reserved by the owner"
                + "</p><div class='recipe-print'>Print this</div></article>");
        assertTrue(text(a).contains("river rose"));
        assertFalse(text(a).contains("All rights reserved"));
        assertFalse(text(a).contains("Print this"));
    }

    @Test
    void columnLayoutNamedOneSidebarStillHoldsTheArticle() throws Exception {
        Article a = extract("<div class='header'><p>Site name and a few words of welcome here.</p></div>"
                + "<div class='layout-one-sidebar'><div class='text'><p>" + PROSE + "</p><p>" + PROSE + "</p></div></div>"
                + "<div class='col'><p>A long note about the site, written to be noticed by everyone reading here. "
                + "It says very little but says it at length, and again, and again.</p></div>"
                + "<div class='col'><p>Another note with some words in it, one more time, so it is long enough.</p></div>");
        assertTrue(text(a).contains("river rose"));
        assertFalse(text(a).contains("long note about the site"));
    }

    @Test
    void postCardsInAGridLoseToTheBodyOutsideThem() throws Exception {
        StringBuilder cards = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            cards.append("<article class='post'><h3>Card ").append(i).append("</h3><p>A teaser of another post, "
                    + "long enough to count as text of its own, number ").append(i).append(". It goes on for a while "
                    + "with more words, so that the teaser alone runs past two hundred letters of text.</p></article>");
        }
        Article a = extract("<div class='content'><p>" + PROSE + "</p><p>" + PROSE + "</p></div>"
                + "<div class='grid'>" + cards + "</div>");
        assertTrue(text(a).contains("river rose"));
        assertFalse(text(a).contains("A teaser of another post"));
    }

    @Test
    void leadKeptApartFromTheBodyContainerIsPartOfTheArticle() throws Exception {
        Article a = extract("<div class='news'><h1>A Title</h1><div class='teaser-text'><p>The short lead that "
                + "sums the story up, in one sentence.</p></div><div class='news-text'><p>" + PROSE + "</p><p>"
                + PROSE + "</p></div></div><div class='notice'><p>A notice that is not part of it, at all.</p></div>");
        assertTrue(text(a).startsWith("The short lead"));
        assertTrue(text(a).contains("river rose"));
        assertFalse(text(a).contains("A notice"));
    }

    @Test
    void interfaceWordsStandingAloneAreNotText() throws Exception {
        Article a = extract("<article><p>" + PROSE + "</p><p><a href='/next'>Read more »</a></p><p>Advertisement</p>"
                + "<p>Image 3 of 8</p><h3>Mehr zum Thema</h3><p>" + PROSE + "</p>"
                + "<p>Lesen Sie auch: <a href='/other'>Ein ganz anderer Artikel über etwas</a></p>"
                + "<p>Read more about the river in the report, which says more than we can here.</p></article>");
        String t = text(a);
        assertFalse(t.contains("Read more »"));
        assertFalse(t.contains("Advertisement"));
        assertFalse(t.contains("Image 3 of 8"));
        assertFalse(t.contains("Mehr zum Thema"));
        assertFalse(t.contains("ganz anderer Artikel"));
        assertTrue(t.contains("Read more about the river"));
    }

    @Test
    void readAlsoLineWithOwnWordsBesideTheLinkIsKept() throws Exception {
        Article a = extract("<article><p>" + PROSE + "</p><p>See also the <a href='/map'>flood map</a>, which "
                + "shows every street that was under water.</p></article>");
        assertTrue(text(a).contains("flood map"));
    }

    @Test
    void pictureCreditLineStandingAloneIsNotText() throws Exception {
        Article a = extract("<article><p>" + PROSE + "</p><p>Foto: Jane Doe / Agency</p><p>Photo by Ann Lee</p>"
                + "<p>Photos of the flood were taken by many people in the village that night.</p></article>");
        String t = text(a);
        assertFalse(t.contains("Jane Doe"));
        assertFalse(t.contains("Ann Lee"));
        assertTrue(t.contains("Photos of the flood"));
    }

    @Test
    void headerNamedAsTheIntroReadingAsProseIsKept() throws Exception {
        Article a = extract("<article><header class='intro'><p>" + PROSE.replace("river", "brook") + "</p></header><p>"
                + PROSE + "</p><p>" + PROSE.replace("river", "canal") + "</p></article>");
        assertTrue(text(a).contains("brook rose"), text(a));
    }

    @Test
    void contentNamedTeaserInsideALinkIsACardNotTheBody() throws Exception {
        Article a = extract("<article class='story'><p>" + PROSE + "</p><p>" + PROSE.replace("river", "canal")
                + "</p><p>" + PROSE.replace("river", "brook") + "</p></article><div class='more'><div class='card'>"
                + "<a href='/other'><div class='story-content'>" + PROSE.replace("river", "lake") + PROSE.replace("river",
                "sea") + "</div></a></div></div>");
        assertTrue(text(a).contains("canal rose"), text(a));
        assertFalse(text(a).contains("lake rose"), text(a));
    }
}
