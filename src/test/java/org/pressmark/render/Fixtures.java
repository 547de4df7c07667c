package org.pressmark.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/** Reads the hand-written TEI fixtures of src/test/resources/render. */
final class Fixtures {

    static final String RICH = "rich.tei.xml";
    static final String MINIMAL = "minimal.tei.xml";
    static final String RTL = "rtl.tei.xml";

    private Fixtures() {
    }

    static URL url(String name) {
        URL url = Fixtures.class.getResource("/render/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test resource /render/" + name);
        }
        return url;
    }

    static byte[] bytes(String name) {
        try (InputStream in = url(name).openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String string(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static String html(String name) throws RenderException {
        return Renderer.shared().toHtml(bytes(name), url(name).toExternalForm());
    }

    static String text(String name) throws RenderException {
        return Renderer.shared().toText(bytes(name), url(name).toExternalForm());
    }

    /** The texts of the TEI fixture's body paragraphs, white space collapsed and a line break read as a space. */
    static List<String> teiParagraphs(String name) {
        Document tei = Jsoup.parse(string(name), "", Parser.xmlParser());
        tei.select("lb").forEach(lb -> lb.replaceWith(new TextNode(" ")));
        return tei.select("text p").eachText();
    }
}
