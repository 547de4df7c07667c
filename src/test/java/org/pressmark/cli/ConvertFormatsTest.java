package org.pressmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressmark.ItemException;
import org.pressmark.Pressmark;
import org.pressmark.model.Article;
import org.pressmark.testing.NewsMlConformance;

/** {@code convert --format}, and converting between TEI and NewsML-G2 through the article model. */
class ConvertFormatsTest {

    static final String PAGE = "testdata/pages/wordpress-letterpress.html";

    @TempDir
    Path tmp;

    private static Article readBack(Path file) throws IOException, ItemException {
        return Pressmark.create().readBack(Files.readAllBytes(file), file.toString());
    }

    @Test
    void formatListChoosesTheFilesWritten() throws IOException {
        Path out = tmp.resolve("out");
        ConvertCommandTest.Result r = ConvertCommandTest.run("convert", "--format", "newsml,tei", "-o", out.toString(), PAGE);
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals(List.of("wordpress-letterpress.newsml.xml", "wordpress-letterpress.tei.xml"), ConvertCommandTest.filesIn(out));
        byte[] newsMl = Files.readAllBytes(out.resolve("wordpress-letterpress.newsml.xml"));
        assertTrue(new String(newsMl, java.nio.charset.StandardCharsets.UTF_8).contains("<newsItem "));
        if (NewsMlConformance.available()) {
            NewsMlConformance.assertValid(newsMl, "wordpress-letterpress.newsml.xml");
        }
    }

    @Test
    void defaultFormatsAreTeiHtmlAndText() throws IOException {
        Path out = tmp.resolve("out");
        ConvertCommandTest.Result r = ConvertCommandTest.run("convert", "-q", "-o", out.toString(), PAGE);
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals(List.of("wordpress-letterpress.html", "wordpress-letterpress.tei.xml", "wordpress-letterpress.txt"),
                ConvertCommandTest.filesIn(out));
    }

    @Test
    void newsMlConvertsToTeiAndBackThroughTheSameArticle() throws Exception {
        Path first = tmp.resolve("first");
        assertEquals(Main.OK, ConvertCommandTest.run("convert", "-q", "-f", "tei,newsml", "-o", first.toString(), PAGE).code());
        Path second = tmp.resolve("second");
        ConvertCommandTest.Result r = ConvertCommandTest.run("convert", "-q", "-f", "tei,html", "-o", second.toString(),
                first.resolve("wordpress-letterpress.newsml.xml").toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals(List.of("wordpress-letterpress.html", "wordpress-letterpress.tei.xml"), ConvertCommandTest.filesIn(second),
                "NAME.newsml.xml gives NAME.*");
        Path third = tmp.resolve("third");
        r = ConvertCommandTest.run("convert", "-q", "-f", "newsml", "-o", third.toString(),
                second.resolve("wordpress-letterpress.tei.xml").toString());
        assertEquals(Main.OK, r.code(), r.err());

        Article original = readBack(first.resolve("wordpress-letterpress.tei.xml"));
        assertEquals(original, readBack(first.resolve("wordpress-letterpress.newsml.xml")));
        assertEquals(original, readBack(second.resolve("wordpress-letterpress.tei.xml")));
        assertEquals(original, readBack(third.resolve("wordpress-letterpress.newsml.xml")));
        assertTrue(original.provenance().sourcePath().endsWith(PAGE), "provenance names the page, not the XML file");
    }

    @Test
    void unknownFormatIsAUsageError() {
        ConvertCommandTest.Result r = ConvertCommandTest.run("convert", "--format", "tei,pdf", PAGE);
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("unknown format 'pdf'"), r.err());
    }

    @Test
    void anXmlFileThatIsNotOursIsConvertedAsAPageOrFailsAlone() throws IOException {
        Path odd = Files.writeString(tmp.resolve("odd.tei.xml"),
                "<?xml version=\"1.0\"?><TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/></TEI>");
        Path out = tmp.resolve("out");
        ConvertCommandTest.Result r = ConvertCommandTest.run("convert", "-o", out.toString(), odd.toString(), PAGE);
        assertEquals(Main.ITEM_FAILED, r.code());
        assertTrue(r.err().contains(odd.toString()) && r.err().contains("not a TEI document of the Pressmark profile"),
                r.err());
        assertEquals(3, ConvertCommandTest.filesIn(out).size(), "the page is still converted");
    }
}
