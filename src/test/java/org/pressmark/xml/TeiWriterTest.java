package org.pressmark.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressmark.model.Article;
import org.pressmark.model.Block;
import org.pressmark.model.Comment;
import org.pressmark.model.Direction;
import org.pressmark.model.Inline;
import org.pressmark.model.Metadata;
import org.pressmark.model.PageDate;
import org.pressmark.model.Provenance;
import org.pressmark.testing.TeiConformance;
import org.pressmark.validate.Finding;
import org.pressmark.validate.XmlSchemas;
import org.pressmark.validate.XmlValidator;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class TeiWriterTest {

    static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    static final ConversionStamp STAMP = new ConversionStamp("Pressmark", "0.1.0-SNAPSHOT",
            Instant.parse("2026-01-15T09:30:00Z"));

    private final TeiWriter writer = new TeiWriter();

    static Inline.Text t(String s) {
        return new Inline.Text(s);
    }

    /** An article that uses every block and inline kind, every metadata field, comments, RTL and WARC fields. */
    static Article fullArticle() {
        Map<Metadata.Field, Metadata.Origin> origins = new EnumMap<>(Metadata.Field.class);
        Metadata md = Metadata.builder()
                .title("عنوان المقال & <more>", Metadata.Origin.JSON_LD)
                .authors(List.of("Ana Autora", "Bo Writer"), Metadata.Origin.MICRODATA)
                .published(PageDate.of(OffsetDateTime.of(2021, 8, 20, 14, 3, 0, 0, ZoneOffset.ofHours(2))),
                        Metadata.Origin.OPENGRAPH)
                .modified(PageDate.of(LocalDate.of(2021, 9, 1)), Metadata.Origin.META)
                .site("Example Blog", Metadata.Origin.OPENGRAPH)
                .language("ar", Metadata.Origin.MARKUP)
                .direction(Direction.RTL, Metadata.Origin.MARKUP)
                .url("https://blog.example.org/2021/08/a post|ü?q=1#frag#more", Metadata.Origin.MICROFORMATS)
                .description("A short summary.", Metadata.Origin.META)
                .tags(List.of("rivers", "volunteering"), Metadata.Origin.JSON_LD)
                .rights("CC BY 4.0", Metadata.Origin.TEXT)
                .build();
        assertTrue(origins.isEmpty());

        Inline.Link link = new Inline.Link("https://example.org/x y", List.of(t("a link")));
        Block.Paragraph everyInline = new Block.Paragraph(List.of(
                t("Plain \u0001text\uFFFE with emoji \uD83D\uDE00, "),
                new Inline.Styled(Inline.Style.ITALIC, List.of(t("italic "),
                        new Inline.Styled(Inline.Style.BOLD, List.of(t("bold"))))),
                new Inline.Styled(Inline.Style.UNDERLINE, List.of(t("u"))),
                new Inline.Styled(Inline.Style.STRIKETHROUGH, List.of(t("s"))),
                new Inline.Styled(Inline.Style.SUPERSCRIPT, List.of(t("2"))),
                new Inline.Styled(Inline.Style.SUBSCRIPT, List.of(t("i"))),
                t(" "), link, t(" "),
                new Inline.Quote(List.of(t("“quoted”"))),
                new Inline.Code("x < y && z"),
                new Inline.LineBreak(),
                t("after break")));
        Block.Quotation quotation = new Block.Quotation(List.of(
                new Block.Heading(3, List.of(t("Heading inside a quote"))),
                new Block.Paragraph(List.of(t("Quoted words.")))), "Somebody Famous", Block.QuoteKind.QUOTATION);
        Block.Quotation embedded = new Block.Quotation(List.of(new Block.Paragraph(List.of(t("A toot.")))),
                null, Block.QuoteKind.EMBEDDED_POST);
        Block.ListBlock sub = new Block.ListBlock(false, List.of(new Block.ListItem(List.of(t("inner")), List.of())));
        Block.ListBlock list = new Block.ListBlock(true, List.of(
                new Block.ListItem(List.of(t("first")), List.of(sub)),
                new Block.ListItem(List.of(t("second")), List.of())));
        Block.Table table = new Block.Table(List.of(t("Caption")), List.of(
                new Block.TableRow(List.of(new Block.TableCell(true, 2, 1, List.of(t("Head"))))),
                new Block.TableRow(List.of(new Block.TableCell(false, 1, 2, List.of(t("a"))),
                        new Block.TableCell(false, 1, 1, List.of())))));
        Block.Figure figure = new Block.Figure("/img/a picture.jpg", "Alt text", List.of(t("Figure caption")));
        Block.Preformatted code = new Block.Preformatted("int main() {\n    return 0;\n}\n", "c++");

        List<Block> body = List.of(
                everyInline, quotation, embedded, list, table, figure, code,
                new Block.Heading(2, List.of(t("First section"))),
                new Block.Paragraph(List.of(t("In the first section."))),
                new Block.Heading(3, List.of(t("Second "), new Inline.Styled(Inline.Style.ITALIC, List.of(t("section"))))),
                new Block.Figure(null, null, List.of()),
                new Block.Paragraph(List.of(t("Last words."))));
        List<Comment> comments = List.of(
                new Comment("Reader One", PageDate.of(OffsetDateTime.of(2021, 8, 21, 9, 0, 0, 0, ZoneOffset.UTC)),
                        List.of(new Block.Paragraph(List.of(t("Great post!"))))),
                new Comment(null, null, List.of(new Block.Heading(4, List.of(t("A heading in a comment"))),
                        new Block.Paragraph(List.of(t("Anonymous."))))));
        Provenance pv = new Provenance("post.html", "site/2021/post.html", "text/html", "UTF-8", SHA, 1234,
                "https://blog.example.org/2021/08/a-post", Instant.parse("2021-08-22T10:00:00Z"),
                "<urn:uuid:12345678-1234-1234-1234-123456789abc>", "crawl-2021.warc.gz", 98765, "sha1:ABCDEF");
        return new Article(md, body, comments, pv);
    }

    @Test
    void fullArticleIsValidAgainstProfileAndTeiAll() {
        byte[] xml = writer.write(fullArticle(), STAMP);
        List<Finding> findings = XmlValidator.validate(XmlSchemas.TEI, xml, "full.tei.xml");
        assertEquals(List.of(), findings, () -> new String(xml, StandardCharsets.UTF_8));
        TeiConformance.assertValid(xml, "full.tei.xml");
    }

    @Test
    void headerCarriesMetadataAndProvenance() throws Exception {
        Xml doc = new Xml(writer.write(fullArticle(), STAMP));
        assertEquals("عنوان المقال & <more>", doc.value("/t:TEI/t:teiHeader/t:fileDesc/t:titleStmt/t:title[@type='main']"));
        assertEquals("ar", doc.value("/t:TEI/@xml:lang"));
        assertEquals("Ana Autora|Bo Writer", doc.joined("//t:titleStmt/t:author"));
        assertEquals("Pressmark", doc.value("//t:publicationStmt/t:publisher"));
        assertEquals("2026-01-15T09:30:00Z", doc.value("//t:publicationStmt/t:date[@type='conversion']/@when"));
        assertEquals("CC BY 4.0", doc.value("//t:publicationStmt/t:availability/t:licence"));
        String bibl = "//t:sourceDesc/t:bibl[@type='webPage']";
        assertEquals("Example Blog", doc.value(bibl + "/t:title[@level='j']"));
        assertEquals("2021-08-20T14:03:00+02:00", doc.value(bibl + "/t:date[@type='published']/@when"));
        assertEquals("2021-09-01", doc.value(bibl + "/t:date[@type='modified']/@when"));
        assertEquals("2021-08-22T10:00:00Z", doc.value(bibl + "/t:date[@type='captured']/@when"));
        assertEquals("https://blog.example.org/2021/08/a%20post%7C%C3%BC?q=1#frag%23more",
                doc.value(bibl + "/t:ptr[@type='original']/@target"));
        assertEquals(SHA, doc.value(bibl + "/t:idno[@type='sha256']"));
        assertEquals("post.html", doc.value(bibl + "/t:idno[@type='source-file']"));
        assertEquals("site/2021/post.html", doc.value(bibl + "/t:idno[@type='source-path']"));
        assertEquals("<urn:uuid:12345678-1234-1234-1234-123456789abc>", doc.value(bibl + "/t:idno[@type='warc-record-id']"));
        assertEquals("sha1:ABCDEF", doc.value(bibl + "/t:idno[@type='warc-payload-digest']"));
        assertEquals("crawl-2021.warc.gz", doc.value(bibl + "/t:note[@type='warc-file']"));
        assertEquals("98765", doc.value(bibl + "/t:note[@type='warc-offset']"));
        assertEquals("1234", doc.value(bibl + "/t:extent/t:measure[@unit='byte']/@quantity"));
        assertEquals("A short summary.", doc.value(bibl + "/t:note[@type='description']"));
        assertEquals("json-ld", doc.value("//t:notesStmt/t:note[@type='metadata-origin'][@subtype='title']"));
        assertEquals("11", doc.value("count(//t:notesStmt/t:note)"));
        assertEquals("0", doc.value("//t:application[@ident='Pressmark']/@version").substring(0, 1));
        assertEquals("0.1.0-SNAPSHOT", doc.value("//t:application/t:p"));
        assertEquals("ar", doc.value("//t:profileDesc/t:langUsage/t:language/@ident"));
        assertEquals("rivers|volunteering", doc.joined("//t:keywords/t:term"));
    }

    @Test
    void bodyIsEntryWithFlatSectionsThenComments() throws Exception {
        Xml doc = new Xml(writer.write(fullArticle(), STAMP));
        assertEquals("direction: rtl", doc.value("/t:TEI/t:text/@style"));
        String entry = "/t:TEI/t:text/t:body/t:div[@type='entry']";
        assertEquals("First section|Second section", doc.joined(entry + "/t:div[@type='section']/t:head"));
        assertEquals("h2|h3", doc.joined(entry + "/t:div[@type='section']/t:head/@rend"));
        assertEquals("0", doc.value("count(//t:div[@type='section']//t:div)"));
        assertEquals("7", doc.value("count(" + entry + "/*[not(self::t:div)])"));
        assertEquals("Plain text with emoji \uD83D\uDE00, ", doc.value("(" + entry + "/t:p)[1]/text()[1]"));
        assertEquals("italic|bold|underline|strikethrough|superscript|subscript", doc.joined(entry + "/t:p[1]//t:hi/@rend"));
        assertEquals("https://example.org/x%20y", doc.value(entry + "/t:p[1]/t:ref/@target"));
        assertEquals("“quoted”", doc.value(entry + "/t:p[1]/t:q"));
        assertEquals("x < y && z", doc.value(entry + "/t:p[1]/t:code"));
        assertEquals("1", doc.value("count(" + entry + "/t:p[1]/t:lb)"));
        assertEquals("Somebody Famous", doc.value(entry + "/t:cit/t:bibl"));
        assertEquals("h3", doc.value(entry + "/t:cit/t:quote/t:p[1]/@rend"));
        assertEquals("A toot.", doc.value(entry + "/t:quote[@type='embedded-post']/t:p"));
        assertEquals("inner", doc.value(entry + "/t:list[@type='ordered']/t:item[1]/t:list[@type='unordered']/t:item"));
        assertEquals("Caption", doc.value(entry + "/t:table/t:head"));
        assertEquals("label|2", doc.value(entry + "/t:table/t:row[1]/t:cell/@role") + "|"
                + doc.value(entry + "/t:table/t:row[1]/t:cell/@cols"));
        assertEquals("2", doc.value(entry + "/t:table/t:row[2]/t:cell[1]/@rows"));
        assertEquals("0", doc.value("count(" + entry + "/t:table/t:row[2]/t:cell[2]/node())"));
        assertEquals("/img/a%20picture.jpg", doc.value(entry + "/t:figure/t:graphic/@url"));
        assertEquals("Alt text", doc.value(entry + "/t:figure/t:figDesc"));
        assertEquals("Figure caption", doc.value(entry + "/t:figure/t:head"));
        assertEquals("int main() {\n    return 0;\n}\n", doc.value(entry + "/t:ab[@type='code'][@subtype='c++']"));
        assertEquals("preserve", doc.value(entry + "/t:ab/@xml:space"));
        String comments = "/t:TEI/t:text/t:body/t:div[@type='comments']";
        assertEquals("2", doc.value("count(" + comments + "/t:post[@type='comment'])"));
        assertEquals("Reader One", doc.value(comments + "/t:post[1]/t:byline/t:docAuthor"));
        assertEquals("2021-08-21T09:00:00Z", doc.value(comments + "/t:post[1]/@when"));
        assertEquals("h4", doc.value(comments + "/t:post[2]/t:p[1]/@rend"));
    }

    @Test
    void mixedContentGetsNoIndentation() {
        String xml = new String(writer.write(fullArticle(), STAMP), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<hi rend=\"italic\">italic <hi rend=\"bold\">bold</hi></hi><hi rend=\"underline\">u</hi>"), xml);
        assertTrue(xml.contains("\n        <div type=\"section\">\n          <head rend=\"h2\">"), xml);
        assertTrue(xml.contains("emoji \uD83D\uDE00,"), xml);
    }

    /**
     * An attribute with a fixed list of words (a div's or post's type, hi's rend, a date's type)
     * restricts xs:token with its list rather than the word type: these pin that it refuses another
     * word and what the word pattern refuses, and still takes a listed value with white space around
     * it, as a word does.
     */
    @ParameterizedTest
    @ValueSource(strings = {"other", "Entry", "entry comments", "entry\u00a0", "entry\u200b", "", "   "})
    void listedWordsRefuseAnyOtherValue(String value) {
        for (String attribute : LISTED_WORDS) {
            String changed = replaced(attribute, value);
            assertFalse(XmlValidator.validate(XmlSchemas.TEI, changed.getBytes(StandardCharsets.UTF_8), "x.xml").isEmpty(),
                    attribute + " -> \"" + value + "\" passed");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {" %s", "%s ", "\t%s\n"})
    void listedWordsTakeTheirValueWithWhiteSpaceAround(String shape) {
        for (String attribute : LISTED_WORDS) {
            String listed = attribute.substring(attribute.indexOf('"') + 1, attribute.length() - 1);
            String changed = replaced(attribute, shape.formatted(listed).replace("\t", "&#9;").replace("\n", "&#10;"));
            assertEquals(List.of(), XmlValidator.validate(XmlSchemas.TEI, changed.getBytes(StandardCharsets.UTF_8), "x.xml"),
                    attribute + " -> \"" + shape + "\"");
        }
    }

    /** An open word (the code block's subtype) still takes any word and refuses what is none. */
    @ParameterizedTest
    @ValueSource(strings = {"python", "x-1", "c#"})
    void openWordTakesAnyWord(String value) {
        String changed = replaced("subtype=\"c++\"", value);
        assertEquals(List.of(), XmlValidator.validate(XmlSchemas.TEI, changed.getBytes(StandardCharsets.UTF_8), "x.xml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"c c", "c\u00a0c", "c\u200bc", "c&#1;", ""})
    void openWordRefusesWhatIsNoWord(String value) {
        String changed = replaced("subtype=\"c++\"", value);
        assertFalse(XmlValidator.validate(XmlSchemas.TEI, changed.getBytes(StandardCharsets.UTF_8), "x.xml").isEmpty(),
                "subtype \"" + value + "\" passed");
    }

    private static final List<String> LISTED_WORDS = List.of("type=\"entry\"", "type=\"comment\"", "rend=\"italic\"",
            "type=\"webPage\"", "type=\"section\"", "type=\"code\"");

    /** The full article's TEI with the one given attribute's value (there must be one) replaced. */
    private String replaced(String attribute, String value) {
        String xml = new String(writer.write(fullArticle(), STAMP), StandardCharsets.UTF_8);
        int at = xml.indexOf(" " + attribute);
        assertTrue(at >= 0, "the full article has no " + attribute);
        int start = xml.indexOf('"', at) + 1;
        return xml.substring(0, start) + value + xml.substring(xml.indexOf('"', start));
    }

    @Test
    void sameInputGivesSameBytes() {
        byte[] first = writer.write(fullArticle(), STAMP);
        byte[] second = new TeiWriter().write(fullArticle(), STAMP);
        assertArrayEquals(first, second);
    }

    @Test
    void minimalArticleUsesSourceNameAsTitleAndIsValid() throws Exception {
        Article a = new Article(Metadata.empty(), List.of(), List.of(),
                Provenance.ofFile("empty.html", null, "text/html", "UTF-8", SHA, 0));
        byte[] xml = writer.write(a, new ConversionStamp("Pressmark", "1.2.3", Instant.EPOCH));
        assertEquals(List.of(), XmlValidator.validate(XmlSchemas.TEI, xml, "minimal"));
        TeiConformance.assertValid(xml, "minimal");
        Xml doc = new Xml(xml);
        assertEquals("empty.html", doc.value("//t:titleStmt/t:title"));
        assertEquals("1.2.3", doc.value("//t:application/@version"));
        assertEquals("0", doc.value("count(//t:application/t:p | //t:profileDesc | //t:notesStmt | /t:TEI/@xml:lang)"));
        assertEquals("0", doc.value("count(//t:text/@style | //t:div[@type='comments'])"));
    }

    @Test
    void unusableUrlsAreDroppedAndEmptyStructuresLeftOut() throws Exception {
        Metadata md = Metadata.builder().url("http://[broken", null).language("not a tag", null).build();
        List<Block> body = List.of(
                new Block.Paragraph(List.of(new Inline.Link("http://exa mple.org:port/%zz", List.of(t("kept text"))),
                        new Inline.Link("   ", List.of(t("blank"))))),
                new Block.Figure("http://[::1", null, List.of()),
                new Block.ListBlock(false, List.of()),
                new Block.Table(List.of(t("Only a caption")), List.of(new Block.TableRow(List.of()))),
                new Block.Preformatted("x", "objective c"));
        Article a = new Article(md, body, List.of(), Provenance.ofFile("u.html", "u.html", "text/html", "UTF-8", SHA, 1));
        byte[] xml = writer.write(a, STAMP);
        assertEquals(List.of(), XmlValidator.validate(XmlSchemas.TEI, xml, "urls"), () -> new String(xml, StandardCharsets.UTF_8));
        TeiConformance.assertValid(xml, "urls");
        Xml doc = new Xml(xml);
        assertEquals("0", doc.value("count(//t:ptr | //t:graphic | //t:list | //t:table)"));
        // the path is written even when it equals the name, so that a reader can tell it from "unknown"
        assertEquals("u.html", doc.value("//t:idno[@type='source-path']"));
        assertEquals("kept text", doc.value("//t:ref[1]"));
        assertEquals("Only a caption", doc.value("//t:div[@type='entry']/t:p[2]"));
        assertEquals("objective-c", doc.value("//t:ab/@subtype"));
        assertFalse(doc.value("//t:ref[1]/@target").contains(" "));
    }

    @Test
    void awkwardUrlsAreWrittenValidOrLeftOut() throws Exception {
        List<String> urls = List.of("http://a b/c d", "javascript:alert(1)", "mailto:a@b.example", "//cdn.example/x.png",
                "a%", "%E0%A4%A", "http://例え.jp/パス?キー=値", "http://x/\"quoted\"", "http://x/{a}|b^c`d\\e",
                "http://x/[1]", "http://[::1]:8080/x", "#", "##", "?", "http://x:80:80/", "\t", "http://x/a\u0000b",
                "C:\\path\\file.jpg", "http://user@host@x/", "http://x/%zz%41", "1http://x", ":", "http://");
        List<Block> body = new java.util.ArrayList<>();
        for (String u : urls) {
            body.add(new Block.Paragraph(List.of(new Inline.Link(u, List.of(t(u.strip().isEmpty() ? "blank" : "x"))))));
            body.add(new Block.Figure(u, null, List.of()));
        }
        Article a = new Article(Metadata.builder().url(urls.get(0), null).build(), body, List.of(),
                Provenance.ofFile("u.html", null, "text/html", "UTF-8", SHA, 1));
        byte[] xml = writer.write(a, STAMP);
        assertEquals(List.of(), XmlValidator.validate(XmlSchemas.TEI, xml, "awkward-urls"),
                () -> new String(xml, StandardCharsets.UTF_8));
        TeiConformance.assertValid(xml, "awkward-urls");
        Xml doc = new Xml(xml);
        assertEquals("http://a%20b/c%20d", doc.value("//t:ptr[@type='original']/@target"));
        assertEquals("http://x/%7Ba%7D%7Cb%5Ec%60d%5Ce", doc.value("//t:p[9]/t:ref/@target"));
        assertEquals("http://[::1]:8080/x", doc.value("//t:p[11]/t:ref/@target"));
        assertEquals("#%23", doc.value("//t:p[13]/t:ref/@target"));
    }

    @Test
    void writersOnManyThreadsGiveTheSameBytes() throws Exception {
        byte[] expected = writer.write(fullArticle(), STAMP);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<byte[]>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> writer.write(fullArticle(), STAMP)));
            }
            for (java.util.concurrent.Future<byte[]> r : results) {
                assertArrayEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    /** A parsed document with XPath in the TEI namespace (prefix t). */
    static final class Xml {
        private final Document doc;
        private final XPath xpath;

        Xml(byte[] bytes) throws Exception {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
            xpath = XPathFactory.newDefaultInstance().newXPath();
            xpath.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return switch (prefix) {
                        case "t" -> "http://www.tei-c.org/ns/1.0";
                        case "xml" -> "http://www.w3.org/XML/1998/namespace";
                        default -> "";
                    };
                }

                @Override
                public String getPrefix(String uri) {
                    return null;
                }

                @Override
                public Iterator<String> getPrefixes(String uri) {
                    return null;
                }
            });
        }

        String value(String expr) throws Exception {
            return xpath.evaluate(expr, doc);
        }

        String joined(String expr) throws Exception {
            NodeList nodes = (NodeList) xpath.evaluate(expr, doc, XPathConstants.NODESET);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < nodes.getLength(); i++) {
                sb.append(i == 0 ? "" : "|").append(nodes.item(i).getTextContent());
            }
            return sb.toString();
        }
    }
}
