package org.pressmark.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressmark.Pressmark;
import org.pressmark.source.Intake;
import org.pressmark.testing.TeiConformance;
import org.pressmark.testing.WarcFixtures;

class BatchTest {

    @TempDir
    Path tmp;

    static final Pressmark PRESSMARK = Pressmark.builder().conversionTime(Instant.parse("2026-01-01T00:00:00Z")).build();

    /** The TEI document and the plain text, as the convert command writes them. */
    static final Batch.Converter TEI_AND_TEXT = source -> {
        var c = PRESSMARK.convert(source);
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put(".tei.xml", c.tei());
        m.put(".txt", c.expect(org.pressmark.Format.TEXT));
        return m;
    };

    static byte[] page(int i) {
        return WarcFixtures.page("Harbour note number " + i,
                "The harbour master wrote on Tuesday that the tide tables for the coming month are posted.",
                "Note " + i + " adds that the slipway will be closed for repairs during the second week, "
                        + "and that visiting boats should moor at the outer pontoon instead.");
    }

    static Map<String, byte[]> tree(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** Writes pages p0.html … p(N-1).html into a new folder "in" and returns it. */
    Path pages(int n) throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        for (int i = 0; i < n; i++) {
            Files.write(in.resolve("p" + i + ".html"), page(i));
        }
        return in;
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String k : expected.keySet()) {
            assertArrayEquals(expected.get(k), actual.get(k), k);
        }
    }

    static Map<String, byte[]> outputsOnly(Map<String, byte[]> tree) {
        Map<String, byte[]> m = new TreeMap<>(tree);
        m.keySet().removeIf(k -> k.equals("report.csv") || k.equals("report.json") || k.equals(Journal.FILE_NAME));
        return m;
    }

    @Test
    void folderOutputsMirrorTheTreeAndTheManifestListsEveryOutput() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("2021/08"));
        Files.write(in.resolve("2021/08/ferry.html"), Files.readAllBytes(Path.of("testdata/pages/blogger-harbour-ferry.html")));
        Files.write(in.resolve("notes.txt"), Files.readAllBytes(Path.of("testdata/pages/blogger-save-as-text.txt")));
        Files.write(in.resolve("picture.png"), new byte[] {1, 2, 3});
        Path out = tmp.resolve("out");

        BatchResult r = Batch.builder(out, TEI_AND_TEXT).threads(2).build().run(List.of(in));

        assertEquals(2, r.count(ItemResult.Status.CONVERTED), r.items().toString());
        assertTrue(Files.isRegularFile(out.resolve("2021/08/ferry.tei.xml")));
        assertTrue(Files.isRegularFile(out.resolve("notes.txt")));
        TeiConformance.assertValid(Files.readAllBytes(out.resolve("2021/08/ferry.tei.xml")), "ferry.tei.xml");
        List<String> manifest = Files.readAllLines(out.resolve("manifest-sha256.txt"));
        assertEquals(4, manifest.size(), manifest.toString());
        for (String line : manifest) {
            String[] f = line.split("  ", 2);
            assertEquals(Intake.sha256(Files.readAllBytes(out.resolve(f[1]))), f[0], line);
        }
        List<String> csv = Files.readAllLines(out.resolve("report.csv"));
        assertEquals("source,item,status,error,outputs,source_sha256,milliseconds", csv.get(0));
        assertEquals(3, csv.size());
        assertTrue(csv.get(1).contains(",converted,"), csv.get(1));
        assertTrue(Files.readString(out.resolve("report.json")).contains("\"status\":\"converted\""));
        assertFalse(Files.exists(out.resolve(Batch.STAGING)), "no staging folder left");
        // the batch hashes each source once; the provenance and the report carry that checksum
        String ferrySha = Intake.sha256(Files.readAllBytes(in.resolve("2021/08/ferry.html")));
        assertTrue(Files.readString(out.resolve("2021/08/ferry.tei.xml")).contains(">" + ferrySha + "</idno>"));
        assertTrue(csv.stream().anyMatch(l -> l.contains("ferry") && l.contains("," + ferrySha + ",")), csv.toString());
    }

    @Test
    void warcHtmlResponsesBecomeItemsAndOtherRecordsAreCountedAsSkipped() throws Exception {
        Path warc = tmp.resolve("crawl.warc.gz");
        try (WarcFixtures w = WarcFixtures.create(warc, true)) {
            w.request("https://news.example/a/one.html");
            w.response("https://news.example/a/one.html", 200, "text/html; charset=utf-8", page(1));
            w.response("https://news.example/missing", 404, "text/html", page(2));
            w.response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            w.metadata("https://news.example/a/one.html");
            w.response("https://news.example/b/two", 200, "text/html", page(3), "gzip");
        }
        Path out = tmp.resolve("out");
        BatchResult r = Batch.builder(out, TEI_AND_TEXT).threads(2).build().run(List.of(warc));

        assertEquals(2, r.count(ItemResult.Status.CONVERTED), r.items().toString());
        assertEquals(Map.of("request", 1, "non-2xx", 1, "non-html", 1, "metadata", 1), r.skippedRecords());
        ItemResult first = r.items().get(0);
        assertTrue(first.item().startsWith(warc.toString() + "#urn:uuid:"), first.item());
        String base = first.outputs().get(0);
        assertTrue(base.matches("crawl/news\\.example/a/one-[0-9a-f]{10}\\.tei\\.xml"), base);
        String tei = Files.readString(out.resolve(base), StandardCharsets.UTF_8);
        assertTrue(tei.contains("https://news.example/a/one.html"), "the target URI is recorded");
        assertTrue(tei.contains("urn:uuid:"), "the record id is recorded");
        assertTrue(tei.contains("2024-03-01T10:00:01Z"), "the capture date is recorded");
        String text = Files.readString(out.resolve(r.items().get(1).outputs().get(1)), StandardCharsets.UTF_8);
        assertTrue(text.contains("Harbour note number 3"), "a gzip-encoded body is decoded");
    }

    @Test
    void aBrotliEncodedBodyIsDecoded() throws Exception {
        Path warc = tmp.resolve("br.warc.gz");
        try (WarcFixtures w = WarcFixtures.create(warc, true)) {
            w.responseEncoded("https://museum.example/logbook", "text/html; charset=utf-8",
                    Files.readAllBytes(Path.of("testdata/warc/brotli-page.html.br")), "br");
        }
        Path out = tmp.resolve("out");
        BatchResult r = Batch.builder(out, TEI_AND_TEXT).build().run(List.of(warc));
        assertEquals(1, r.count(ItemResult.Status.CONVERTED), r.items().toString());
        String text = Files.readString(out.resolve(r.items().get(0).outputs().get(1)), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("The lighthouse keeper's logbook\n"), text);
        assertTrue(text.contains("volunteers are reading the handwriting aloud"), text);
    }

    @Test
    void aCorruptRecordInTheMiddleFailsAloneAndTheNextRecordsAreConverted() throws Exception {
        Path warc = tmp.resolve("damaged.warc");
        long[] starts = WarcFixtures.responses(warc, false, page(1), page(2), page(3));
        WarcFixtures.damageHeader(warc, starts[1]);
        BatchResult r = Batch.builder(tmp.resolve("out"), TEI_AND_TEXT).threads(1).build().run(List.of(warc));

        assertEquals(2, r.count(ItemResult.Status.CONVERTED), r.items().toString());
        assertEquals(1, r.count(ItemResult.Status.FAILED), r.items().toString());
        ItemResult bad = r.items().stream().filter(i -> i.status() == ItemResult.Status.FAILED).findFirst().orElseThrow();
        assertTrue(bad.error().contains("offset " + starts[1]), bad.error());
        assertTrue(r.items().stream().anyMatch(i -> i.status() == ItemResult.Status.CONVERTED
                && i.item().contains("00000000-0000-4000-8000-000000000003")), "the record after the damage");
    }

    @Test
    void aTruncatedWarcGzKeepsTheRecordsBeforeTheCutAndReportsIt() throws Exception {
        Path warc = tmp.resolve("cut.warc.gz");
        long[] starts = WarcFixtures.responses(warc, true, page(1), page(2), page(3));
        WarcFixtures.cutInside(warc, starts[2]);
        BatchResult r = Batch.builder(tmp.resolve("out"), TEI_AND_TEXT).threads(2).build().run(List.of(warc));
        assertEquals(2, r.count(ItemResult.Status.CONVERTED), r.items().toString());
        assertEquals(1, r.count(ItemResult.Status.FAILED), r.items().toString());
        String error = r.items().get(2).error();
        assertTrue(error.contains("offset " + starts[2]), error);
    }

    @Test
    void progressOfAFilteredFolderCountsOnlyTheFilesSelected() throws Exception {
        Path in = pages(2);
        Files.write(in.resolve("notes.txt"), new byte[200_000]); // left out by the pattern below
        java.io.StringWriter lines = new java.io.StringWriter();
        Batch.builder(tmp.resolve("out"), TEI_AND_TEXT).include(List.of("*.html"))
                .progress(Progress.Mode.LINES, new java.io.PrintWriter(lines)).build().run(List.of(in));
        String[] printed = lines.toString().strip().split("\n");
        assertTrue(printed[printed.length - 1].startsWith("progress: 100% 2 items, 0 failed"), lines.toString());
    }

    @Test
    void runningAgainSkipsCompleteItemsAndForceConvertsThemAgain() throws Exception {
        Path in = pages(5);
        AtomicInteger calls = new AtomicInteger();
        Batch.Converter counting = s -> {
            calls.incrementAndGet();
            return TEI_AND_TEXT.convert(s);
        };
        Path out = tmp.resolve("out");
        Batch.builder(out, counting).build().run(List.of(in));
        Map<String, byte[]> first = outputsOnly(tree(out));
        assertEquals(5, calls.get());

        Files.write(in.resolve("p2.html"), page(22)); // one source changed since
        BatchResult again = Batch.builder(out, counting).build().run(List.of(in));
        assertEquals(6, calls.get(), "only the changed item is converted again");
        assertEquals(4, again.count(ItemResult.Status.SKIPPED));
        assertEquals(1, again.count(ItemResult.Status.CONVERTED));

        Batch.builder(out, counting).force(true).build().run(List.of(in));
        assertEquals(11, calls.get());
        assertFalse(java.util.Arrays.equals(first.get("p2.txt"), tree(out).get("p2.txt")));
    }

    @Test
    void anOutputLostOrCutShortAfterTheJournalRecordedItIsConvertedAgain() throws Exception {
        Path in = pages(3);
        Path out = tmp.resolve("out");
        Batch.builder(out, TEI_AND_TEXT).build().run(List.of(in));
        Map<String, byte[]> complete = outputsOnly(tree(out));

        // what a power cut can leave of files the operating system had not yet flushed
        Files.write(out.resolve("p0.txt"), new byte[0]);
        Files.delete(out.resolve("p1.tei.xml"));
        AtomicInteger calls = new AtomicInteger();
        BatchResult again = Batch.builder(out, s -> {
            calls.incrementAndGet();
            return TEI_AND_TEXT.convert(s);
        }).build().run(List.of(in));

        assertEquals(2, calls.get(), "the two damaged items, and only they, are converted again");
        assertEquals(1, again.count(ItemResult.Status.SKIPPED));
        Map<String, byte[]> repaired = outputsOnly(tree(out));
        assertSameFiles(complete, repaired);
    }

    @Test
    void forcingEveryFileToDiskWritesTheSameOutputs() throws Exception {
        Path in = pages(2);
        Batch.builder(tmp.resolve("lazy"), TEI_AND_TEXT).build().run(List.of(in));
        BatchResult synced = Batch.builder(tmp.resolve("synced"), TEI_AND_TEXT).sync(true).build().run(List.of(in));

        assertEquals(2, synced.count(ItemResult.Status.CONVERTED));
        Map<String, byte[]> lazy = outputsOnly(tree(tmp.resolve("lazy")));
        Map<String, byte[]> forced = outputsOnly(tree(tmp.resolve("synced")));
        assertSameFiles(lazy, forced);
    }

    @Test
    void aRunInterruptedAnyWhereEndsAsAnUninterruptedRunWouldHave() throws Exception {
        Path in = pages(6);
        Path clean = tmp.resolve("clean");
        Batch.builder(clean, TEI_AND_TEXT).build().run(List.of(in));

        // the state a kill leaves: some items complete, one item's first file renamed into place
        // without its journal line, temporary files in the staging folder, a journal line cut short
        Path crashed = tmp.resolve("crashed");
        Batch.builder(crashed, TEI_AND_TEXT).build().run(List.of(in.resolve("p0.html"), in.resolve("p1.html")));
        Files.writeString(crashed.resolve("p3.tei.xml"), "<TEI>half");
        Files.createDirectories(crashed.resolve(Batch.STAGING));
        Files.writeString(crashed.resolve(Batch.STAGING).resolve(".pressmark-1.tmp"), "partial");
        Files.writeString(crashed.resolve(Journal.FILE_NAME), "converted\t" + in.resolve("p4.html") + "\t00",
                java.nio.file.StandardOpenOption.APPEND);

        Batch.builder(crashed, TEI_AND_TEXT).build().run(List.of(in));

        Map<String, byte[]> expected = outputsOnly(tree(clean));
        Map<String, byte[]> actual = outputsOnly(tree(crashed));
        // p0 and p1 were converted as single files (top level) in the first, interrupted run
        assertSameFiles(expected, actual);
    }

    @Test
    void anItemThatOverrunsTheTimeLimitFailsAlone() throws Exception {
        Path in = pages(4);
        Batch.Converter slowOnP1 = s -> {
            if (s.name().endsWith("p1.html")) {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return TEI_AND_TEXT.convert(s);
        };
        BatchResult r = Batch.builder(tmp.resolve("out"), slowOnP1).threads(2).timeout(Duration.ofMillis(500))
                .build().run(List.of(in));
        assertEquals(3, r.count(ItemResult.Status.CONVERTED), r.items().toString());
        ItemResult p1 = r.items().get(1);
        assertEquals(ItemResult.Status.FAILED, p1.status());
        assertTrue(p1.error().contains("time limit"), p1.error());
        assertFalse(Files.exists(tmp.resolve("out/p1.tei.xml")));
    }

    @Test
    void aBatchsOutputFolderPassesTheFixityCheckOfValidate() throws Exception {
        Path out = tmp.resolve("out");
        Batch.builder(out, TEI_AND_TEXT).build().run(List.of(pages(3)));
        org.pressmark.validate.ValidationReport report = org.pressmark.validate.ArchiveValidator.builder()
                .fixity(true).include(List.of("*.none")).build().validate(out);
        assertEquals(List.of(), report.findings());
        assertEquals(List.of("fixity"), report.files().stream().map(f -> f.check()).toList());
    }

    @Test
    void aConversionThatIgnoresInterruptsHoldsUpNeitherTheOtherItemsNorTheEnd() throws Exception {
        Path in = pages(4);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
        Batch.Converter runawayOnP1 = s -> {
            if (s.name().endsWith("p1.html")) {
                while (release.getCount() > 0) {
                    Thread.onSpinWait();
                }
                Map<String, byte[]> late = TEI_AND_TEXT.convert(s);
                ended.countDown();
                return late;
            }
            return TEI_AND_TEXT.convert(s);
        };
        Path out = tmp.resolve("out");
        // one thread: the items after p1 are converted by the thread standing in for p1's
        // a limit that the other pages, converted on a cold JVM, stay well within
        BatchResult r = Batch.builder(out, runawayOnP1).threads(1).timeout(Duration.ofSeconds(2))
                .build().run(List.of(in));
        try {
            assertEquals(3, r.count(ItemResult.Status.CONVERTED), r.items().toString());
            assertTrue(r.items().get(1).error().contains("time limit"), r.items().get(1).error());
        } finally {
            release.countDown();
        }
        assertTrue(ended.await(30, java.util.concurrent.TimeUnit.SECONDS));
        Thread.sleep(200); // the abandoned conversion's result is dropped, never written
        assertFalse(Files.exists(out.resolve("p1.tei.xml")));
        assertFalse(Files.readString(out.resolve("manifest-sha256.txt")).contains("p1."));
    }

    @Test
    void badItemsGetAnErrorRowAndLeaveNothingBehind() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.write(in.resolve("empty.html"), new byte[0]);
        byte[] noise = new byte[2048];
        new Random(7).nextBytes(noise);
        Files.write(in.resolve("noise.html"), noise);
        byte[] legacy = "<html><body><article><h1>Caf\u00e9 cr\u00e8me</h1><p>Le caf\u00e9 est ouvert tous les jours de la semaine, m\u00eame le dimanche matin, pour les habitu\u00e9s du march\u00e9.</p></article></body></html>"
                .getBytes("windows-1252");
        Files.write(in.resolve("legacy.html"), legacy);
        Path out = tmp.resolve("out");
        BatchResult r = Batch.builder(out, TEI_AND_TEXT).build().run(List.of(in));

        Map<String, ItemResult> byName = new TreeMap<>();
        r.items().forEach(i -> byName.put(Path.of(i.item()).getFileName().toString(), i));
        assertEquals(ItemResult.Status.FAILED, byName.get("empty.html").status());
        assertTrue(byName.get("empty.html").error().contains("empty"), byName.get("empty.html").error());
        assertEquals(ItemResult.Status.FAILED, byName.get("noise.html").status());
        assertEquals(ItemResult.Status.CONVERTED, byName.get("legacy.html").status());
        assertTrue(Files.readString(out.resolve("legacy.txt")).contains("Caf\u00e9 cr\u00e8me"));
        assertEquals(List.of("legacy.tei.xml", "legacy.txt", "manifest-sha256.txt", Journal.FILE_NAME,
                "report.csv", "report.json"), new ArrayList<>(tree(out).keySet()));
    }

    @Test
    void twoItemsThatWouldShareOutputNamesDoNotOverwriteEachOther() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.write(in.resolve("post.html"), page(1));
        Files.write(in.resolve("post.htm"), page(2));
        BatchResult r = Batch.builder(tmp.resolve("out"), TEI_AND_TEXT).build().run(List.of(in));
        assertEquals(1, r.count(ItemResult.Status.CONVERTED));
        assertTrue(r.items().get(1).error().contains("another output folder"), r.items().get(1).error());
    }

    @Test
    void missingInputsAreReportedAsUnreadable() throws Exception {
        BatchResult r = Batch.builder(tmp.resolve("out"), TEI_AND_TEXT).build()
                .run(List.of(tmp.resolve("nowhere.warc.gz")));
        assertEquals(List.of(tmp.resolve("nowhere.warc.gz").toString()), r.unreadableInputs());
    }
}
