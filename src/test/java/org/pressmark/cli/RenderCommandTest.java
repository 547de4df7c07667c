package org.pressmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pressmark render}: access copies from TEI and from NewsML-G2 written earlier. */
class RenderCommandTest {

    @TempDir
    Path tmp;

    static final String PAGE = "testdata/pages/wordpress-letterpress.html";

    @Test
    void htmlAndTextComeFromNewsMlAndFromTeiAlike() throws Exception {
        Path docs = tmp.resolve("docs");
        assertEquals(Main.OK, ConvertCommandTest.run("convert", "-q", "-f", "tei,newsml,html,txt", "-o", docs.toString(),
                PAGE).code());
        String title = Jsoup.parse(Files.readString(docs.resolve("wordpress-letterpress.html"))).selectFirst("h1").text();

        Path fromNews = tmp.resolve("from-newsml");
        ConvertCommandTest.Result r = ConvertCommandTest.run("render", "--to", "html", "-o", fromNews.toString(),
                docs.resolve("wordpress-letterpress.newsml.xml").toString());
        assertEquals(Main.OK, r.code(), r.err());
        var html = Jsoup.parse(Files.readString(fromNews.resolve("wordpress-letterpress.html")));
        assertEquals(title, html.selectFirst("h1").text());
        assertTrue(html.select("article p").size() >= 3, "the body's paragraphs");

        Path fromTei = tmp.resolve("from-tei");
        r = ConvertCommandTest.run("render", "--to", "text", "-o", fromTei.toString(),
                docs.resolve("wordpress-letterpress.tei.xml").toString());
        assertEquals(Main.OK, r.code(), r.err());
        String text = Files.readString(fromTei.resolve("wordpress-letterpress.txt"), StandardCharsets.UTF_8);
        assertTrue(text.startsWith(title + "\n"), text);
        assertEquals(Files.readString(docs.resolve("wordpress-letterpress.txt"), StandardCharsets.UTF_8), text,
                "rendering the TEI again gives the text copy written with it");
    }

    @Test
    void aFileThatIsNotOneOfOurDocumentsFailsAndTheOthersAreRendered() throws Exception {
        Path docs = tmp.resolve("docs");
        ConvertCommandTest.run("convert", "-q", "-f", "tei", "-o", docs.toString(), PAGE);
        Path stranger = Files.writeString(tmp.resolve("feed.xml"), "<rss version=\"2.0\"><channel/></rss>");
        Path out = tmp.resolve("out");
        ConvertCommandTest.Result r = ConvertCommandTest.run("render", "--to", "html", "-o", out.toString(),
                stranger.toString(), docs.resolve("wordpress-letterpress.tei.xml").toString());
        assertEquals(Main.ITEM_FAILED, r.code());
        assertTrue(r.err().contains("feed.xml: not a TEI or NewsML-G2 document"), r.err());
        assertTrue(Files.exists(out.resolve("wordpress-letterpress.html")));
        assertEquals(1, Files.list(out).count());
    }

    @Test
    void anUnknownTargetIsAUsageError() {
        ConvertCommandTest.Result r = ConvertCommandTest.run("render", "--to", "pdf", "x.tei.xml");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("--to takes html or text"), r.err());
    }
}
