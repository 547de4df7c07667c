package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressmark.model.Article;
import org.pressmark.model.Block;
import org.pressmark.model.Direction;
import org.pressmark.model.Inline;
import org.pressmark.model.Metadata;
import org.pressmark.source.Intake;

/** The static blog, windows-1252, right-to-left and news pages in testdata/pages. */
class HtmlOtherPagesTest {

    private static Article extract(String file) throws Exception {
        return new HtmlExtractor().extract(new Intake().read(Path.of("testdata/pages", file), file));
    }

    private static List<Class<?>> kinds(Article a) {
        return a.body().stream().<Class<?>>map(Object::getClass).toList();
    }

    private static String text(Block b) {
        return Inline.plainText(assertInstanceOf(Block.Paragraph.class, b).content());
    }

    @Test
    void staticBlogWithoutCmsClassesIsReadFromArticleAndTemplate() throws Exception {
        Article a = extract("static-blog-letters.html");
        Metadata m = a.metadata();
        assertEquals("Why I Still Write Letters", m.title());
        assertEquals(Metadata.Origin.MARKUP, m.origins().get(Metadata.Field.TITLE));
        assertEquals(List.of("Ruth Okafor"), m.authors());
        assertEquals("2022-11-05", m.published().iso());
        assertEquals("Field Notes", m.site());
        assertEquals("en", m.language());
        assertEquals(Direction.LTR, m.direction());
        assertEquals("https://fieldnotes.example.net/2022/11/letters.html", m.url());
        assertEquals(List.of(), m.tags());
        assertEquals("https://creativecommons.org/licenses/by-sa/4.0/", m.rights());
        assertEquals(List.of(Block.Paragraph.class, Block.Paragraph.class, Block.Heading.class, Block.Paragraph.class,
                Block.Quotation.class, Block.Paragraph.class, Block.Heading.class, Block.ListBlock.class,
                Block.Paragraph.class, Block.Paragraph.class), kinds(a));
        assertEquals("People ask why I bother when a message arrives in a second. The honest answer is that the"
                + " second is the problem. A letter takes a week, and the week is part of it.", text(a.body().get(1)));
        Block.Quotation q = (Block.Quotation) a.body().get(4);
        assertEquals("my grandmother, in a letter from 1989", q.attribution());
        assertEquals(Block.QuoteKind.QUOTATION, q.kind());
        assertEquals(new Inline.Code("INBOX"), ((Block.Paragraph) a.body().get(5)).content().get(1));
        assertEquals("My address, should you want to try it:\nR. Okafor\n14 Mill Lane\nHebden Bridge",
                text(a.body().get(8)));
        String body = HtmlPlainText.of(a.body());
        for (String furniture : List.of("Archive", "About me", "By Ruth", "5 November 2022", "CC BY-SA",
                "Subscribe by RSS", "©")) {
            assertFalse(body.contains(furniture), furniture);
        }
        assertEquals(List.of(), a.comments());
    }

