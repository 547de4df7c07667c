package org.pressmark.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlRenderingTest {

    private static String richHtml;
    private static Document rich;

    @BeforeAll
    static void renderRich() throws RenderException {
        richHtml = Fixtures.html(Fixtures.RICH);
        rich = Jsoup.parse(richHtml);
    }

    @Test
    void pageStartsWithTheHtml5DoctypeAndNamesItsLanguageAndDirection() {
        assertTrue(richHtml.startsWith("<!DOCTYPE html>\n"), richHtml.substring(0, 40));
        Element html = rich.selectFirst("html");
        assertEquals("en", html.attr("lang"));
        assertEquals("ltr", html.attr("dir"));
    }

    @Test
    void rightToLeftTextGivesDirRtl() throws RenderException {
        Document rtl = Jsoup.parse(Fixtures.html(Fixtures.RTL));
        assertEquals("he", rtl.selectFirst("html").attr("lang"));
        assertEquals("rtl", rtl.selectFirst("html").attr("dir"));
        assertEquals("שלום עולם", rtl.selectFirst("h1").text());
    }

    @Test
    void headCarriesTitleAuthorsDescriptionCanonicalLinkAndGenerator() {
        assertEquals("utf-8", rich.selectFirst("head > meta[charset]").attr("charset"));
        assertEquals("Tides, tables & teapots: a field report", rich.title());
        assertEquals(List.of("Ada Harbour", "Ben Quay"), rich.select("meta[name=author]").eachAttr("content"));
        assertEquals("What we measured at the harbour, with one table and a teapot.",
                rich.selectFirst("meta[name=description]").attr("content"));
        assertEquals("https://log.example.org/2021/08/tides?ref=a&b=c",
                rich.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("Pressmark 0.1.0", rich.selectFirst("meta[name=generator]").attr("content"));
        assertEquals("2021-08-20T14:03:00+02:00", rich.selectFirst("meta[name=dcterms.date]").attr("content"));
    }

    @Test
    void inlineStyleDoesNotAddQuotationMarksAndThereIsNoScript() {
        String css = rich.selectFirst("head > style").data();
        assertTrue(css.replace(" ", "").contains("q{quotes:none;}"), css);
        assertTrue(rich.select("script").isEmpty());
        assertTrue(rich.getAllElements().stream()
                .flatMap(e -> e.attributes().asList().stream())
                .noneMatch(a -> a.getKey().startsWith("on")), "no event-handler attributes");
        assertEquals("“bring the teapot”", rich.selectFirst("article q").text());
    }

    @Test
    void scriptUrlsDoNotBecomeLinks() {
        assertTrue(rich.select("[href^=javascript], [src^=javascript]").isEmpty());
        Element ref = rich.selectFirst("span.ref");
        assertEquals("scripted link", ref.text());
    }

    /** Whether a link keeps its URL in the access copy goes by the URL's scheme, in any case. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "JavaScript:alert(1)|false",
        "vbscript:msgbox|false",
        "data:text/html,<b>x</b>|false",
        "https://log.example.org/a?b=c:d|true",
        "mailto:ada@log.example.org|true",
        "notes/tides:2021.html|true",
        "2021:tides|true",
        "#fn1|true"})
    void aLinkKeepsItsUrlUnlessItsSchemeRunsScriptOrCarriesADocument(String url, boolean kept) throws RenderException {
        String tei = Fixtures.string(Fixtures.RICH).replace("javascript:void(0)",
                url.replace("&", "&amp;").replace("<", "&lt;"));
        Element ref = Jsoup.parse(org.pressmark.render.Renderer.shared().toHtml(
                tei.getBytes(java.nio.charset.StandardCharsets.UTF_8), "links.tei.xml"))
                .getElementsContainingOwnText("scripted link").first();
        assertNotNull(ref);
        assertEquals(kept ? url : "", ref.attr("href"), ref.outerHtml());
    }

    @Test
    void headerHasTitleBylineDateSiteAndOriginalLink() {
        Element header = rich.selectFirst("article > header");
        assertNotNull(header);
        assertEquals(1, rich.select("h1").size());
        assertEquals("Tides, tables & teapots: a field report", header.selectFirst("h1").text());
        assertEquals("By Ada Harbour and Ben Quay", header.selectFirst(".byline").text());
        assertEquals("2021-08-20T14:03:00+02:00", header.selectFirst("time.published").attr("datetime"));
        assertTrue(header.text().contains("The Harbour Log"));
        Element original = header.selectFirst(".original");
        assertTrue(original.text().startsWith("Original: "));
        assertEquals("https://log.example.org/2021/08/tides?ref=a&b=c", original.selectFirst("a").attr("href"));
    }

    @Test
    void everyTeiParagraphAppearsAsAParagraph() {
        // a TEI p with rend="hN" stands for a heading, so headings count as paragraphs here
        List<String> htmlParagraphs = rich.select("article p, article h2, article h3, article h4").eachText();
        List<String> teiParagraphs = Fixtures.teiParagraphs(Fixtures.RICH);
        assertEquals(15, teiParagraphs.size(), "fixture paragraphs");
        for (String p : teiParagraphs) {
            assertTrue(htmlParagraphs.contains(p), "missing paragraph: " + p);
        }
    }

    @Test
    void headingsFollowTheirRendLevel() {
        assertEquals(List.of("What we measured", "Packing list", "Comments"), rich.select("h2").eachText());
        assertEquals(List.of("What people said"), rich.select("h3").eachText());
    }

    @Test
    void inlineMarksBecomeTheirHtmlElements() {
        Element article = rich.selectFirst("article");
        assertAll(
                () -> assertEquals("dawn", article.selectFirst("strong").text()),
                () -> assertEquals("planned", article.selectFirst("p em").text()),
                () -> assertEquals("under", article.selectFirst("u").text()),
                () -> assertEquals("struck", article.selectFirst("s").text()),
                () -> assertEquals("2", article.selectFirst("sub").text()),
                () -> assertEquals("2", article.selectFirst("sup").text()),
                () -> assertEquals("kettle --on", article.selectFirst("p code").text()),
                () -> assertEquals("https://log.example.org/tides", article.selectFirst("article > p a").attr("href")),
                () -> assertEquals(1, article.select("p br").size()),
                () -> assertEquals("la", article.selectFirst(".tei-foreign").attr("lang")));
    }

    @Test
    void tableKeepsCaptionHeaderCellsEmptyCellsAndSpans() {
        Element table = rich.selectFirst("table");
        assertEquals("Water levels in metres", table.selectFirst("caption").text());
        assertEquals(List.of("Time", "Level", "Note"), table.select("thead th").eachText());
        Elements rows = table.select("tbody tr");
        assertEquals(3, rows.size());
        assertEquals(List.of("06:00", "1.2", ""), rows.get(0).select("td").stream().map(Element::text).toList());
        assertEquals("2", rows.get(1).selectFirst("td").attr("colspan"));
        assertEquals("2", rows.get(1).select("td").get(1).attr("rowspan"));
    }

    @Test
    void figuresHaveImageAltAndCaption() {
        Elements figures = rich.select("figure");
        assertEquals(2, figures.size());
        Element img = figures.get(0).selectFirst("img");
        assertEquals("https://log.example.org/img/teapot.jpg", img.attr("src"));
        assertEquals("A blue enamel teapot on a wooden bollard", img.attr("alt"));
        assertEquals("The teapot on the pier", figures.get(0).selectFirst("figcaption").text());
        assertEquals("A gull eyeing the teapot", figures.get(1).selectFirst("img").attr("alt"));
        assertTrue(figures.get(1).select("figcaption").isEmpty());
    }

    @Test
    void quotationsBecomeBlockquotesWithAttribution() {
        Elements quotes = rich.select("article blockquote");
        assertEquals(3, quotes.size());
        assertEquals(3, quotes.get(0).select("p").size());
        assertEquals("A heading quoted with the text", quotes.get(0).selectFirst("h4").text());
        assertEquals("Old harbour saying", quotes.get(1).selectFirst("footer cite").text());
        assertTrue(quotes.get(2).hasClass("embedded-post"));
        assertEquals("@gullwatcher on Mastodon", quotes.get(2).selectFirst("footer cite").text());
    }

    @Test
    void nestedListStaysInsideItsItem() {
        Element ul = rich.selectFirst("article ul");
        assertEquals(3, ul.children().size());
        Element nested = ul.selectFirst("li > ol");
        assertNotNull(nested);
        assertEquals(List.of("Tide gauge", "Notebook and pencil"), nested.select("li").eachText());
        assertTrue(nested.parent().ownText().contains("Measuring kit"));
    }

    @Test
    void codeBlockIsVerbatimWithItsLanguageClass() {
        Element code = rich.selectFirst("pre > code");
        assertEquals("language-python", code.className());
        assertEquals("def level(t):\n    return 1.2 + 0.3 * t   # metres\n", code.wholeText());
    }

    @Test
    void commentsAreArticlesInACommentsSection() {
        Elements comments = rich.select("article section.comments > article.comment");
        assertEquals(2, comments.size());
        assertEquals("Cora Pier", comments.get(0).selectFirst(".comment-author").text());
        assertEquals("2021-08-20T18:30:00+02:00", comments.get(0).selectFirst("time").attr("datetime"));
        assertEquals(List.of("Great report!", "Which teapot was it?"), comments.get(0).select("p").eachText());
        assertEquals("Anonymous thanks.", comments.get(1).text());
    }

    @Test
    void footerStatesProvenance() {
        Element footer = rich.selectFirst("body > footer");
        String text = footer.text();
        assertAll(
                () -> assertTrue(text.contains("Source file: tides.html"), text),
                () -> assertTrue(text.contains(
                        "SHA-256: 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"), text),
                () -> assertEquals("2025-12-31T23:59:59Z", footer.select("time").get(0).attr("datetime")),
                () -> assertEquals("2026-01-02T03:04:05Z", footer.select("time").get(1).attr("datetime")),
                () -> assertTrue(text.endsWith("Converted by Pressmark 0.1.0"), text));
    }

    @Test
    void minimalDocumentLeavesOutWhatItDoesNotHave() throws RenderException {
        Document minimal = Jsoup.parse(Fixtures.html(Fixtures.MINIMAL));
        assertFalse(minimal.selectFirst("html").hasAttr("lang"));
        assertEquals("ltr", minimal.selectFirst("html").attr("dir"));
        assertEquals("note-2019-03.txt", minimal.title());
        assertTrue(minimal.select("meta[name=author], link[rel=canonical], .byline, time.published").isEmpty());
        assertEquals(List.of("The first paragraph of a scraped note, wrapped over two lines in the source.",
                "A second paragraph."), minimal.select("article > p").eachText());
    }
}
