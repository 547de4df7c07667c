package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressmark.model.Article;
import org.pressmark.model.Block;
import org.pressmark.model.Inline;
import org.pressmark.source.Capture;
import org.pressmark.source.Intake;

/** DOM-to-block rules on small pages. */
class HtmlBlocksTest {

    private static Article extract(String body) throws Exception {
        return extract(body, null);
    }

    private static Article extract(String body, Capture capture) throws Exception {
        String html = "<html><head><title>The Title</title></head><body>" + body + "</body></html>";
        return new HtmlExtractor().extract(new Intake().of("t.html", null, html.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=UTF-8", capture));
    }

    @Test
    void javascriptLinksBecomePlainTextAndRelativeLinksAbsolute() throws Exception {
        Capture capture = new Capture("https://blog.example/2020/01/post.html", null, null, null, -1, null);
        Article a = extract("<article><p>See <a href='javascript:void(0)'>this</a> and <a href='../other.html'>that"
                + "</a>.</p></article>", capture);
        List<Inline> c = ((Block.Paragraph) a.body().get(0)).content();
        assertEquals(new Inline.Text("See this and "), c.get(0));
        assertEquals(new Inline.Link("https://blog.example/2020/other.html", List.of(new Inline.Text("that"))), c.get(1));
    }

    @Test
    void headingEqualToTheTitleIsDroppedAndH1CountsAsTwo() throws Exception {
        Article a = extract("<article><h1>The Title</h1><p>Body text here.</p><h1>Another part</h1><p>More.</p>"
                + "</article>");
        assertEquals(3, a.body().size());
        assertEquals(2, assertInstanceOf(Block.Heading.class, a.body().get(1)).level());
    }

    @Test
    void aHeadingThatRepeatsTheTitleInOtherTypographyIsDroppedToo() throws Exception {
        String html = "<html><head><title>Only those who wait...</title></head><body><article>"
                + "<h1>Only those who wait\u2026</h1><p>Body text here, long enough to be the post.</p>"
                + "</article></body></html>";
        Article a = new HtmlExtractor().extract(new Intake().of("t.html", null, html.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=UTF-8", null));
        assertEquals(1, a.body().size(), a.body()::toString);
        assertInstanceOf(Block.Paragraph.class, a.body().get(0));
    }

    @Test
    void whiteSpaceIsNormalisedAndEmptyBlocksDropped() throws Exception {
        Article a = extract("<article><p>  one\n\t two&nbsp;&nbsp;<b> three </b> four </p><p> </p><p></p>"
                + "<div><span>   </span></div></article>");
        assertEquals(1, a.body().size());
        assertEquals("one two three four", Inline.plainText(((Block.Paragraph) a.body().get(0)).content()));
    }

    @Test
    void tableSpansEmptyCellsAndHeadersAreKept() throws Exception {
        Article a = extract("<article><p>Intro text.</p><table><tr><th rowspan='2'>A</th><td></td></tr>"
                + "<tr><td colspan='0'>b</td></tr></table></article>");
        Block.Table t = assertInstanceOf(Block.Table.class, a.body().get(1));
        assertEquals(2, t.rows().get(0).cells().get(0).rowspan());
        assertTrue(t.rows().get(0).cells().get(0).header());
        assertEquals(List.of(), t.rows().get(0).cells().get(1).content());
        assertEquals(1, t.rows().get(1).cells().get(0).colspan());
    }

    @Test
    void inlineStylesMapToTheirKinds() throws Exception {
        Article a = extract("<article><p><u>u</u> <s>s</s> <del>d</del> x<sup>2</sup> H<sub>2</sub>O <i>i</i>"
                + " <strong>b</strong><br>next</p></article>");
        List<Inline> c = ((Block.Paragraph) a.body().get(0)).content();
        assertEquals(Inline.Style.UNDERLINE, ((Inline.Styled) c.get(0)).style());
        assertEquals(Inline.Style.STRIKETHROUGH, ((Inline.Styled) c.get(2)).style());
        assertEquals(Inline.Style.STRIKETHROUGH, ((Inline.Styled) c.get(4)).style());
        assertEquals(Inline.Style.SUPERSCRIPT, ((Inline.Styled) c.get(6)).style());
        assertEquals(Inline.Style.SUBSCRIPT, ((Inline.Styled) c.get(8)).style());
        assertTrue(c.contains(new Inline.LineBreak()));
        assertEquals("u s d x2 H2O i b\nnext", Inline.plainText(c));
    }

    @Test
    void hiddenElementsAndFurnitureInsideContentAreRemoved() throws Exception {
        Article a = extract("<div class='entry-content'><p>Real text of the post, long enough to count.</p>"
                + "<p hidden>hidden one</p><p aria-hidden='true'>hidden two</p><div style='display: none'>hidden"
                + " three</div><div class='social-share'>Share me</div><div class='author-bio'>About Ann</div>"
                + "<ul class='related-posts'><li>Other post</li></ul><div class='ad-slot'>Buy</div>"
                + "<div class='shareholder-report'>Shareholders met in May.</div></div>");
        String text = HtmlPlainText.of(a.body());
        for (String gone : List.of("hidden", "Share me", "About Ann", "Other post", "Buy")) {
            assertFalse(text.contains(gone), gone);
        }
        assertTrue(text.contains("Shareholders met in May."), "word tokens only: shareholder is not share");
    }

    @Test
    void furnitureNamedElementHoldingMostOfTheTextIsKept() throws Exception {
        Article a = extract("<div class='post-body'><div class='widget-wrapper'><p>Almost all of the text of the post"
                + " sits in a wrapper whose class name looks like furniture, and it must stay.</p></div>"
                + "<p>Short end.</p></div>");
        assertEquals(2, a.body().size());
    }

    @Test
    void textDensityFindsTheArticleWithoutMarkup() throws Exception {
        Article a = extract("<div id='menu'><a href='/'>Home</a> <a href='/a'>About</a></div>"
                + "<div id='x1'><div id='x2'><p>First paragraph of the story, with commas, and full stops.</p>"
                + "<p>Second paragraph of the story, which is also long enough to count here.</p>"
                + "<p>Third paragraph, to make the container clearly the densest one on the page.</p></div></div>"
                + "<div id='links'><a href='/1'>Link one to another page</a><br><a href='/2'>Link two</a></div>");
        assertEquals(3, a.body().size());
        assertFalse(HtmlPlainText.of(a.body()).contains("Link one"));
    }

    @Test
    void embeddedTootIsAnEmbeddedPost() throws Exception {
        Article a = extract("<article><p>Before.</p><blockquote class='mastodon-embed'><p>Toot text.</p>"
                + "</blockquote></article>");
        Block.Quotation q = assertInstanceOf(Block.Quotation.class, a.body().get(1));
        assertEquals(Block.QuoteKind.EMBEDDED_POST, q.kind());
    }

    @Test
    void layoutModifierClassLikeHasSidebarDoesNotHideTheArticle() throws Exception {
        Article a = extract("<div class='page and-w-sidebar'><div><p>First paragraph of the story, with commas, and"
                + " full stops.</p><p>Second paragraph of the story, which is long enough to count.</p></div>"
                + "</div>");
        assertEquals(2, a.body().size());
    }
}
