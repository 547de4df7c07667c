package org.pressmark.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class XmlValuesTest {

    @Test
    void cleanKeepsTextThatXmlAllowsAsItIs() {
        String text = "Tab\there, line\nand return\r; caf\u00e9 \u201cquoted\u201d \ud83d\ude00 \ue000\ufffd";
        assertSame(text, XmlValues.clean(text));
    }

    @Test
    void cleanRemovesWhatXmlForbidsWhereverItStands() {
        assertEquals("ab", XmlValues.clean("\u0000a\u0001b\u001f"));
        assertEquals("a\ud83d\ude00b", XmlValues.clean("a\ud83d\ude00\u0007b"));
        assertEquals("ab", XmlValues.clean("a\ud83db"), "a lone high surrogate");
        assertEquals("ab", XmlValues.clean("a\ude00b"), "a lone low surrogate");
        assertEquals("a\ufffdb", XmlValues.clean("a\ufffe\ufffdb\uffff"));
        assertEquals("", XmlValues.clean("\u0008"));
        assertEquals("", XmlValues.clean(""));
    }

    /** Pieces of URLs: schemes, hosts good and odd, ports, users, escapes good and broken, brackets, non-ASCII. */
    private static final String[] URL_PIECES = {"http://", "https://", "HTTP://", "ftp://", "http:", "//", "/", "?",
        "#", "%", "%2", "%20", "%zz", "%C3%A9", "[", "]", "[::1]", "a", "b.example", "x-y", "9", "999999999999",
        "1.2.3.4", ".", "..", "-", "_", "~", ":", ":80", ":x", "@", "user@", "!", "$", "&", "'", "(", ")", "*", "+",
        ",", ";", "=", " ", "\t", "\"", "<", ">", "{", "}", "|", "\\", "^", "`", "\u00e9", "\u4e2d", "\ud83d\ude00",
        "q=1&r=2", "A", "Z"};

    @Test
    void plainWebUrisAreValidUrisThatEncodingLeavesAsTheyAre() {
        Random random = new Random(17);
        int plain = 0;
        for (int n = 0; n < 60000; n++) {
            StringBuilder sb = new StringBuilder(new String[] {"http://", "https://", "/", ""}[random.nextInt(4)]);
            for (int k = random.nextInt(7); k > 0; k--) {
                sb.append(URL_PIECES[random.nextInt(URL_PIECES.length)]);
            }
            String url = sb.toString();
            if (XmlValues.isPlainWebUri(url.toCharArray())) {
                plain++;
                assertEquals(url, XmlValues.encoded(url), url);
                try {
                    new URI(url);
                } catch (URISyntaxException e) {
                    throw new AssertionError(url, e);
                }
            }
            assertEquals(viaEncoding(url), XmlValues.anyUri(url), url);
        }
        assertTrue(plain > 1000, "too few plain URIs generated: " + plain);
    }

    @Test
    void pathsFromTheRootArePlain() {
        for (String url : new String[] {"/", "/x", "/a:b/c?d=e&f=/g#h", "/%20/~x/(y)"}) {
            assertTrue(XmlValues.isPlainWebUri(url.toCharArray()), url);
            assertEquals(Optional.of(url), XmlValues.anyUri(url), url);
        }
    }

    @Test
    void urisThatNeedEncodingOrParsingAreNotPlain() {
        String[] urls = {"http://", "https://", "http:///x", "http://a.b:80/", "http://u@a.b/", "http://[::1]/",
            "http://a.b/x y", "http://a.b/%zz", "http://a.b/%2", "http://a.b/x#y#z", "http://a.b/[x]", "HTTP://a.b/",
            "http://a.b/\u00e9", "http://a_b/", "ftp://a.b/", "//a.b/x", "x", "x/y", "a:/x", "", " /x", "?x", "#x"};
        for (String url : urls) {
            assertTrue(!XmlValues.isPlainWebUri(url.toCharArray()), url);
            assertEquals(viaEncoding(url), XmlValues.anyUri(url), url);
        }
    }

    /** What {@link XmlValues#anyUri} gives when every URL is encoded and parsed. */
    private static Optional<String> viaEncoding(String url) {
        String s = XmlValues.clean(url).strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String result = XmlValues.encoded(s);
        try {
            new URI(result);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(result);
    }
}
