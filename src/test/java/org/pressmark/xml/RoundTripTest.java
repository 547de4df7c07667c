package org.pressmark.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressmark.ItemException;
import org.pressmark.model.Article;
import org.pressmark.model.Block;
import org.pressmark.model.Comment;
import org.pressmark.model.Direction;
import org.pressmark.model.Inline;
import org.pressmark.model.Metadata;
import org.pressmark.model.PageDate;
import org.pressmark.model.Provenance;
import org.pressmark.testing.NewsMlConformance;

/** Article → TEI → article and article → NewsML-G2 → article give back an equal article. */
class RoundTripTest {

    static final ConversionStamp STAMP = TeiWriterTest.STAMP;

    private final TeiWriter teiWriter = new TeiWriter();
    private final TeiReader teiReader = new TeiReader();
    private final NewsMlWriter newsMlWriter = new NewsMlWriter();
    private final NewsMlReader newsMlReader = new NewsMlReader();

    static Inline.Text t(String s) {
        return new Inline.Text(s);
    }

    /** Every metadata field with an origin, every block and inline kind, comments, WARC provenance, RTL. */
    static Article everyKind() {
        Metadata md = Metadata.builder()
                .title("عنوان المقال & <more>\non two lines", Metadata.Origin.JSON_LD)
                .authors(List.of("Ana Autora", "Bo Writer"), Metadata.Origin.MICRODATA)
                .published(PageDate.of(OffsetDateTime.of(2021, 8, 20, 14, 3, 0, 0, ZoneOffset.ofHours(2))),
                        Metadata.Origin.OPENGRAPH)
                .modified(PageDate.of(LocalDate.of(2021, 9, 1)), Metadata.Origin.META)
                .site("Example Blog", Metadata.Origin.MICROFORMATS)
                .language("ar", Metadata.Origin.MARKUP)
                .direction(Direction.RTL, Metadata.Origin.MARKUP)
                .url("https://blog.example.org/2021/08/a-post?q=1#frag", Metadata.Origin.OPENGRAPH)
                .description("A short summary\twith a tab.", Metadata.Origin.META)
                .tags(List.of("rivers", "volunteering"), Metadata.Origin.JSON_LD)
                .rights("CC BY 4.0", Metadata.Origin.TEXT)
                .build();
        Block.Paragraph everyInline = new Block.Paragraph(List.of(
                t("  Leading spaces, emoji \uD83D\uDE00, CR\r kept, "),
                new Inline.Styled(Inline.Style.ITALIC, List.of(t("italic "),
                        new Inline.Styled(Inline.Style.BOLD, List.of(t("bold"))))),
                new Inline.Styled(Inline.Style.UNDERLINE, List.of(t("u"))),
                new Inline.Styled(Inline.Style.STRIKETHROUGH, List.of(t("s"))),
                new Inline.Styled(Inline.Style.SUPERSCRIPT, List.of(t("2"))),
                new Inline.Styled(Inline.Style.SUBSCRIPT, List.of(t("i"))),
                new Inline.Styled(Inline.Style.BOLD, List.of()),
                t(" "), new Inline.Link("https://example.org/x?a=1&b=2", List.of(t("a "), new Inline.Code("link"))),
                t(" "), new Inline.Quote(List.of(t("“quoted ‘inner’”"))),
                new Inline.Code("x < y && z"), new Inline.LineBreak(), t("after break  ")));
        Block.Quotation quotation = new Block.Quotation(List.of(
                new Block.Heading(3, List.of(t("Heading inside a quote"))),
                new Block.Paragraph(List.of(t("Quoted words.")))), "Somebody Famous", Block.QuoteKind.QUOTATION);
        Block.Quotation embedded = new Block.Quotation(List.of(new Block.Paragraph(List.of(t("A toot.")))),
                "@someone@example.social", Block.QuoteKind.EMBEDDED_POST);
        Block.Quotation bare = new Block.Quotation(List.of(new Block.Paragraph(List.of(t("No source.")))),
                null, Block.QuoteKind.QUOTATION);
        Block.ListBlock sub = new Block.ListBlock(false, List.of(new Block.ListItem(List.of(t("inner")), List.of())));
        Block.ListBlock list = new Block.ListBlock(true, List.of(
                new Block.ListItem(List.of(t("first "), new Inline.Styled(Inline.Style.BOLD, List.of(t("one")))),
                        List.of(sub, sub)),
                new Block.ListItem(List.of(), List.of(sub)),
                new Block.ListItem(List.of(t("third")), List.of())));
        Block.Table table = new Block.Table(List.of(t("Caption "), new Inline.Styled(Inline.Style.ITALIC, List.of(t("it")))),
                List.of(new Block.TableRow(List.of(new Block.TableCell(true, 2, 1, List.of(t("Head"))))),
                        new Block.TableRow(List.of(new Block.TableCell(false, 1, 3, List.of(t("a"))),
                                new Block.TableCell(false, 1, 1, List.of()),
                                new Block.TableCell(true, 1, 1, List.of(t("side")))))));
        Block.Table uncaptioned = new Block.Table(List.of(),
                List.of(new Block.TableRow(List.of(new Block.TableCell(false, 1, 1, List.of(t("x")))))));
        List<Block> body = List.of(
                everyInline, quotation, embedded, bare, list, table, uncaptioned,
                new Block.Figure("https://example.org/img/a.jpg", "Alt text", List.of(t("Figure caption"))),
                new Block.Figure("/img/b.png", "", List.of()),
                new Block.Figure("img/c.png", null, List.of()),
                new Block.Preformatted("int main() {\n\treturn 0;\n}\n", "c++"),
                new Block.Preformatted("  plain\n", null),
                new Block.Heading(2, List.of(t("First section"))),
                new Block.Paragraph(List.of(t("In the first section."))),
                new Block.Heading(3, List.of(t("Second "), new Inline.Styled(Inline.Style.ITALIC, List.of(t("section"))))),
                new Block.Heading(6, List.of(t("Deep"))),
                new Block.Paragraph(List.of()),
                new Block.Paragraph(List.of(t("Last words."))));
        List<Comment> comments = List.of(
                new Comment("Reader One", PageDate.of(OffsetDateTime.of(2021, 8, 21, 9, 0, 0, 0, ZoneOffset.UTC)),
                        List.of(new Block.Paragraph(List.of(t("Great post!"))))),
                new Comment(null, PageDate.of(LocalDate.of(2021, 8, 22)), List.of()),
                new Comment(null, null, List.of(new Block.Heading(4, List.of(t("A heading in a comment"))),
                        new Block.Paragraph(List.of(t("Anonymous.")))))) ;
        Provenance pv = new Provenance("post.html", "site/2021/post.html", "text/html", "windows-1252",
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", 1234,
                "https://blog.example.org/2021/08/a-post", Instant.parse("2021-08-22T10:00:00Z"),
                "<urn:uuid:12345678-1234-1234-1234-123456789abc>", "crawl 2021.warc.gz", 98765, "sha1:ABCDEF");
        return new Article(md, body, comments, pv);
    }

