package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
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
}
