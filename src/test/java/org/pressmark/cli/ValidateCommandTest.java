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
import java.util.HexFormat;
import java.util.List;
import java.security.MessageDigest;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressmark.render.Renderer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** End-to-end tests of {@code pressmark validate} (issue 6). */
class ValidateCommandTest {

    private static final Path FIXTURES = Path.of("testdata/validate");
    /** The first words of testdata/validate/secret.txt, which xxe-file.tei.xml tries to read. */
    private static final String SECRET = "PRESSMARK-LOCAL-SECRET";

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path copy(Path folder, String... fixtures) throws IOException {
        Files.createDirectories(folder);
        for (String f : fixtures) {
            Files.copy(FIXTURES.resolve(f), folder.resolve(f));
        }
        return folder;
    }

    @Test
    void issue6FolderWithAnInvalidFileAndTwoAttacksFailsWithAJUnitReportAndLeaksNothing() throws Exception {
        Path dir = copy(tmp.resolve("archive"), "valid.tei.xml", "unknown-element.tei.xml", "xxe-file.tei.xml",
                "entity-bomb.tei.xml", "secret.txt");
        Path report = tmp.resolve("reports/validate.xml");

        Result r = run("validate", "--report", report.toString(), dir.toString());

        assertEquals(Main.ITEM_FAILED, r.code(), r.all());
        String unknown = dir.resolve("unknown-element.tei.xml").toString();
        assertTrue(r.out().contains(unknown + ":21:"), "the invalid file's finding names its line:\n" + r.out());
        assertTrue(r.out().contains(unknown + ":21:16: error: ") && r.out().contains("blink"), r.out());
        assertTrue(r.out().contains(dir.resolve("xxe-file.tei.xml") + ":3:15: error: "), r.out());
        assertTrue(r.out().contains("[XML-002]"), r.out());
        assertTrue(r.out().contains(dir.resolve("entity-bomb.tei.xml") + ":3:15: error: "), r.out());
        assertFalse(r.out().contains(dir.resolve("valid.tei.xml") + ":"), "no finding for the valid file");
        assertTrue(r.out().contains("4 files checked: 1 passed, 3 failed"), r.out());

        Document junit = parse(report);
        Element suites = junit.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        NodeList cases = junit.getElementsByTagName("testcase");
        assertEquals(4, cases.getLength());
        assertEquals(3, junit.getElementsByTagName("failure").getLength());
        assertEquals("3", ((Element) junit.getElementsByTagName("testsuite").item(0)).getAttribute("failures"));
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            boolean failed = c.getElementsByTagName("failure").getLength() == 1;
            assertEquals(!c.getAttribute("name").endsWith("valid.tei.xml") || c.getAttribute("name").contains("unknown"),
                    failed, c.getAttribute("name"));
        }
        String reportText = Files.readString(report);
        assertTrue(reportText.contains("blink"), "failures carry the messages");
        try (var files = Files.list(report.getParent())) {
            assertEquals(List.of(report), files.toList(), "written atomically, no temporary file left");
        }