    @Test
    void windows1252PageWithoutDeclarationKeepsEveryCharacter() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("testdata/pages/windows-1252-winter-market.html"));
        assertTrue(contains(bytes, (byte) 0x80) && contains(bytes, (byte) 0x93), "the fixture must be windows-1252");
        Article a = extract("windows-1252-winter-market.html");
        assertEquals("windows-1252", a.provenance().charset());
        assertEquals("A Winter Market in the Old Town", a.metadata().title());
        assertEquals(List.of("Jos\u00e9 M\u00fcller"), a.metadata().authors());
        assertEquals("2009-12-12", a.metadata().published().iso());
        assertEquals(4, a.body().size());
        assertEquals("The caf\u00e9 on the corner opened early on Saturday, and by nine o\u2019clock the square was"
                + " full. \u201CWe have never seen so many people,\u201D said the owner, Ren\u00e9e, pouring another"
                + " round of gl\u00fchwein.", text(a.body().get(0)));
        assertEquals("Stalls sold candles, wooden toys and honey from the hills. A jar of the dark honey cost"
                + " \u20AC6, which nobody seemed to mind \u2014 the queue went round the fountain twice.",
                text(a.body().get(1)));
        String body = HtmlPlainText.of(a.body());
        assertFalse(body.contains("\u00C3"), "no mojibake");
        assertFalse(body.contains("\u00E2\u20AC"), "no mojibake");
        assertFalse(body.contains("\uFFFD"), "no replacement characters");
        assertFalse(body.contains("Posted on"));
        assertFalse(body.contains("webmaster"));
    }

    @Test
    void rightToLeftPageKeepsDirectionLanguageAndText() throws Exception {
        Article a = extract("rtl-arabic-library.html");
        Metadata m = a.metadata();
        assertEquals(Direction.RTL, m.direction());
        assertEquals(Metadata.Origin.MARKUP, m.origins().get(Metadata.Field.DIRECTION));
        assertEquals("ar-AR", m.language());
        assertEquals("مكتبة الحي تفتح أبوابها من جديد", m.title());
        assertEquals(List.of("ليلى حداد"), m.authors());
        assertEquals("2023-10-07T18:00:00+03:00", m.published().iso());
        assertEquals("مدونة الياسمين", m.site());
        assertEquals(List.of("مكتبات", "القراءة"), m.tags());
        assertEquals("https://yasmine-blog.example/2023/10/library-reopens/", m.url());
        assertEquals(List.of(Block.Paragraph.class, Block.Paragraph.class, Block.Heading.class, Block.Paragraph.class,
                Block.Paragraph.class), kinds(a));
        assertEquals("بعد عامين من الإغلاق، فتحت مكتبة الحي أبوابها صباح يوم السبت أمام القراء من جميع الأعمار.",
                text(a.body().get(0)));
        String body = HtmlPlainText.of(a.body());
        assertFalse(body.contains("شارك"), "share bar");
        assertFalse(body.contains("أحدث المقالات"), "sidebar");
        assertFalse(body.contains("جميع الحقوق"), "footer");
    }

    @Test
    void rightToLeftIsDetectedFromLettersWhenNoDirIsGiven() throws Exception {
        String html = "<html><body><article><p>שלום לכולם, זהו פוסט קצר בעברית על ספרייה חדשה בשכונה שלנו.</p>"
                + "<p>הספרייה פתוחה בכל יום.</p></article></body></html>";
        Article a = new HtmlExtractor().extract(new Intake().of("he.html", null,
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html; charset=UTF-8", null));
        assertEquals(Direction.RTL, a.metadata().direction());
        assertEquals(Metadata.Origin.TEXT, a.metadata().origins().get(Metadata.Field.DIRECTION));
    }

    @Test
    void newsArticleMetadataComesFromJsonLdFirst() throws Exception {
        Metadata m = extract("news-tidal-energy.html").metadata();
        assertEquals("Tidal turbines pass their first winter test", m.title());
        assertEquals(Metadata.Origin.JSON_LD, m.origins().get(Metadata.Field.TITLE));
        assertEquals(List.of("Ingrid Solberg", "Callum Reid"), m.authors());
        assertEquals(Metadata.Origin.JSON_LD, m.origins().get(Metadata.Field.AUTHORS));
        assertEquals("2024-05-02T06:30:00+02:00", m.published().iso());
        assertEquals(Metadata.Origin.JSON_LD, m.origins().get(Metadata.Field.PUBLISHED));
        assertEquals("2024-05-02T09:15:00+02:00", m.modified().iso());
        assertEquals("The Northern Courier", m.site());
        assertEquals("en-US", m.language());
        assertEquals("https://www.northerncourier.example/science/2024/05/02/tidal-turbines-winter-test", m.url());
        assertEquals(List.of("tidal power", "Skerry Head", "renewables"), m.tags());
        assertEquals("\u00A9 2024 Northern Courier Media Ltd. All rights reserved.", m.rights());
        assertEquals(Metadata.Origin.META, m.origins().get(Metadata.Field.RIGHTS));
    }

    @Test
    void newsArticleBodyHasFigureQuotationTableAndList() throws Exception {
        Article a = extract("news-tidal-energy.html");
        assertEquals(List.of(Block.Paragraph.class, Block.Paragraph.class, Block.Paragraph.class, Block.Figure.class,
                Block.Paragraph.class, Block.Quotation.class, Block.Paragraph.class, Block.Table.class,
                Block.Paragraph.class, Block.ListBlock.class, Block.Paragraph.class), kinds(a));
        assertEquals("Six turbines off Skerry Head kept turning through a record storm season, the operator says.",
                text(a.body().get(0)), "the standfirst in the story header leads the body");
        Block.Figure f = (Block.Figure) a.body().get(3);
        assertEquals("https://www.northerncourier.example/images/2024/05/turbine-lift.jpg", f.src());
        assertEquals("A turbine is lifted for inspection in April. Photo: Northern Courier",
                Inline.plainText(f.caption()));
        Block.Quotation q = (Block.Quotation) a.body().get(5);
        assertEquals("Maren Holt, project director", q.attribution());
        assertEquals(1, q.blocks().size());
        Block.Table t = (Block.Table) a.body().get(7);
        assertEquals("Output by month, megawatt-hours", Inline.plainText(t.caption()));
        assertEquals(4, t.rows().size());
        assertTrue(t.rows().get(0).cells().get(0).header());
        assertEquals(List.of(), t.rows().get(2).cells().get(2).content(), "empty cell kept");
        assertEquals(3, t.rows().get(2).cells().size());
        assertEquals(2, t.rows().get(3).cells().get(0).colspan());
        assertEquals(3, ((Block.ListBlock) a.body().get(9)).items().size());
        String body = HtmlPlainText.of(a.body());
        for (String furniture : List.of("cookies", "Advertisement", "Read more", "Council approves",
                "science newsletter", "Share on", "More from Science", "Seabird", "Contact us", "By Ingrid",
                "Home")) {
            assertFalse(body.contains(furniture), furniture);
        }
    }

    private static boolean contains(byte[] bytes, byte b) {
        for (byte x : bytes) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }
}
