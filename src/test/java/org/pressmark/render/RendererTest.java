package org.pressmark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererTest {

    @Test
    void sharedRendererIsOnePerProcess() {
        assertSame(Renderer.shared(), Renderer.shared());
    }

    @Test
    void renderingTwiceGivesTheSameString() throws RenderException {
        for (String fixture : List.of(Fixtures.RICH, Fixtures.MINIMAL, Fixtures.RTL)) {
            assertEquals(Fixtures.html(fixture), Fixtures.html(fixture), fixture);
            assertEquals(Fixtures.text(fixture), Fixtures.text(fixture), fixture);
        }
    }

    @Test
    void aDocumentParsedOnceRendersAsTheBytesWouldInBothFormats() throws RenderException {
        for (String fixture : List.of(Fixtures.RICH, Fixtures.MINIMAL, Fixtures.RTL)) {
            Renderer.ParsedTei parsed = Renderer.shared().parse(Fixtures.bytes(fixture), fixture);
            assertEquals(Fixtures.html(fixture), Renderer.shared().toHtml(parsed), fixture);
            assertEquals(Fixtures.text(fixture), Renderer.shared().toText(parsed), fixture);
            assertEquals(Renderer.shared().toHtml(parsed), Renderer.shared().toHtml(parsed), fixture);
        }
    }

    /** A tree built from a SAX parse done elsewhere, as conversion builds it while validating. */
    private static Renderer.ParsedTei builtFromEvents(byte[] tei, String name) throws Exception {
        javax.xml.parsers.SAXParserFactory factory = javax.xml.parsers.SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        org.xml.sax.XMLReader reader = factory.newSAXParser().getXMLReader();
        Renderer.TreeBuilder tree = Renderer.shared().treeBuilder(name);
        reader.setContentHandler(tree.handler());
        reader.parse(new org.xml.sax.InputSource(new java.io.ByteArrayInputStream(tei)));
        return tree.result();
    }

    /** The text nodes of the tree that are white space only. */
    private static List<String> whiteSpaceTexts(net.sf.saxon.s9api.XdmNode node) {
        List<String> found = new ArrayList<>();
        node.select(net.sf.saxon.s9api.streams.Steps.descendant()).forEach(n -> {
            if (n.getNodeKind() == net.sf.saxon.s9api.XdmNodeKind.TEXT && n.getStringValue().isBlank()) {
                found.add(n.getStringValue());
            }
        });
        return found;
    }

    @Test
    void aTreeBuiltFromSaxEventsRendersAsTheBytesDo() throws Exception {
        for (String fixture : List.of(Fixtures.RICH, Fixtures.MINIMAL, Fixtures.RTL)) {
            Renderer.ParsedTei built = builtFromEvents(Fixtures.bytes(fixture), fixture);
            assertEquals(Fixtures.html(fixture), Renderer.shared().toHtml(built), fixture);
            assertEquals(Fixtures.text(fixture), Renderer.shared().toText(built), fixture);
        }
        // the layout white space between the header's and the list's elements goes; the space between two
        // words set in their own elements stays, in a tree built either way
        String tei = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <teiHeader>\n    <fileDesc>\n      <titleStmt>\n"
                + "        <title>T</title>\n      </titleStmt>\n    </fileDesc>\n  </teiHeader>\n  <text>\n    <body>\n"
                + "      <p><hi rend=\"bold\">two</hi> <hi rend=\"italic\">words</hi></p>\n      <list>\n        <item>one</item>\n"
                + "        <item>two</item>\n      </list>\n    </body>\n  </text>\n</TEI>\n";
        byte[] bytes = tei.getBytes(StandardCharsets.UTF_8);
        Renderer.ParsedTei parsed = Renderer.shared().parse(bytes, "spaces.xml");
        Renderer.ParsedTei built = builtFromEvents(bytes, "spaces.xml");
        for (Renderer.ParsedTei tree : List.of(parsed, built)) {
            assertEquals(List.of(" "), whiteSpaceTexts(tree.document()), "only the word gap in the p is left");
        }
        String text = Renderer.shared().toText(built);
        assertTrue(text.contains("two words"), text);
        assertEquals(Renderer.shared().toText(parsed), text);
        assertEquals(Renderer.shared().toHtml(parsed), Renderer.shared().toHtml(built));
    }

    @Test
    void onlyTheCommonStylesheetSaysWhichWhiteSpaceIsStripped() throws Exception {
        // the trees are stripped once, by the rule of tei-common.xsl, for both stylesheets
        for (String name : List.of("tei-common.xsl", "tei-to-html.xsl", "tei-to-text.xsl")) {
            String xsl;
            try (java.io.InputStream in = Renderer.class.getResourceAsStream("/org/pressmark/xslt/" + name)) {
                xsl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertEquals(name.equals("tei-common.xsl"), xsl.contains("<xsl:strip-space"), name);
            assertFalse(xsl.contains("<xsl:preserve-space"), name);
        }
    }

    @Test
    void aDocumentThatFailsToParseDoesNotSpoilTheNextOne() throws RenderException {
        String good = Fixtures.html(Fixtures.RICH);
        byte[] broken = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>".getBytes(StandardCharsets.UTF_8);
        assertThrows(RenderException.class, () -> Renderer.shared().parse(broken, "broken.xml"));
        assertEquals(good, Fixtures.html(Fixtures.RICH));
    }

    @Test
    void renderingFromManyThreadsGivesTheSameResultsAsOneThread() throws Exception {
        List<String> fixtures = List.of(Fixtures.RICH, Fixtures.MINIMAL, Fixtures.RTL);
        List<String> expected = new ArrayList<>();
        for (String fixture : fixtures) {
            expected.add(Fixtures.html(fixture));
            expected.add(Fixtures.text(fixture));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (String fixture : fixtures) {
                    results.add(pool.submit(() -> Fixtures.html(fixture)));
                    results.add(pool.submit(() -> Fixtures.text(fixture)));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % expected.size()), results.get(i).get(), "result " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void malformedXmlIsARenderExceptionNamingTheDocumentAndPrintsNothing() {
        byte[] broken = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>".getBytes(StandardCharsets.UTF_8);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        RenderException e;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            e = assertThrows(RenderException.class, () -> Renderer.shared().toHtml(broken, "broken.tei.xml"));
        } finally {
            System.setErr(err);
        }
        assertEquals("broken.tei.xml", e.item());
        assertTrue(e.getMessage().startsWith("broken.tei.xml: cannot read the TEI document"), e.getMessage());
        assertFalse(e.details().isEmpty());
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void doctypeIsRefusedSoExternalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-MARKER");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>&s;</p></body></text></TEI>";
        RenderException e = assertThrows(RenderException.class,
                () -> Renderer.shared().toText(xml.getBytes(StandardCharsets.UTF_8), "entity.tei.xml"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRET-MARKER"));
    }

    @Test
    void documentWithoutSystemIdIsNamedInErrors() {
        RenderException e = assertThrows(RenderException.class,
                () -> Renderer.shared().toText("not xml".getBytes(StandardCharsets.UTF_8), null));
        assertEquals("TEI document", e.item());
    }

    @Test
    void nullBytesAreMisuse() {
        assertThrows(NullPointerException.class, () -> Renderer.shared().toHtml(null, "x"));
    }
}
