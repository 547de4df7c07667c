package org.pressmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pressmark extract}: one JSON line per input, errors as JSON lines too. */
class ExtractCommandTest {

    @TempDir
    Path tmp;

    @Test
    void jsonLinesCarryTheMetadataTheTextAndWhereEachValueWasFound() throws Exception {
        Path empty = Files.write(tmp.resolve("empty.html"), new byte[0]);
        ConvertCommandTest.Result r = ConvertCommandTest.run("extract", "--jsonl",
                "testdata/pages/news-tidal-energy.html", empty.toString());
        assertEquals(Main.ITEM_FAILED, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r.out());
        String page = lines[0];
        assertTrue(page.startsWith("{\"source\":\"testdata/pages/news-tidal-energy.html\",\"title\":"), page);
        for (String key : new String[] {"\"authors\":[", "\"published\":\"", "\"modified\":", "\"site\":", "\"language\":",
            "\"direction\":\"ltr\"", "\"url\":", "\"description\":", "\"tags\":[", "\"text\":\"", "\"sources\":{"}) {
            assertTrue(page.contains(key), key + " in " + page);
        }
        assertTrue(page.contains("\"title\":\"json-ld\""), "the title's origin: " + page);
        assertFalse(page.contains("\n"));
        assertEquals("{\"source\":\"" + empty + "\",\"error\":\"the file is empty\"}", lines[1]);
        assertTrue(r.err().contains(empty + ": the file is empty"), r.err());
    }

    @Test
    void withoutJsonlTheOutputIsReadable() {
        ConvertCommandTest.Result r = ConvertCommandTest.run("extract", "testdata/pages/blogger-save-as-text.txt");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("== testdata/pages/blogger-save-as-text.txt\nTitle: "), r.out());
    }

    @Test
    void aMissingInputIsAUsageError() {
        ConvertCommandTest.Result r = ConvertCommandTest.run("extract", "--jsonl", tmp.resolve("nope.html").toString());
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.out().contains("\"error\":\"no such file\""), r.out());
    }
}
