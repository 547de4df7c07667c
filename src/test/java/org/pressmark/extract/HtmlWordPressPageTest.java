package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
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

class HtmlWordPressPageTest {

    private static Article article;

    @BeforeAll
    static void extract() throws Exception {
        Path page = Path.of("testdata/pages/wordpress-letterpress.html");
        article = new HtmlExtractor().extract(new Intake().read(page, "wordpress-letterpress.html"));
    }

    @Test
    void metadataComesFromHAtomOpenGraphAndTemplate() {
        Metadata m = article.metadata();
        assertEquals("Restoring a 1962 Letterpress, Part Two", m.title());
        assertEquals(List.of("Hedda Marsh"), m.authors());
        assertEquals("2023-03-14T08:12:45Z", m.published().iso());
        assertEquals("2023-03-15T10:00:00Z", m.modified().iso());
        assertEquals("The Slow Press", m.site());
        assertEquals("en-GB", m.language());
        assertEquals(Direction.LTR, m.direction());
        assertEquals("https://slowpress.example.org/2023/03/restoring-letterpress-part-two/", m.url());
        assertEquals(List.of("Restoration", "Adana", "ink", "letterpress"), m.tags());
        assertEquals("Rollers, ink and a stubborn platen: the second week with our old press.", m.description());
        assertEquals(Metadata.Origin.MICROFORMATS, m.origins().get(Metadata.Field.PUBLISHED));
        assertEquals(Metadata.Origin.OPENGRAPH, m.origins().get(Metadata.Field.SITE));
        assertEquals(Metadata.Origin.META, m.origins().get(Metadata.Field.URL));
    }

    @Test
    void entryContentGivesTheBlocksInOrder() {
        List<Class<?>> kinds = article.body().stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(List.of(Block.Paragraph.class, Block.Heading.class, Block.Paragraph.class,
                Block.Paragraph.class, Block.ListBlock.class, Block.Figure.class, Block.Paragraph.class,
                Block.Preformatted.class, Block.Heading.class, Block.Paragraph.class), kinds);
        assertEquals("Last week we got the press off the pallet and onto its own stand. This week was about the"
                + " parts that touch the paper: the rollers, the ink disc and the platen.",
                Inline.plainText(((Block.Paragraph) article.body().get(0)).content()));
        assertEquals(3, ((Block.Heading) article.body().get(8)).level());
    }

    @Test
    void inlineMarksLinksAndQuotesAreKept() {
        List<Inline> content = ((Block.Paragraph) article.body().get(2)).content();
        assertEquals(new Inline.Styled(Inline.Style.ITALIC, List.of(new Inline.Text("garden hose"))), content.get(1));
        Inline.Link link = assertInstanceOf(Inline.Link.class, content.get(3));
        assertEquals("https://slowpress.example.org/2023/02/restoring-letterpress-part-one/", link.href());
        Inline.Quote quote = assertInstanceOf(Inline.Quote.class, content.get(5));
        assertEquals("\u201Cthrow them out and start again\u201D", Inline.plainText(quote.content()));
    }

    @Test
    void nestedListsFiguresAndCodeKeepTheirStructure() {
        Block.ListBlock list = (Block.ListBlock) article.body().get(4);
        assertEquals(true, list.ordered());
        assertEquals(3, list.items().size());
        Block.ListBlock sub = list.items().get(1).sublists().get(0);
        assertEquals(false, sub.ordered());
        assertEquals("Never sand along the length.", Inline.plainText(sub.items().get(0).content()));
        Block.Figure figure = (Block.Figure) article.body().get(5);
        assertEquals("https://slowpress.example.org/wp-content/uploads/2023/03/rollers-1024x683.jpg", figure.src());
        assertEquals("Two rubber rollers drying on a workbench", figure.alt());
        assertEquals("The rollers after their night in solvent.", Inline.plainText(figure.caption()));
        Block.Preformatted pre = (Block.Preformatted) article.body().get(7);
        assertEquals("python", pre.language());
        assertEquals("readings = [0.918, 0.917, 0.919]\nprint(sum(readings) / len(readings))", pre.text());
    }

    @Test
    void shareBarRelatedPostsCommentFormAndWidgetsStayOut() {
        String body = HtmlPlainText.of(article.body());
        for (String furniture : List.of("Share this", "Twitter", "Facebook", "Related", "Part One",
                "Leave a Reply", "Your email address", "Post Comment", "Recent Posts", "Choosing a Typeface",
                "quarterly newsletter", "Proudly powered", "Skip to content", "Posted on", "Tagged",
                "About the shop", "Roller conditioner saved ours")) {
            assertFalse(body.contains(furniture), furniture);
        }
    }

    @Test
    void commentsAndRepliesComeOutAsComments() {
        List<Comment> comments = article.comments();
        assertEquals(2, comments.size());
        assertEquals("Tomasz Wren", comments.get(0).author());
        assertEquals("2023-03-14T19:40:02Z", comments.get(0).date().iso());
        assertEquals("Roller conditioner saved ours too. Keep them out of the sun or they crack again.",
                HtmlPlainText.of(comments.get(0).blocks()).strip());
        assertEquals("Hedda Marsh", comments.get(1).author());
        assertEquals("Good advice, thank you. They now live in a drawer.",
                HtmlPlainText.of(comments.get(1).blocks()).strip());
    }
}
