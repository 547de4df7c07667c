package org.pressmark.apitest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pressmark.Pressmark;
import org.pressmark.model.Article;
import org.pressmark.testing.NewsMlConformance;
import org.pressmark.testing.TeiConformance;
import org.pressmark.xml.ConversionStamp;
import org.pressmark.xml.NewsMlReader;
import org.pressmark.xml.TeiReader;

/**
 * Property: for every page we can extract, article → TEI → article and article → NewsML-G2 → article
 * give back an equal article (every metadata field and origin, the provenance, every block and inline
 * mark), the TEI document is valid against the official {@code tei_all.rng} (TEI P5 4.12) and the
 * NewsML-G2 document against the official 2.35 schema, both checked offline. Run over our own test
 * pages and, when {@code ../shared} is present, over the AEB pages and the non-fixture Readability pages.
 */
class RoundTripCorpusTest {

    static final Path SHARED = Path.of("../shared/corpus");
    static final ConversionStamp STAMP = new ConversionStamp("Pressmark", Pressmark.version(),
            Instant.parse("2026-01-15T09:30:00Z"));
    static final Pressmark PRESSMARK = Pressmark.builder().conversionTime(STAMP.convertedAt()).build();

    @TestFactory
    Stream<DynamicTest> everyTestPageRoundTrips() throws IOException {
        return roundTrips(files(Path.of("testdata/pages")));
    }

    @TestFactory
    Stream<DynamicTest> everyAebPageRoundTrips() throws IOException {
        Path dir = SHARED.resolve("aeb/html");
        assumeTrue(Files.isDirectory(dir), "../shared/corpus/aeb is absent: the AEB round trips are skipped");
        return roundTrips(files(dir));
    }

    @TestFactory
    Stream<DynamicTest> everyNonFixtureReadabilityPageRoundTrips() throws IOException {
        Path dir = SHARED.resolve("readability");
        Path truth = dir.resolve("ground-truth.json");
        assumeTrue(Files.isRegularFile(truth),
                "../shared/corpus/readability is absent: the Readability round trips are skipped");
        // top-level keys and their "category" in the layout of ground-truth.json (one key per case)
        String json = Files.readString(truth, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\\n \"([^\"]+)\": \\{|\\n  \"category\": \"([a-z]+)\"").matcher(json);
        List<Path> pages = new ArrayList<>();
        String current = null;
        while (m.find()) {
            if (m.group(1) != null) {
                current = m.group(1);
            } else if (current != null && !"fixture".equals(m.group(2))) {
                pages.add(dir.resolve(current).resolve("source.html"));
            }
        }
        assumeTrue(!pages.isEmpty(), "no case found in " + truth);
        return roundTrips(pages);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Stream<DynamicTest> roundTrips(List<Path> pages) {
        TeiReader teiReader = new TeiReader();
        NewsMlReader newsMlReader = new NewsMlReader();
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.toString(), () -> {
            Article article = PRESSMARK.extract(page);
            // both documents as convert writes them: validated against the Pressmark profiles
            byte[] tei = PRESSMARK.toTei(article);
            byte[] newsMl = PRESSMARK.toNewsMl(article);
            assertEquals(article, teiReader.read(tei, page + " (TEI)"), "TEI round trip");
            assertEquals(article, newsMlReader.read(newsMl, page + " (NewsML)"), "NewsML round trip");
            // and valid against the official schemas, offline
            if (TeiConformance.available()) {
                TeiConformance.assertValid(tei, page + " (TEI)");
            }
            if (NewsMlConformance.available()) {
                NewsMlConformance.assertValid(newsMl, page + " (NewsML)");
            }
        }));
    }
}
