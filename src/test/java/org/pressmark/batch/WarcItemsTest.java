package org.pressmark.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressmark.testing.WarcFixtures;

/** The WARC reader's account of the file, on which the progress bar's share and time left rest. */
class WarcItemsTest {

    @TempDir
    Path tmp;

    /** What the reader hands over. */
    private static final class Recorder implements WarcItems.Sink {
        final List<Item> items = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        long read;

        @Override
        public void item(Item item) {
            items.add(item);
        }

        @Override
        public void problem(String id, String name, String message) {
            problems.add(message);
        }

        @Override
        public void skipped(String kind) {
        }

        @Override
        public void read(long bytes) {
            assertTrue(bytes >= 0, "a negative count: " + bytes);
            read += bytes;
        }
    }

    /** A page that compresses well, as pages do: its bytes far outnumber those of its gzip record. */
    private static byte[] longPage(int i) {
        String paragraph = "The ferry timetable for the winter months is posted at the harbour office. ";
        return WarcFixtures.page("Timetable " + i, paragraph.repeat(200));
    }

    private Recorder read(Path warc) throws Exception {
        Recorder r = new Recorder();
        WarcItems.read(warc, warc.getFileName().toString(), "out", r);
        return r;
    }

    @Test
    void theBytesReadOfACompressedWarcAddUpToItsSizeNotToItsPages() throws Exception {
        Path warc = tmp.resolve("crawl.warc.gz");
        try (WarcFixtures w = WarcFixtures.create(warc, true)) {
            for (int i = 0; i < 4; i++) {
                w.request("https://ferry.example/" + i);
                w.response("https://ferry.example/" + i, 200, "text/html", longPage(i));
            }
        }
        Recorder r = read(warc);
        assertEquals(4, r.items.size());
        long pages = 0;
        for (Item item : r.items) {
            pages += item.loader().load().length;
            assertEquals(0, item.inputBytes(), "a record's bytes are counted by the reader, not by its item");
        }
        assertTrue(pages > 4 * Files.size(warc), "the pages should outweigh the compressed file");
        assertEquals(Files.size(warc), r.read);
    }

    /** A corrupt record in the middle of a WARC, and a .warc.gz cut inside its last record. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aDamagedWarcIsCountedToItsEnd(boolean cut) throws Exception {
        Path warc = tmp.resolve(cut ? "cut.warc.gz" : "damaged.warc");
        long[] starts = WarcFixtures.responses(warc, cut, longPage(1), longPage(2), longPage(3));
        if (cut) {
            WarcFixtures.cutInside(warc, starts[2]);
        } else {
            WarcFixtures.damageHeader(warc, starts[1]);
        }
        Recorder r = read(warc);
        assertEquals(2, r.items.size());
        assertEquals(1, r.problems.size(), r.problems.toString());
        assertEquals(Files.size(warc), r.read);
    }
}
