package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.pressmark.model.Metadata;

/** Author extraction on pages written in the shapes of news, blog and paper templates, in testdata/extract. */
class MetaAuthorShapesTest {

    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    private static List<String> authors(String file) throws Exception {
        String html = Files.readString(Path.of("testdata/extract", file));
        Metadata m = MetaExtractor.extract(Jsoup.parse(html), NOW);
        return m.authors();
    }

    @Test
    void authorsOfCitedWorksAreNotThePapersAuthors() throws Exception {
        assertEquals(List.of("Hanna Verhoef"), authors("paper-microdata-authors-of-cited-works.html"));
    }

    @Test
    void aCommentLinkInTheDateLineIsNoName() throws Exception {
        assertEquals(List.of(), authors("blog-date-line-with-comment-link.html"));
    }

    @Test
    void theDateLabelAfterABylineNameIsNotPartOfIt() throws Exception {
        assertEquals(List.of("Lena Achterberg"), authors("news-byline-name-with-updated-label.html"));
    }

    @Test
    void aTranslatorCreditGivesWayToTheWriter() throws Exception {
        assertEquals(List.of("Jonas Brink"), authors("blog-translator-credit-under-headline.html"));
    }

    @Test
    void anIllustratorCreditIsNotAnAuthor() throws Exception {
        assertEquals(List.of("Fabian Roth"), authors("magazine-text-and-illustration-credits.html"));
    }

    @Test
    void roleWordsInOtherLanguagesAreNotNames() throws Exception {
        assertEquals(List.of("Jana Feldmann"), authors("news-columnist-byline-with-role.html"));
    }

    @Test
    void aRecipeCreditNamesTheAuthorWithoutItsLabel() throws Exception {
        assertEquals(List.of("Mira Castell"), authors("recipe-card-credit-line.html"));
    }

    @Test
    void theSiteWithAnEditorsInitialsAsAuthorGivesWayToTheByline() throws Exception {
        assertEquals(List.of("Greta Holm"), authors("news-site-with-editor-initials-as-author.html"));
    }
}
