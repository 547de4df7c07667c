package org.pressmark.apitest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressmark.cli.Main;
import org.pressmark.testing.TeiConformance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The canonical text scrape of issue 2, converted from the command line exactly as a librarian would:
 * the title, the date and exactly the twelve body paragraphs, in TEI, HTML and text.
 */
class CanonicalSampleTest {

    static final Path SAMPLE = Path.of("../shared/samples/000_786deff45408cb8e.txt");
    static final String TITLE = "Anti-Taliban Resistance Recaptures Multiple Areas as Afghans Fight Back";
    static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

    @TempDir
    static Path out;
    static List<String> expectedParagraphs;

    @BeforeAll
    static void convertTheSample() throws Exception {
        assumeTrue(Files.isRegularFile(SAMPLE), "../shared/samples is absent: the canonical sample test is skipped");
        // The twelve paragraphs are the blank-line separated blocks between the title and the comment counter.
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8).replace("\r\n", "\n");
        List<String> blocks = new ArrayList<>(Arrays.asList(text.split("\n\\s*\n")));
        blocks.replaceAll(String::strip);
        int start = 2;
        int end = blocks.indexOf("No comments :");
        expectedParagraphs = blocks.subList(start, end);
        assertEquals(12, expectedParagraphs.size(), "the sample's shape");

        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "convert", SAMPLE.toString(), "--out", out.toString());
        assertEquals(0, code, err.toString());
    }

    private static Document parse(Path p) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(p.toFile());
    }

    @Test
    void teiHoldsTheTitleTheDateAndExactlyTheTwelveParagraphs() throws Exception {
        Path tei = out.resolve("000_786deff45408cb8e.tei.xml");
        Document doc = parse(tei);
        Element titleStmt = (Element) doc.getElementsByTagNameNS(TEI_NS, "titleStmt").item(0);
        assertEquals(TITLE, titleStmt.getElementsByTagNameNS(TEI_NS, "title").item(0).getTextContent().strip());

        boolean publishedFound = false;
        NodeList dates = doc.getElementsByTagNameNS(TEI_NS, "date");
        for (int i = 0; i < dates.getLength(); i++) {
            Element d = (Element) dates.item(i);
            if (d.getAttribute("type").equals("published")) {
                assertEquals("2021-08-20", d.getAttribute("when"));
                publishedFound = true;
            }
        }
        assertTrue(publishedFound, "a published date");

        Element entry = null;
        NodeList divs = doc.getElementsByTagNameNS(TEI_NS, "div");
        for (int i = 0; i < divs.getLength(); i++) {
            if (((Element) divs.item(i)).getAttribute("type").equals("entry")) {
                entry = (Element) divs.item(i);
            }
        }
        assertTrue(entry != null, "an entry div");
        NodeList ps = entry.getElementsByTagNameNS(TEI_NS, "p");
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < ps.getLength(); i++) {
            actual.add(ps.item(i).getTextContent().replaceAll("\\s+", " ").strip());
        }
        assertEquals(expectedParagraphs, actual);
        String entryText = entry.getTextContent();
        for (String furniture : List.of("No comments", "Post a Comment", "Featured Post", "LinkWithin",
                "Only News", "Calculadora")) {
            assertFalse(entryText.contains(furniture), furniture);
        }
        TeiConformance.assertValid(Files.readAllBytes(tei), tei.toString());
    }

    @Test
    void htmlHoldsTheSameTitleAndParagraphs() throws Exception {
        org.jsoup.nodes.Document html = Jsoup.parse(out.resolve("000_786deff45408cb8e.html").toFile(), "UTF-8");
        assertEquals(TITLE, html.selectFirst("h1").text());
        String body = html.body().text();
        for (String p : expectedParagraphs) {
            assertTrue(body.contains(p), p);
        }
        assertTrue(html.select("script").isEmpty());
    }

    @Test
    void textHoldsTheSameTitleAndParagraphsSeparatedByBlankLines() throws Exception {
        String text = Files.readString(out.resolve("000_786deff45408cb8e.txt"), StandardCharsets.UTF_8);
        assertTrue(text.startsWith(TITLE), text.substring(0, Math.min(200, text.length())));
        for (String p : expectedParagraphs) {
            assertTrue(text.contains("\n\n" + p + "\n"), p);
        }
        assertFalse(text.contains("Featured Post"));
    }
}
