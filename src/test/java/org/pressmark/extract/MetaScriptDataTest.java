package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.pressmark.model.Metadata;

/** The publication date found in the data that script-driven templates embed, when nothing else shows one. */
class MetaScriptDataTest {

    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
    private static final String POST = "<h1>Roasting notes</h1><p>Light roasts keep more of the fruit.</p>";

    private static Metadata meta(String html) {
        return MetaExtractor.extract(Jsoup.parse(html), NOW);
    }

    @Test
    void aShopTemplatesArticleRecordGivesTheDate() {
        Metadata m = meta("<html><body>" + POST + "<script>var meta = {\"article\":{\"id\":7,"
                + "\"published_at\":\"2019-03-02T06:22:28+01:00\",\"created_at\":\"2019-02-28T10:00:00+01:00\"}};"
                + "</script></body></html>");
        assertEquals(LocalDate.of(2019, 3, 2), m.published().date());
        assertEquals(Metadata.Origin.MARKUP, m.origins().get(Metadata.Field.PUBLISHED));
    }

    @Test
    void anApplicationStateObjectGivesTheDate() {
        Metadata m = meta("<html><body>" + POST + "<script type=\"application/json\" data-state=\"review\">"
                + "{\"publishedDate\":\"2016-11-04T20:37:27Z\",\"updatedDate\":\"2016-11-05T08:00:00Z\"}"
                + "</script></body></html>");
        assertEquals(LocalDate.of(2016, 11, 4), m.published().date());
    }

    @Test
    void scriptsNamingSeveralDaysGiveNone() {
        Metadata m = meta("<html><body>" + POST + "<script type=\"application/json\">{\"related\":["
                + "{\"publishDate\":\"2024-03-17T08:00:00Z\"},{\"publishDate\":\"2024-03-16T08:00:00Z\"}]}"
                + "</script></body></html>");
        assertNull(m.published());
    }

    @Test
    void markupBeatsScriptData() {
        Metadata m = meta("<html><head><meta property=\"article:published_time\" content=\"2021-05-06\"></head>"
                + "<body>" + POST + "<script>{\"publishedAt\":\"2020-01-01T00:00:00Z\"}</script></body></html>");
        assertEquals(LocalDate.of(2021, 5, 6), m.published().date());
        assertEquals(Metadata.Origin.OPENGRAPH, m.origins().get(Metadata.Field.PUBLISHED));
    }

    /** What {@link MetaScriptData#values} finds, as a regular expression: every key, each match found after the last. */
    private static final Pattern DEFINITION = Pattern.compile("\"(?:" + String.join("|", MetaScriptData.KEYS) + ")\""
            + "\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2}[^\"]{0,30})\"");

    private static List<String> byDefinition(String data) {
        List<String> values = new ArrayList<>();
        Matcher m = DEFINITION.matcher(data);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    @Test
    void theScanFindsWhatTheExpressionFinds() {
        Random random = new Random(5);
        int withValues = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder data = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                data.append(random.nextInt(3) == 0 ? pick(random, NOISE) : record(random));
            }
            String s = data.toString();
            List<String> expected = byDefinition(s);
            withValues += expected.isEmpty() ? 0 : 1;
            assertEquals(expected, MetaScriptData.values(s), s);
        }
        // the generator reaches the matches, not only the misses
        assertTrue(withValues > 10_000, "pieces of data with a match: " + withValues);
    }

    private static final String[] NOISE = {"\"", ":", ",", "{", "}", "x", "P", "ublish", "publishe", "Published",
        "\"publishedAt\":\"", "2019-03-02", "\"2019-03-02\""};
    private static final String[] SPACE = {"", "", " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2003"};
    private static final String[] DATE = {"2019-03-02", "2019-03-02", "2019-3-02", "201-03-02", "2019-03-0", "2019/03/02",
        "20a9-03-02", "2019-03-02\"", "\u0662019-03-02"};

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** A key and its value as JSON writes them, now and then with one part missing or wrong. */
    private static String record(Random random) {
        List<String> keys = MetaScriptData.KEYS;
        String key = keys.get(random.nextInt(keys.size()));
        switch (random.nextInt(6)) {
            case 0 -> key = key.substring(0, random.nextInt(key.length()));
            case 1 -> key = key.substring(random.nextInt(key.length()));
            case 2 -> key = key + "x";
            default -> { }
        }
        String tail = "T06:22:28.000+01:00\"abc,x \"".repeat(3).substring(0, random.nextInt(40));
        if (random.nextBoolean()) {
            tail = "0123456789".repeat(4).substring(0, 28 + random.nextInt(5)); // about the length allowed
        }
        return (random.nextInt(10) == 0 ? "" : "\"") + key + (random.nextInt(10) == 0 ? "" : "\"")
                + pick(random, SPACE) + (random.nextInt(10) == 0 ? "=" : ":") + pick(random, SPACE)
                + (random.nextInt(10) == 0 ? "'" : "\"") + pick(random, DATE) + tail
                + (random.nextInt(5) == 0 ? "" : "\"") + (random.nextBoolean() ? "," : "");
    }

    @Test
    void theScanFindsEveryValueOfAStateObject() {
        String data = "window.__STATE__ = {\"posts\":[{\"publishedAt\" :\n \"2024-03-17T08:00:00.000Z\"},"
                + "{\"first_published_at\":\"2024-03-16\",\"publisher\":\"Daily\"},"
                + "{\"publishDate\":\"2024-03-15 and a tail longer than thirty characters\"}]}";
        assertEquals(List.of("2024-03-17T08:00:00.000Z", "2024-03-16"), MetaScriptData.values(data));
        assertEquals(byDefinition(data), MetaScriptData.values(data));
    }
}
