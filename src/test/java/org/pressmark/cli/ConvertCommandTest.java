package org.pressmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressmark.testing.TeiConformance;

class ConvertCommandTest {

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** The conversion outputs in a folder, without the batch's reports and journal. */
    static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> !List.of("manifest-sha256.txt", "report.csv", "report.json", "pressmark-journal.tsv")
                            .contains(n))
                    .sorted().collect(Collectors.toList());
        }
    }

    @Test
    void badInputsFailAloneWhileTheGoodOneIsConverted() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path empty = Files.write(in.resolve("empty.html"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path random = Files.write(in.resolve("random.html"), noise);
        Path furniture = Path.of("testdata/bad/furniture-only.txt");
        Path good = Path.of("testdata/pages/blogger-harbour-ferry.html");
        Path out = tmp.resolve("out");

        Result r = run("convert", "--out", out.toString(), empty.toString(), random.toString(),
                furniture.toString(), good.toString());

        assertEquals(Main.ITEM_FAILED, r.code(), r.err());
        assertTrue(r.err().contains(empty.toString()), r.err());
        assertTrue(r.err().contains(random.toString()), r.err());
        assertTrue(r.err().contains(furniture.toString()), r.err());
        assertFalse(r.err().contains(good.toString()), r.err());
        assertEquals(List.of("blogger-harbour-ferry.html", "blogger-harbour-ferry.tei.xml", "blogger-harbour-ferry.txt"),
                filesIn(out), "only the good input's outputs, and no temporary file");
        TeiConformance.assertValid(Files.readAllBytes(out.resolve("blogger-harbour-ferry.tei.xml")), "good input");
        List<String> report = Files.readAllLines(out.resolve("report.csv"));
        assertEquals(5, report.size(), "a header and one row per input");
        assertEquals(3, report.stream().filter(l -> l.contains(",failed,")).count(), report.toString());
        assertEquals(3, Files.readAllLines(out.resolve("manifest-sha256.txt")).size());
    }

    @Test
    void missingInputIsAUsageErrorButTheOthersAreConverted() throws IOException {
        Path out = tmp.resolve("out");
        Result r = run("convert", "-o", out.toString(), tmp.resolve("nope.html").toString(),
                "testdata/pages/blogger-harbour-ferry.html");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("nope.html: no such file"), r.err());
        assertTrue(Files.exists(out.resolve("blogger-harbour-ferry.tei.xml")));
    }

    @Test
    void twoInputsWithTheSameNameDoNotOverwriteEachOther() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a")).resolve("post.txt");
        Path b = Files.createDirectories(tmp.resolve("b")).resolve("post.txt");
        Files.copy(Path.of("testdata/pages/blogger-save-as-text.txt"), a);
        Files.copy(Path.of("testdata/pages/blogger-save-as-text.txt"), b);
        Path out = tmp.resolve("out");
        Result r = run("convert", "-o", out.toString(), a.toString(), b.toString());
        assertEquals(Main.ITEM_FAILED, r.code());
        assertTrue(r.err().contains(b.toString()) && r.err().contains("another output folder"), r.err());
        assertEquals(List.of("post.html", "post.tei.xml", "post.txt"), filesIn(out));
    }

    @Test
    void aFolderWithAWarcFileConvertsEveryPageAndRunningAgainSkipsThem() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/crawls"));
        try (org.pressmark.testing.WarcFixtures w = org.pressmark.testing.WarcFixtures.create(in.resolve("day1.warc.gz"), true)) {
            w.request("https://blog.example/post");
            w.response("https://blog.example/post", 200, "text/html", org.pressmark.testing.WarcFixtures.page("Post",
                    "A paragraph long enough to be taken for the article body of this small page, with words."));
        }
        Files.copy(Path.of("testdata/pages/static-blog-letters.html"), tmp.resolve("in/letters.html"));
        Path out = tmp.resolve("out");
        Result r = run("convert", "-o", out.toString(), "--format", "tei", tmp.resolve("in").toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("converted 2, already complete 0, failed 0 of 2 items"), r.out());
        assertTrue(r.out().contains("WARC records not converted: 1 request"), r.out());
        assertTrue(Files.isRegularFile(out.resolve("letters.tei.xml")));
        try (Stream<Path> s = Files.walk(out.resolve("crawls/day1/blog.example"))) {
            assertEquals(1, s.filter(p -> p.toString().endsWith(".tei.xml")).count());
        }
        Result again = run("convert", "-o", out.toString(), "--format", "tei", tmp.resolve("in").toString());
        assertEquals(Main.OK, again.code(), again.err());
        assertTrue(again.out().contains("converted 0, already complete 2"), again.out());
    }

    @Test
    void noInputIsAUsageError() {
        Result r = run("convert");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("INPUT"), r.err());
    }

    @Test
    void helpListsTheExitCodes() {
        Result r = run("convert", "--help");
        assertEquals(Main.OK, r.code());
        assertTrue(r.out().contains("Exit codes:"), r.out());
        assertTrue(r.out().contains("some item failed"), r.out());
        assertTrue(r.out().contains("--threads") && r.out().contains("--force"), r.out());
        assertTrue(r.out().contains("--out"), r.out());
    }

    @Test
    void versionNamesTheTool() {
        Result r = run("--version");
        assertEquals(Main.OK, r.code());
        assertTrue(r.out().startsWith("Pressmark "), r.out());
    }

    @Test
    void outputsAreUtf8Files() throws IOException {
        Path out = tmp.resolve("out");
        Result r = run("convert", "-q", "-o", out.toString(), "testdata/pages/blogger-harbour-ferry.html");
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals("", r.out(), "--quiet prints nothing on success");
        byte[] tei = Files.readAllBytes(out.resolve("blogger-harbour-ferry.tei.xml"));
        assertTrue(new String(tei, StandardCharsets.UTF_8).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        TeiConformance.assertValid(tei, "blogger-harbour-ferry.tei.xml");
    }
}
