package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MetaIndexTest {

    private static final String PAGE = "<html><head><meta name='author' content='Head Meta'>"
            + "<link rel='Canonical' href='https://example.org/a'></head><body>"
            + "<div class='hentry' id='post'><span class='Published'>one</span>"
            + "<div class='author'><span class='fn'>Ann Lee</span></div></div>"
            + "<span class='published'>outside</span>"
            + "<aside class='sidebar'><span class='published'>furniture</span>"
            + "<script type='application/ld+json'>{}</script><meta name='x' content='y'>"
            + "<a rel='nofollow License' href='/cc'>CC</a></aside></body></html>";

    private static MetaIndex index(Document doc) {
        return MetaHeader.scan(doc.head(), doc.body()).index();
    }

    private static List<String> texts(List<Element> elements) {
        return elements.stream().map(Element::text).toList();
    }

    @Test
    void everyScriptOfThePageIsNotedInOrderFurnitureAndHeadIncluded() {
        // scripts in the head, in the text, in parts the scan leaves out (navigation, a sidebar, a footer, a
        // script's own noscript) and in an SVG: the extraction reads them all for a stated article body
        Document doc = Jsoup.parse("<html><head><script id=s1>a</script><base target=_blank></head><body>"
                + "<p>text<script id=s2>b</script></p><nav><script id=s3>c</script></nav>"
                + "<aside class=sidebar><div><script id=s4 type='application/ld+json'>{}</script></div></aside>"
                + "<svg><script id=s5>d</script></svg><footer><script id=s6>e</script></footer>"
                + "<noscript><p>no</p></noscript><script id=s7>f</script></body></html>");
        MetaIndex index = index(doc);
        assertEquals(List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7"),
                index.scripts().stream().map(Element::id).toList());
        assertEquals(doc.select("script"), index.scripts());
        assertFalse(index.hasBaseHref(), "a base element without href fixes no link");
        assertTrue(index(Jsoup.parse("<head><base href='https://example.org/'></head><p>x")).hasBaseHref());
        assertTrue(index(Jsoup.parse("<p>x</p><base href='/b/'>")).hasBaseHref(), "a base element in the body");
    }

    @Test
    void ancestorStepsAreLookedForNoHigherThanTheRoot() {
        Document doc = Jsoup.parse(PAGE);
        MetaIndex index = index(doc);
        MetaIndex.Query q = MetaIndex.Query.of(".hentry .published");
        Element post = doc.getElementById("post");
        assertEquals(List.of("one"), texts(index.select(q, post)));
        Element span = post.selectFirst("span");
        assertEquals(List.of(), index.select(q, span), "the ancestor lies above the root");
        assertEquals(List.of("Ann Lee"), texts(index.select(MetaIndex.Query.of(".hentry .author .fn"), null)));
    }

    @Test
    void furnitureIsLeftOutOfQueriesButItsMetaAndJsonLdAreNoted() {
        Document doc = Jsoup.parse(PAGE);
        MetaIndex index = index(doc);
        assertEquals(List.of("one", "outside"), texts(index.select(MetaIndex.Query.of(".published"), null)));
        assertEquals(2, index.metas().size());
        assertEquals(1, index.jsonLd().size());
        assertEquals(1, index.links().size());
        assertNotNull(index.licence());
        assertFalse(index.contains(doc.selectFirst("aside")));
        assertTrue(index.contains(doc.getElementById("post")));
    }

    @Test
    void alternativesComeInDocumentOrderWithoutRepeats() {
        Document doc = Jsoup.parse("<body><p class='b a'>1</p><p class='a'>2</p><p class='b'>3</p></body>");
        assertEquals(List.of("1", "2", "3"), texts(index(doc).select(MetaIndex.Query.of(".a, .b"), null)));
    }

    @Test
    void anIndexFilingSomeClassNamesAnswersTheirQueriesAndRefusesOthers() {
        Document doc = Jsoup.parse(PAGE);
        MetaIndex.Query published = MetaIndex.Query.of(".hentry .published");
        MetaIndex index = MetaHeader.scan(doc.head(), doc.body(),
                MetaIndex.Keys.of(List.of(published))).index();
        assertEquals(List.of("one"), texts(index.select(published, null)), "class names are filed in any case");
        assertThrows(IllegalArgumentException.class, () -> index.select(MetaIndex.Query.of(".fn"), null));
        assertEquals(List.of("Ann Lee"), texts(index.select(MetaIndex.Query.of("span[class=fn]"), null)),
                "tags are filed whatever the class names");
    }

    @Test
    void anIndexFilingSomeIdsAnswersTheirQueriesAndRefusesOthers() {
        Document doc = Jsoup.parse("<body><div id='masthead'><p class='title'>Site</p></div>"
                + "<div id='post'><p class='title'>Post</p></div></body>");
        MetaIndex.Query masthead = MetaIndex.Query.of("#masthead .title");
        MetaIndex index = MetaHeader.scan(doc.head(), doc.body(), MetaIndex.Keys.of(List.of(masthead))).index();
        Element site = doc.getElementById("masthead");
        assertEquals(List.of("Site"), texts(index.select(masthead, site)));
        assertThrows(IllegalArgumentException.class, () -> index.select(MetaIndex.Query.of("#post"), null));
    }

    @Test
    void relWordsMatchInAnyCase() {
        assertTrue(MetaIndex.hasWord(" nofollow  License ", "license"));
        assertFalse(MetaIndex.hasWord("licenses", "license"));
    }

    @Test
    void aSelectorWithNothingToLookUpIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MetaIndex.Query.of("[role=main]"));
    }

    @Test
    void linesCollapseTheirWhiteSpace() {
        assertEquals("a b c", MetaHeader.collapseSpaces(" \u00A0a \t\n b\u200Bc\u2003"));
    }
}