        for (String output : List.of(r.out(), r.err(), reportText)) {
            assertFalse(output.contains(SECRET), "a local file's content leaked:\n" + output);
            assertFalse(output.contains("root:x:"), "/etc/passwd leaked:\n" + output);
        }
    }

    @Test
    void validFileAloneExitsZero() {
        Result r = run("validate", FIXTURES.resolve("valid.tei.xml").toString());
        assertEquals(Main.OK, r.code(), r.all());
        assertEquals("1 file checked: 1 passed, 0 failed (0 errors, 0 warnings)\n", r.out().replace("\r", ""));
    }

    @Test
    void missingPathExitsTwo() {
        Result r = run("validate", FIXTURES.resolve("valid.tei.xml").toString(), tmp.resolve("nope").toString());
        assertEquals(Main.USAGE, r.code(), r.all());
        assertTrue(r.out().contains(tmp.resolve("nope") + ": error: no such file or folder [IO-001]"), r.out());
    }

    @Test
    void networkEntitiesAndExternalDtdAreRefusedWithoutBeingFetched() {
        Result r = run("validate", FIXTURES.resolve("xxe-http.tei.xml").toString());
        assertEquals(Main.ITEM_FAILED, r.code(), r.all());
        assertTrue(r.out().contains("xxe-http.tei.xml:3:") && r.out().contains("[XML-002]"), r.out());
        assertFalse(r.out().contains("attacker.example"), "nothing was resolved: " + r.out());
    }

    @Test
    void includeGlobsChooseTheFilesOfAFolder() throws IOException {
        Path dir = copy(tmp.resolve("a"), "valid.tei.xml", "unknown-element.tei.xml");
        Files.copy(FIXTURES.resolve("valid.tei.xml"), dir.resolve("copy.xml.bak"));
        Result r = run("validate", "--include", "valid*.xml,*.bak", dir.toString());
        assertEquals(Main.OK, r.code(), r.all());
        assertTrue(r.out().contains("2 files checked"), r.out());
    }

    @Test
    void rootWithoutABuiltInProfileIsAFindingNamingIt() {
        Result r = run("validate", FIXTURES.resolve("schema/note-valid.xml").toString());
        assertEquals(Main.ITEM_FAILED, r.code());
        assertTrue(r.out().contains("no built-in profile for root element note in namespace urn:pressmark:test:note"),
                r.out());
        assertTrue(r.out().contains("[XML-003]"), r.out());
    }

    // --fixity

    private Path bag() throws Exception {
        Path dir = copy(tmp.resolve("bag"), "valid.tei.xml");
        Files.createDirectories(dir.resolve("media"));
        Files.writeString(dir.resolve("media/note.txt"), "a note\n");
        Files.writeString(dir.resolve("manifest-sha256.txt"),
                sha256(dir.resolve("valid.tei.xml")) + "  valid.tei.xml\n"
                        + sha256(dir.resolve("media/note.txt")) + "  media/note.txt\n");
        return dir;
    }

    @Test
    void fixityPassesForAGoodManifest() throws Exception {
        Path dir = bag();
        Result r = run("validate", "--fixity", dir.toString());
        assertEquals(Main.OK, r.code(), r.all());
        assertTrue(r.out().contains("2 files checked: 2 passed"), r.out());
    }

    @Test
    void fixityReportsAChangedFileAtItsManifestLine() throws Exception {
        Path dir = bag();
        Files.writeString(dir.resolve("media/note.txt"), "a changed note\n");
        Result r = run("validate", "--fixity", dir.toString());
        assertEquals(Main.ITEM_FAILED, r.code(), r.all());
        assertTrue(r.out().contains(dir.resolve("manifest-sha256.txt") + ":2:1: error: media/note.txt has changed"),
                r.out());
        assertTrue(r.out().contains("[FIX-002]"), r.out());
    }

    @Test
    void fixityReportsAMissingAndAnUnlistedFile() throws Exception {
        Path dir = bag();
        Files.delete(dir.resolve("media/note.txt"));
        Files.writeString(dir.resolve("extra.txt"), "not in the manifest\n");
        Result r = run("validate", "--fixity", dir.toString());
        assertEquals(Main.ITEM_FAILED, r.code(), r.all());
        assertTrue(r.out().contains(":2:67: error: media/note.txt is listed in the manifest but missing [FIX-001]"),
                r.out());
        assertTrue(r.out().contains(dir.resolve("extra.txt") + ": error: not listed in ") && r.out().contains("[FIX-003]"),
                r.out());
    }

    @Test
    void fixityNeverReadsOutsideTheManifestsFolder() throws Exception {
        Path dir = bag();
        Files.writeString(dir.resolve("manifest-sha256.txt"), "0".repeat(64) + "  ../secret.txt\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Result r = run("validate", "--fixity", dir.toString());
        assertEquals(Main.ITEM_FAILED, r.code(), r.all());
        assertTrue(r.out().contains(":3:67: error: ../secret.txt leads outside the manifest's folder") , r.out());
    }

    @Test
    void reportFileInsideTheFolderIsNeitherValidatedNorUnlisted() throws Exception {
        Path dir = bag();
        Result first = run("validate", "--fixity", "--report", dir.resolve("junit.xml").toString(), dir.toString());
        Result second = run("validate", "--fixity", "--report", dir.resolve("junit.xml").toString(), dir.toString());
        assertEquals(Main.OK, first.code(), first.all());
        assertEquals(Main.OK, second.code(), second.all());
    }

    // --derivatives

    private Path converted() throws Exception {
        Path dir = copy(tmp.resolve("out"), "valid.tei.xml");
        Files.move(dir.resolve("valid.tei.xml"), dir.resolve("ferry.tei.xml"));
        byte[] tei = Files.readAllBytes(dir.resolve("ferry.tei.xml"));
        Files.writeString(dir.resolve("ferry.html"), Renderer.shared().toHtml(tei, "ferry.tei.xml"));
        Files.writeString(dir.resolve("ferry.txt"), Renderer.shared().toText(tei, "ferry.tei.xml"));
        return dir;
    }

    @Test
    void freshDerivativesPass() throws Exception {
        Path dir = converted();
        Result r = run("validate", "--derivatives", dir.toString());
        assertEquals(Main.OK, r.code(), r.all());
        assertTrue(r.out().contains("3 files checked: 3 passed"), r.out());
    }

    @Test
    void editedDerivativeNamesItsFirstDifferingLine() throws Exception {
        Path dir = converted();
        List<String> lines = Files.readAllLines(dir.resolve("ferry.txt"));
        int edited = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("eleven passengers")) {
                lines.set(i, lines.get(i).replace("eleven", "twelve"));
                edited = i + 1;
            }
        }
        assertTrue(edited > 0, "the text copy has the sentence");
        Files.write(dir.resolve("ferry.txt"), lines);

        Result r = run("validate", "--derivatives", dir.toString());

        assertEquals(Main.ITEM_FAILED, r.code(), r.all());
        assertTrue(r.out().contains(dir.resolve("ferry.txt") + ":" + edited + ":"), r.out());
        assertTrue(r.out().contains("first at line " + edited) && r.out().contains("[DER-001]"), r.out());
        assertFalse(r.out().contains("ferry.html:"), "the HTML copy is fresh: " + r.out());
    }

    // --schema and --catalog

    @Test
    void ownSchemaWithALocalIncludeValidates() {
        Path s = FIXTURES.resolve("schema");
        Result r = run("validate", "--schema", s.resolve("note.xsd").toString(), s.resolve("note-valid.xml").toString(),
                s.resolve("note-invalid.xml").toString());
        assertEquals(Main.ITEM_FAILED, r.code(), r.all());
        assertTrue(r.out().contains(s.resolve("note-invalid.xml") + ":2:55: error: ") && r.out().contains("'high'"),
                r.out());
        assertFalse(r.out().contains("note-valid.xml:"), r.out());
    }

    @Test
    void remoteImportIsRefusedAtItsLineWithoutFetching() {
        Result r = run("validate", "--schema", FIXTURES.resolve("remote-schema.xsd").toString(),
                FIXTURES.resolve("schema/stamped-note.xml").toString());
        assertEquals(Main.USAGE, r.code(), r.all());
        assertTrue(r.err().contains("remote-schema.xsd:8:67: error: schema location http://schemas.example/stamp.xsd"
                + " refused"), r.err());
        assertTrue(r.err().contains("[XSD-003]"), r.err());
    }

    @Test
    void catalogMapsARemoteImportToALocalCopy() {
        Result r = run("validate", "--schema", FIXTURES.resolve("remote-schema.xsd").toString(),
                "--catalog", FIXTURES.resolve("schema/catalog.xml").toString(),
                FIXTURES.resolve("schema/stamped-note.xml").toString());
        assertEquals(Main.OK, r.code(), r.all());
    }

    @Test
    void catalogWithoutSchemaIsAUsageError() {
        Result r = run("validate", "--catalog", FIXTURES.resolve("schema/catalog.xml").toString(),
                FIXTURES.resolve("valid.tei.xml").toString());
        assertEquals(Main.USAGE, r.code());
    }

    // output

    @Test
    void jsonFormatIsOneObjectWithFilesAndCodedFindings() throws IOException {
        Path dir = copy(tmp.resolve("j"), "valid.tei.xml", "unknown-element.tei.xml");
        Result r = run("validate", "--format", "json", dir.toString());
        assertEquals(Main.ITEM_FAILED, r.code(), r.all());
        String json = r.out().strip();
        assertTrue(json.startsWith("{\"valid\":false,\"summary\":{\"files\":2,\"failed\":1,\"errors\":1,\"warnings\":0}"),
                json);
        assertEquals(1, json.split("\n").length, "one line");
        assertTrue(json.contains("\"check\":\"TEI\""), json);
        assertTrue(json.contains("\"line\":21,\"column\":16,\"severity\":\"error\",\"code\":\"XSD-001\""), json);
    }

    @Test
    void helpListsTheExitCodes() {
        Result r = run("validate", "--help");
        assertEquals(Main.OK, r.code());
        assertTrue(r.out().contains("Exit codes:") && r.out().contains("--fixity") && r.out().contains("--report"),
                r.out());
    }

    private static Document parse(Path xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(xml.toFile());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
