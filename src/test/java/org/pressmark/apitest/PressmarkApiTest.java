package org.pressmark.apitest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressmark.Conversion;
import org.pressmark.ItemException;
import org.pressmark.Pressmark;
import org.pressmark.model.Article;
import org.pressmark.testing.TeiConformance;

/** The library as another project sees it: only the public API of {@link Pressmark}. */
class PressmarkApiTest {

    static final Instant FIXED = Instant.parse("2026-01-02T03:04:05Z");

    static Stream<Path> pages() throws IOException {
        return Files.list(Path.of("testdata/pages")).sorted();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyTestPageConvertsToValidTeiWithMatchingAccessCopies(Path page) throws Exception {
        Conversion c = Pressmark.builder().conversionTime(FIXED).build().convert(page);
        String title = c.article().metadata().title();
        assertTrue(title != null && !title.isBlank(), "a title for " + page);
        assertFalse(c.article().body().isEmpty());
        TeiConformance.assertValid(c.tei(), page + " (TEI)");
        assertTrue(c.html().contains("<h1>" + escape(title) + "</h1>"), "HTML title of " + page);
        assertTrue(c.text().startsWith(title + "\n"), "text title of " + page);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void aFixedConversionTimeGivesTheSameBytes() throws Exception {
        Path page = Path.of("testdata/pages/wordpress-letterpress.html");
        byte[] first = Pressmark.builder().conversionTime(FIXED).build().convert(page).tei();
        byte[] second = Pressmark.builder().conversionTime(FIXED).build().convert(page).tei();
        assertArrayEquals(first, second);
        assertTrue(new String(first, StandardCharsets.UTF_8).contains("when=\"2026-01-02T03:04:05Z\""));
    }

    @Test
    void bytesInMemoryConvertLikeAFile() throws Exception {
        Path page = Path.of("testdata/pages/static-blog-letters.html");
        Pressmark pm = Pressmark.builder().conversionTime(FIXED).build();
        Article fromFile = pm.extract(page);
        Article fromBytes = pm.extract(pm.read(page.toString(), Files.readAllBytes(page)));
        assertEquals(fromFile.metadata(), fromBytes.metadata());
        assertEquals(fromFile.body(), fromBytes.body());
    }

    @Test
    void commentsCanBeLeftOut() throws Exception {
        Path page = Path.of("testdata/pages/wordpress-letterpress.html");
        assertFalse(Pressmark.create().extract(page).comments().isEmpty());
        Pressmark without = Pressmark.builder().keepComments(false).build();
        assertEquals(List.of(), without.extract(page).comments());
        assertFalse(new String(without.toTei(without.extract(page)), StandardCharsets.UTF_8).contains("comments"));
    }

    @Test
    void emptyBytesAreAnItemErrorThatNamesTheItem() {
        ItemException e = assertThrows(ItemException.class, () -> Pressmark.create().read("feed/empty.html", new byte[0]));
        assertEquals("feed/empty.html", e.item());
        assertTrue(e.getMessage().startsWith("feed/empty.html: "), e.getMessage());
    }

    @Test
    void theVersionIsKnown() {
        assertTrue(Pressmark.version().matches("\\d+\\.\\d+\\.\\d+.*"), Pressmark.version());
    }
}
