package org.pressmark.apitest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pressmark.Conversion;
import org.pressmark.Format;
import org.pressmark.ItemException;
import org.pressmark.Pressmark;
import org.pressmark.model.Article;
import org.pressmark.testing.NewsMlConformance;

/** The facade's formats: NewsML-G2 beside TEI, conversions that carry only what was asked for, reading back. */
class PressmarkFormatsTest {

    static final Path PAGE = Path.of("testdata/pages/news-tidal-energy.html");
    final Pressmark pressmark = Pressmark.builder().conversionTime(Instant.parse("2026-02-01T12:00:00Z")).build();

    @Test
    void conversionCarriesExactlyTheFormatsAskedFor() throws ItemException {
        Conversion c = pressmark.convert(PAGE, EnumSet.of(Format.NEWSML));
        assertEquals(Set.of(Format.NEWSML), c.formats());
        assertThrows(IllegalStateException.class, c::tei);
        assertTrue(new String(c.newsMl(), StandardCharsets.UTF_8).contains("standardversion=\"2.35\""));
        assertEquals(Format.DEFAULT, pressmark.convert(PAGE).formats());
    }

    @Test
    void accessCopiesOfAConversionAreThoseRenderedFromItsTeiBytes() throws Exception {
        // convert reads the TEI once, validating it and building the stylesheets' tree together
        for (String page : new String[] {"testdata/pages/news-tidal-energy.html", "testdata/pages/rtl-arabic-library.html",
                "testdata/pages/blogger-harbour-ferry.html", "testdata/pages/w3m-news-dump.txt"}) {
            Path file = Path.of(page);
            Conversion c = pressmark.convert(file, EnumSet.of(Format.TEI, Format.HTML, Format.TEXT));
            assertEquals(pressmark.toHtml(c.tei(), file.getFileName().toString()),
                    new String(c.expect(Format.HTML), StandardCharsets.UTF_8), page);
            assertEquals(pressmark.toText(c.tei(), file.getFileName().toString()),
                    new String(c.expect(Format.TEXT), StandardCharsets.UTF_8), page);
        }
    }

    @Test
    void renderMakesTheAccessCopiesOfBothFormatsAndRefusesATeiOutsideTheProfile() throws Exception {
        Conversion c = pressmark.convert(PAGE, EnumSet.of(Format.TEI, Format.NEWSML, Format.HTML, Format.TEXT));
        assertArrayEquals(c.expect(Format.HTML), pressmark.render(c.tei(), PAGE.getFileName().toString(), Format.HTML));
        assertArrayEquals(c.expect(Format.TEXT), pressmark.render(c.newsMl(), PAGE.getFileName().toString(), Format.TEXT));

        byte[] invalid = new String(c.tei(), StandardCharsets.UTF_8).replace("<p>", "<blink>").replace("</p>", "</blink>")
                .getBytes(StandardCharsets.UTF_8);
        ItemException e = assertThrows(ItemException.class, () -> pressmark.render(invalid, "odd.tei.xml", Format.HTML));
        assertTrue(e.getMessage().contains("odd.tei.xml") && e.getMessage().contains("not valid against the Pressmark TEI"
                + " profile"), e.getMessage());
    }

    @Test
    void preparingFromSeveralThreadsWhileConvertingCompletesAndChangesNoOutput() throws Exception {
        Set<Format> all = EnumSet.allOf(Format.class);
        Conversion before = pressmark.convert(PAGE, all);
        // prepare compiles on threads of its own and waits for them: callers racing each other and a
        // conversion must all finish, with the output the same as without it
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> calls = List.of(
                    pool.submit(() -> pressmark.prepare(all)),
                    pool.submit(() -> pressmark.prepare(EnumSet.of(Format.NEWSML, Format.TEXT))),
                    pool.submit(() -> pressmark.convert(PAGE, all)));
            for (Future<?> call : calls) {
                call.get(60, TimeUnit.SECONDS);
            }
            Conversion after = (Conversion) calls.get(2).get();
            for (Format f : all) {
                assertArrayEquals(before.expect(f), after.expect(f), f.label());
            }
        } finally {
            pool.shutdownNow();
        }
        pressmark.prepare(EnumSet.noneOf(Format.class));
    }

    @Test
    void newsMlIsDeterministicAndValid() throws ItemException {
        Article a = pressmark.extract(PAGE);
        byte[] first = pressmark.toNewsMl(a);
        assertArrayEquals(first, pressmark.toNewsMl(a));
        String xml = new String(first, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<versionCreated>2026-02-01T12:00:00Z</versionCreated>"), xml);
        assertTrue(xml.contains("guid=\"urn:pressmark:sha256:"), xml);
        if (NewsMlConformance.available()) {
            NewsMlConformance.assertValid(first, PAGE.toString());
        }
    }

    @Test
    void theSamePageGetsTheSameGuidWheneverConverted() throws ItemException {
        Article a = pressmark.extract(PAGE);
        String later = new String(Pressmark.builder().conversionTime(Instant.parse("2030-01-01T00:00:00Z")).build()
                .toNewsMl(a), StandardCharsets.UTF_8);
        String now = new String(pressmark.toNewsMl(a), StandardCharsets.UTF_8);
        assertEquals(guid(now), guid(later));
    }

    private static String guid(String xml) {
        int i = xml.indexOf("guid=\"") + 6;
        return xml.substring(i, xml.indexOf('"', i));
    }

    @Test
    void readBackRecognisesBothFormatsAndRefusesOthers() throws ItemException {
        Article a = pressmark.extract(PAGE);
        assertEquals(a, pressmark.readBack(pressmark.toTei(a), "a.tei.xml"));
        assertEquals(a, pressmark.readBack(pressmark.toNewsMl(a), "a.newsml.xml"));
        ItemException e = assertThrows(ItemException.class,
                () -> pressmark.readBack("<html/>".getBytes(StandardCharsets.UTF_8), "page.xml"));
        assertTrue(e.getMessage().startsWith("page.xml: not a TEI or NewsML-G2 document"), e.getMessage());
    }

    @Test
    void formatListsParseInTheirFixedOrder() {
        assertEquals(EnumSet.of(Format.TEI, Format.NEWSML), Format.parseList(" newsml , TEI "));
        assertThrows(IllegalArgumentException.class, () -> Format.parseList("tei,docx"));
        assertThrows(IllegalArgumentException.class, () -> Format.parseList(","));
        assertEquals(".newsml.xml", Format.NEWSML.suffix());
    }
}
