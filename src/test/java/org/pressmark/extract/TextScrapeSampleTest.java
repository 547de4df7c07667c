package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pressmark.model.Article;
import org.pressmark.model.Block;
import org.pressmark.model.Inline;
import org.pressmark.model.Metadata;
import org.pressmark.source.Intake;

/** The canonical sample the product was specified from, read from the shared folder next to the repository. */
class TextScrapeSampleTest {

    private static final Path SAMPLE = Path.of("..", "shared", "samples", "000_786deff45408cb8e.txt");

    private static String text;
    private static Article article;

    @BeforeAll
    static void extractSample() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SAMPLE),
                "canonical sample " + SAMPLE + " is absent (it lives outside the repository); skipping");
        byte[] bytes = Files.readAllBytes(SAMPLE);
        text = new String(bytes, StandardCharsets.UTF_8);
        String name = SAMPLE.getFileName().toString();
        article = new TextScrapeExtractor().extract(new Intake().of(name, name, bytes, null, null));
    }

    /** The file's paragraphs: its blank-line-separated blocks after the date line and the title line. */
    private static List<String> expectedParagraphs() {
        List<String> chunks = Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return chunks.subList(2, 14);
    }

    @Test
    void titleLosesTheTemplatesTrailingDash() {
        assertEquals("Anti-Taliban Resistance Recaptures Multiple Areas as Afghans Fight Back",
                article.metadata().title());
        assertEquals(Metadata.Origin.TEXT, article.metadata().origins().get(Metadata.Field.TITLE));
    }

    @Test
    void dateLineBecomesThePublishedDate() {
        assertEquals(LocalDate.of(2021, 8, 20), article.metadata().published().date());
        assertEquals(Metadata.Origin.TEXT, article.metadata().origins().get(Metadata.Field.PUBLISHED));
    }

    @Test
    void bodyIsExactlyTheTwelveParagraphsInOrder() throws IOException {
        List<String> actual = new ArrayList<>();
        for (Block b : article.body()) {
            Block.Paragraph p = assertInstanceOf(Block.Paragraph.class, b);
            actual.add(Inline.plainText(p.content()));
        }
        assertEquals(12, actual.size());
        assertEquals(expectedParagraphs(), actual);
    }

    @Test
    void furnitureIsNowhereInTheBody() {
        String body = String.join("\n", article.body().stream()
                .map(b -> Inline.plainText(((Block.Paragraph) b).content())).toList());
        for (String furniture : List.of("No comments", "Post a Comment", "Only News", "Calculadora",
                "Featured Post", "Tulsi Gabbard", "recently libe", "LinkWithin", "Friday, August 20")) {
            assertFalse(body.contains(furniture), "furniture in body: " + furniture);
        }
    }

    @Test
    void quotedTweetsAreMarkedWithTheirMarks() {
        int withQuotes = 0;
        for (Block b : article.body()) {
            List<Inline.Quote> quotes = ((Block.Paragraph) b).content().stream()
                    .filter(Inline.Quote.class::isInstance).map(Inline.Quote.class::cast).toList();
            for (Inline.Quote q : quotes) {
                String t = Inline.plainText(q.content());
                assertTrue(t.startsWith("\"") && t.endsWith("\""), t);
            }
            withQuotes += quotes.isEmpty() ? 0 : 1;
        }
        assertEquals(4, withQuotes);
    }

    @Test
    void provenanceIsTheSources() {
        assertEquals("000_786deff45408cb8e.txt", article.provenance().sourceName());
        assertTrue(article.comments().isEmpty());
    }
}
