package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pressmark.model.Article;
import org.pressmark.model.Block;
import org.pressmark.model.Comment;
import org.pressmark.model.Direction;
import org.pressmark.model.Inline;
import org.pressmark.model.Metadata;
import org.pressmark.source.Intake;

class HtmlBloggerPageTest {

    private static Article article;

    @BeforeAll
    static void extract() throws Exception {
        Path page = Path.of("testdata/pages/blogger-harbour-ferry.html");
        article = new HtmlExtractor().extract(new Intake().read(page, "blogger-harbour-ferry.html"));
    }

    @Test
    void metadataComesFromTheBloggerTemplate() {
        Metadata m = article.metadata();
        assertEquals("The Harbour Ferry Returns After Eleven Years", m.title());
        assertEquals(List.of("Marta Quill"), m.authors());
        assertEquals("2021-08-20T09:30:00-07:00", m.published().iso());
        assertEquals("Tidewater Notes", m.site());
        assertEquals("en", m.language());
        assertEquals(Direction.LTR, m.direction());
        assertEquals("https://tidewaternotes.blogspot.com/2021/08/harbour-ferry-returns.html", m.url());
        assertEquals(List.of("ferries", "harbour", "local news"), m.tags());
        assertNull(m.modified());
        assertEquals(Metadata.Origin.MICROFORMATS, m.origins().get(Metadata.Field.TITLE));
        assertEquals(Metadata.Origin.MICRODATA, m.origins().get(Metadata.Field.AUTHORS));
        assertEquals(Metadata.Origin.MARKUP, m.origins().get(Metadata.Field.TAGS));
    }

    @Test
    void textSeparatedByDoubleBreaksBecomesParagraphs() {
        List<Block> body = article.body();
        assertEquals(9, body.size());
        assertEquals("After eleven years of petitions, bake sales and one memorable sit-in on the slipway, the little"
                + " ferry between Saltmere and Cobb Point will sail again on Monday.", text(body.get(0)));
        assertEquals("The council confirmed the timetable on Thursday evening. Crossings run every forty minutes from"
                + " seven in the morning, with a last sailing at 21:40 during the summer months.", text(body.get(1)));
        assertEquals("See you on the water.", text(body.get(8)));
    }

    @Test
    void singleBreaksStayLineBreaksInsideAParagraph() {
        Block.Paragraph p = assertInstanceOf(Block.Paragraph.class, article.body().get(7));
        assertEquals("Timetables are posted at both quays:\nSaltmere: by the fish market steps\n"
                + "Cobb Point: outside the post office", Inline.plainText(p.content()));
        assertEquals(2, p.content().stream().filter(i -> i instanceof Inline.LineBreak).count());
    }

    @Test
    void imagesAndCaptionTablesBecomeFigures() {
        Block.Figure plain = assertInstanceOf(Block.Figure.class, article.body().get(2));
        assertEquals("https://blogger.googleusercontent.com/img/b/ferry-at-quay-s400.jpg", plain.src());
        assertEquals(List.of(), plain.caption());
        Block.Figure captioned = assertInstanceOf(Block.Figure.class, article.body().get(6));
        assertEquals("The ticket hut, freshly painted in harbour blue.", Inline.plainText(captioned.caption()));
    }

    @Test
    void tweetEmbedBecomesAnEmbeddedPostWithAttribution() {
        Block.Quotation q = assertInstanceOf(Block.Quotation.class, article.body().get(4));
        assertEquals(Block.QuoteKind.EMBEDDED_POST, q.kind());
        assertEquals("Saltmere Harbour Trust (@saltmeretrust) August 19, 2021", q.attribution());
        assertEquals(1, q.blocks().size());
    }

    @Test
    void furnitureAndHiddenTextStayOutOfTheBody() {
        String body = HtmlPlainText.of(article.body());
        for (String furniture : List.of("Posted by", "Labels", "Email This", "Share to X", "Post a Comment",
                "Newer Post", "Older Post", "Home", "Featured Post", "Lighthouse Keepers", "Popular Posts",
                "Blog Archive", "LinkWithin", "Powered by", "Blogger", "grandfather", "Draft note",
                "Friday, August 20, 2021", "Small news")) {
            assertFalse(body.contains(furniture), furniture);
        }
    }

    @Test
    void commentsComeOutAsComments() {
        List<Comment> comments = article.comments();
        assertEquals(2, comments.size());
        assertEquals("Ivo Brandt", comments.get(0).author());
        assertEquals(LocalDate.of(2021, 8, 21), comments.get(0).date().date());
        assertEquals("My grandfather worked the old crossing in the sixties. He will be on the first sailing,"
                + " I promise you.", HtmlPlainText.of(comments.get(0).blocks()).strip());
        assertEquals("Anonymous", comments.get(1).author());
        assertEquals("Will dogs be allowed on board?", HtmlPlainText.of(comments.get(1).blocks()).strip());
    }

    private static String text(Block b) {
        return Inline.plainText(assertInstanceOf(Block.Paragraph.class, b).content());
    }
}
