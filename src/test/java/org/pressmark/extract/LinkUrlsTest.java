package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Absolute URLs of links and images: always what jsoup's {@code absUrl} gives. */
class LinkUrlsTest {

    /** Bases good and bad: none, not a URL, other schemes, users and ports, no host, control characters. */
    private static final String[] BASES = {"", "nonsense", "https://example.com/dir/page.html", "http://x.y/a/",
        "http://user:pw@h.example:8080/a/b/c.html?q=1#f", "HTTP://Example.COM", "https://h.example/a/./b/../c/",
        "ftp://f.example/x/y", "file:/srv/x/y.html", "http://[::1]/a/b", "https://h.example/\u0001a/\tb?\nq",
        "http:/nohost/a", "https:", "http://", "mailto:someone@h.example", "http://h.example", "//h.example/a",
        "/just/a/path", "https://h.example:99999/a", "https://h.example/a b/c", "\u0001https://h.example/x/"};

    /** Pieces of values: slashes, dots, queries, fragments, schemes, spaces and control characters, non-ASCII. */
    private static final String[] PIECES = {"/", "//", "#", "?", ".", "..", "./", "../", "a", "b.html", "%20", " ",
        "\t", "\n", "\u0001", "\u00e9", ":", "http:", "HTTPS:", "https://", "mailto:", "javascript:", "x-y+z.w:",
        "1a:", "@", "\\", "?q=1&r=2", "#f", "h.example", "www.example.com", ";p", "[", "]", "~u", "url:", "\u00e9:",
        ":80", "data:", "/./", "/../", "\u0000", "\u001f", "\u007f", "=", "'", "\""};

    @Test
    void urlsTakenAsTheyAreResolveToThemselvesAgainstAnyBase() {
        String[] urls = {"https://www.example.org/a/b.html", "http://example.org/x?y=z&w=1#frag", "http://a.b/",
            "http://a.b//x", "http://a.b/x#", "http://a.b/x?", "http://a.b/x%20y", "https://a-b.c/x;y?z=[2]#f#g",
            "http://a.b/~u/'x'/(y)!*$+,;=@:", "http://a.b./x"};
        for (String url : urls) {
            assertTrue(LinkUrls.isResolved(url), url);
            for (String base : BASES) {
                assertSameAsJsoup(new LinkUrls(), url, base);
            }
        }
    }

    @Test
    void doubtfulUrlsAreNotTakenAsTheyAre() {
        String[] urls = {"HTTP://a.b/x", "http://A.b/x", "http://a.b/./x", "http://a.b/x/../y", "http://a.b/x y",
            "http://a.b/x\ty", "http://a.b/x\\y", "http://u@a.b/x", "http://a.b:80/x", "http://a.b", "/x", "x.html",
            "http:///x", "http://a.b/x?y=/./z", "http://a.b/\u00e9", " http://a.b/x"};
        for (String url : urls) {
            assertFalse(LinkUrls.isResolved(url), url);
            assertSameAsJsoup(new LinkUrls(), url, "https://example.com/dir/page.html");
        }
    }

    @Test
    void generatedValuesResolveAsJsoupResolvesThemAgainstEveryBase() {
        Random random = new Random(2024);
        LinkUrls shared = new LinkUrls(); // one instance across bases: the base it keeps must follow them
        for (int n = 0; n < 2000; n++) {
            StringBuilder value = new StringBuilder();
            for (int k = 1 + random.nextInt(5); k > 0; k--) {
                value.append(PIECES[random.nextInt(PIECES.length)]);
            }
            for (String base : BASES) {
                assertSameAsJsoup(shared, value.toString(), base);
            }
        }
    }

    @Test
    void trickyValuesResolveAsJsoupResolvesThem() {
        String[] values = {"", " ", "\u0001", "?", "?q", "#", "#f", ".", "..", "/", "//", "///", "//h.example",
            "//h.example:8080/x", "/a/../../b", "../../../../x", "./x/./y", "?q=/../x", "a:b", "A+b:c", "1:x",
            "-x:y", "url:/x", "url:http://h.example/x", "http:x", "http:/x", "https:///x", "HTTP://h.example",
            "http://h.example:x/", "http://h.example:99999/", "http://[::1]:8080/x", "http://[bad/x", "mailto:a@b",
            "javascript:void(0)", "tel:+1", "about:blank", "ttps://h.example/", "hhttps://h.example/", "\u00e9:x",
            "x\u0000y", "\u0000/x", "\u001f?q", " /x ", "\t#f", "\n\nhttp://h.example/x", "x y", "%zz", "\\x\\y",
            "http://h.example/a b", "file:///x", "ftp://f.example/y", "jar:file:/x!/y", "data:text/plain,x"};
        LinkUrls shared = new LinkUrls();
        for (String value : values) {
            for (String base : BASES) {
                assertSameAsJsoup(shared, value, base);
                assertSameAsJsoup(new LinkUrls(), value, base);
            }
        }
    }

    @Test
    void baseElementOfThePageIsTheBaseOfItsLinks() {
        for (String base : BASES) {
            for (String docUri : new String[] {"", "https://page.example/p/q.html"}) {
                Document doc = Jsoup.parse("<html><head><base href='" + base.replace("'", "&#39;") + "'></head>"
                        + "<body><p><a href='/a'>1</a><a href='b/c'>2</a><a href='?q'>3</a><a href='#f'>4</a>"
                        + "<a href='//h.example/d'>5</a><a href=''>6</a><a>7</a><img src='e.png'></p></body></html>",
                        docUri);
                LinkUrls urls = new LinkUrls();
                for (Element e : doc.select("a, img")) {
                    String key = e.tagName().equals("img") ? "src" : "href";
                    assertEquals(e.absUrl(key), urls.absolute(e, key), e.outerHtml() + " under " + base);
                }
            }
        }
    }

    @Test
    void elementsOfSeveralDocumentsAndDetachedOnesEachKeepTheirOwnBase() {
        Document one = Jsoup.parse("<p><a href='/x'>x</a></p>", "https://one.example/a/");
        Document two = Jsoup.parse("<p><a href='/x'>x</a></p>", "https://two.example/b/");
        Document none = Jsoup.parse("<p><a href='/x'>x</a></p>");
        Element detached = two.selectFirst("p").clone().selectFirst("a");
        Element removed = Jsoup.parse("<p><a href='/x'>x</a></p>", "https://three.example/").selectFirst("a");
        removed.remove();
        Element orphan = new Element("a").attr("href", "y/z");
        List<Element> links = new ArrayList<>(List.of(one.selectFirst("a"), two.selectFirst("a"),
                none.selectFirst("a"), detached, removed, orphan, one.selectFirst("a")));
        LinkUrls urls = new LinkUrls();
        for (Element a : links) {
            assertEquals(a.absUrl("href"), urls.absolute(a, "href"), a.outerHtml() + " under " + a.baseUri());
        }
    }

    private static void assertSameAsJsoup(LinkUrls urls, String value, String base) {
        Element a = new Element("a").attr("href", value);
        a.setBaseUri(base);
        assertEquals(a.absUrl("href"), urls.absolute(a, "href"), () -> "'" + value + "' against '" + base + "'");
    }
}
