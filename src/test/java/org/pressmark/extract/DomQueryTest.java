package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

class DomQueryTest {

    static final String PAGE = "<div class='Post-Body x'>a</div><div class='post-bodyx'>b</div><section id='comments'>c</section>"
            + "<section id='Comments'>d</section><div itemprop='ArticleBody'>e</div><cite class='user'>f</cite>"
            + "<span class='user'>g</span><main>h</main><footer>i</footer>";

    private static List<String> texts(Document doc, Evaluator e) {
        return doc.select(e).eachText();
    }

    @Test
    void simpleListsMatchExactlyWhatJsoupMatches() {
        Document doc = Jsoup.parse(PAGE);
        String list = ".post-body, #comments, [itemprop=articleBody], cite.user, main, footer";
        assertEquals(texts(doc, QueryParser.parse(list)), texts(doc, DomQuery.anyOf(list)));
        assertEquals(List.of("a", "c", "e", "f", "h", "i"), texts(doc, DomQuery.anyOf(list)));
    }

    @Test
    void listsWithCombinatorsAreLeftToJsoup() {
        Document doc = Jsoup.parse("<ul class='comment-list'><li class='comment'>x</li></ul><li class='comment'>y</li>"
                + "<p class='other'>z</p>");
        assertEquals(List.of("x", "z"), texts(doc, DomQuery.anyOf(".comment-list .comment, .other")));
    }

    @Test
    void ancestorsAreTheElementsAboveNotTheElementItself() {
        Document doc = Jsoup.parse("<article><a href='/x'><span id='in'>x</span></a></article><p id='out'>y</p>");
        Element in = doc.getElementById("in");
        Element link = in.parent();
        Element article = doc.selectFirst("article");
        assertTrue(DomQuery.isAncestor(article, in));
        assertFalse(DomQuery.isAncestor(in, in));
        assertTrue(DomQuery.within(in, in));
        assertTrue(DomQuery.within(in, article));
        assertFalse(DomQuery.within(doc.getElementById("out"), article));
        assertTrue(DomQuery.insideTag(in, "a"));
        assertFalse(DomQuery.insideTag(link, "a"));
        assertTrue(DomQuery.insideTag(link, "article"));
        assertFalse(DomQuery.insideTag(doc.getElementById("out"), "article"));
    }

    @Test
    void spaceTestsAnswerAsCharacterIsWhitespaceForEveryChar() {
        EveryChar.agree("isSpace", c -> Character.isWhitespace(c), c -> DomQuery.isSpace((char) c));
        EveryChar.agree("isWideSpace", (char) (' ' + 1), c -> Character.isWhitespace(c), c -> DomQuery.isWideSpace((char) c));
    }

    @Test
    void asciiLetterOrDigitTestAnswersAsTheRangesForEveryChar() {
        EveryChar.agree("isAsciiLetterOrDigit", c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9',
                c -> DomQuery.isAsciiLetterOrDigit((char) c));
    }

    @Test
    void collapsedSpaceTestAnswersAsItsListForEveryChar() {
        String collapsed = " \t\n\u000B\f\r\u00A0\u2007\u202F\u200B";
        EveryChar.agree("isCollapsedSpace", c -> collapsed.indexOf(c) >= 0, c -> DomQuery.isCollapsedSpace((char) c));
    }
}