    /** An article with nothing known but its source, left to right, no title. */
    static Article bare() {
        return new Article(Metadata.empty(), List.of(new Block.Paragraph(List.of(t("Only text.")))), List.of(),
                Provenance.ofFile("bare.txt", null, "text/plain", "UTF-8",
                        "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210", 10));
    }

    Article viaTei(Article a) throws ItemException {
        return teiReader.read(teiWriter.write(a, STAMP), "round-trip.tei.xml");
    }

    Article viaNewsMl(Article a) throws ItemException {
        byte[] xml = newsMlWriter.write(a, STAMP);
        if (NewsMlConformance.available()) {
            NewsMlConformance.assertValid(xml, "round-trip.newsml.xml");
        }
        return newsMlReader.read(xml, "round-trip.newsml.xml");
    }

    @Test
    void everyKindSurvivesTei() throws ItemException {
        assertEquals(everyKind(), viaTei(everyKind()));
    }

    @Test
    void everyKindSurvivesNewsMl() throws ItemException {
        assertEquals(everyKind(), viaNewsMl(everyKind()));
    }

    @Test
    void bareArticleSurvivesBothWithNoTitleAndNoPath() throws ItemException {
        assertEquals(bare(), viaTei(bare()));
        assertEquals(bare(), viaNewsMl(bare()));
        assertNull(viaTei(bare()).metadata().title());
        assertNull(viaNewsMl(bare()).provenance().sourcePath());
    }

    @Test
    void pathEqualToNameSurvivesBoth() throws ItemException {
        Article a = bare().withProvenance(Provenance.ofFile("in/post.html", "in/post.html", "text/html", "UTF-8",
                "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210", 10));
        assertEquals(a, viaTei(a));
        assertEquals(a, viaNewsMl(a));
    }

    @Test
    void linksThatAreNoUrisSurviveBoth() throws ItemException {
        List<Inline> links = List.of(new Inline.Link("mailto:", List.of(t("a"))), new Inline.Link("   ", List.of(t("b"))),
                new Inline.Link("http://[broken", List.of(t("c"))), new Inline.Link("", List.of()),
                new Inline.Link("urn:pressmark:unusable-link:x%20y", List.of(t("d"))),
                new Inline.Link("http://", List.of(t("e"))));
        Article a = new Article(bare().metadata(), List.of(new Block.Paragraph(links)), List.of(), bare().provenance());
        assertEquals(a, viaTei(a));
        assertEquals(a, viaNewsMl(a));
    }

    @Test
    void teiToNewsMlToTeiGivesTheSameTei() throws ItemException {
        byte[] tei = teiWriter.write(everyKind(), STAMP);
        Article fromNewsMl = newsMlReader.read(newsMlWriter.write(teiReader.read(tei, "a.tei.xml"), STAMP), "a.newsml.xml");
        assertEquals(new String(tei, StandardCharsets.UTF_8),
                new String(teiWriter.write(fromNewsMl, STAMP), StandardCharsets.UTF_8));
    }

    @Test
    void aDocumentOutsideTheProfileIsRefusedWithItsName() {
        byte[] notNews = "<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/'/>".getBytes(StandardCharsets.UTF_8);
        ItemException e = assertThrows(ItemException.class, () -> newsMlReader.read(notNews, "odd.newsml.xml"));
        assertTrue(e.getMessage().startsWith("odd.newsml.xml: not a NewsML-G2 document"), e.getMessage());
        byte[] doctype = "<!DOCTYPE TEI [<!ENTITY x 'y'>]><TEI xmlns='http://www.tei-c.org/ns/1.0'>&x;</TEI>"
                .getBytes(StandardCharsets.UTF_8);
        ItemException d = assertThrows(ItemException.class, () -> teiReader.read(doctype, "evil.tei.xml"));
        assertTrue(d.getMessage().contains("DOCTYPE"), d.getMessage());
    }
}
