package org.pressmark.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library side of issue 6: {@link ArchiveValidator} and its report, as other projects' tests use it. */
class ArchiveValidatorTest {

    private static final Path FIXTURES = Path.of("testdata/validate");

    @TempDir
    Path tmp;

    @Test
    void validFilePassesAssertValid() {
        ValidationReport report = ArchiveValidator.create().validate(FIXTURES.resolve("valid.tei.xml"));
        report.assertValid();
        assertEquals(1, report.files().size());
        FileResult only = report.files().get(0);
        assertEquals("TEI", only.check());
        assertTrue(only.valid());
        assertEquals(List.of(), report.findings());
    }

    @Test
    void assertValidFailsWithEveryErrorInCompilerStyle() {
        ValidationReport report = ArchiveValidator.create().validate(FIXTURES.resolve("valid.tei.xml"),
                FIXTURES.resolve("unknown-element.tei.xml"), FIXTURES.resolve("entity-bomb.tei.xml"));
        AssertionError e = assertThrows(AssertionError.class, report::assertValid);
        assertTrue(e.getMessage().startsWith("2 of 3 files did not pass validation:"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown-element.tei.xml:21:16: error: "), e.getMessage());
        assertTrue(e.getMessage().contains("entity-bomb.tei.xml:3:15: error: "), e.getMessage());
        assertEquals(List.of(true, false, false), report.files().stream().map(FileResult::valid).toList());
        assertFalse(report.unreadable());
    }

    @Test
    void resultsKeepTheOrderOfTheInputsWhateverTheThreads() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i < 12; i++) {
            Files.copy(FIXTURES.resolve(i % 3 == 0 ? "unknown-element.tei.xml" : "valid.tei.xml"),
                    dir.resolve(String.format("f%02d.tei.xml", i)));
        }
        ValidationReport parallel = ArchiveValidator.builder().threads(4).build().validate(dir);
        ValidationReport serial = ArchiveValidator.builder().threads(1).build().validate(dir);
        assertEquals(serial.files(), parallel.files());
        assertEquals(12, parallel.files().size());
        assertEquals(4, parallel.invalidCount());
        assertTrue(parallel.files().get(0).file().endsWith("f00.tei.xml"));
        assertFalse(parallel.files().get(0).valid());
        assertTrue(parallel.files().get(1).valid(), "a validator reused after an invalid file starts afresh");
    }

    @Test
    void fixityAndSchemaThroughTheBuilder() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bag"));
        Files.copy(FIXTURES.resolve("schema/note-valid.xml"), dir.resolve("note.xml"));
        Files.writeString(dir.resolve("manifest-sha256.txt"), FixityCheck.sha256(dir.resolve("note.xml")) + " *note.xml\n");
        ArchiveValidator validator = ArchiveValidator.builder().schema(FIXTURES.resolve("schema/note.xsd"))
                .fixity(true).build();
        ValidationReport report = validator.validate(dir);
        report.assertValid();
        assertEquals(List.of("fixity", "schema"), report.files().stream().map(FileResult::check).toList());
    }

    @Test
    void aBatchsJournalAndReportsNeedNoManifestLineButOtherwiseAReportIsAnOrdinaryFile() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("batch"));
        Files.copy(FIXTURES.resolve("schema/note-valid.xml"), dir.resolve("note.xml"));
        Files.writeString(dir.resolve("manifest-sha256.txt"), FixityCheck.sha256(dir.resolve("note.xml")) + "  note.xml\n");
        Files.writeString(dir.resolve("report.csv"), "source,item,status\n");
        Files.writeString(dir.resolve("report.json"), "[]\n");
        ArchiveValidator fixity = ArchiveValidator.builder().fixity(true).include(List.of("*.none")).build();

        // without a journal, the folder is not a batch's: its reports are files like any other
        List<String> unlisted = fixity.validate(dir).findings().stream()
                .filter(f -> f.code().equals(Finding.FIXITY_UNLISTED)).map(f -> Path.of(f.file()).getFileName().toString())
                .sorted().toList();
        assertEquals(List.of("report.csv", "report.json"), unlisted);

        Files.writeString(dir.resolve(org.pressmark.batch.Batch.JOURNAL_FILE), "converted\tnote\t" + "0".repeat(64) + "\n");
        assertEquals(List.of(), fixity.validate(dir).findings());

        // a batch's records are exempt in its own folder only, not further down
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("report.csv"), "x\n");
        assertEquals(List.of("sub/report.csv"), fixity.validate(dir).findings().stream()
                .map(f -> dir.relativize(Path.of(f.file()).toAbsolutePath()).toString().replace('\\', '/')).toList());
    }

    @Test
    void unusableSchemaIsASchemaExceptionWithLocatedFindings() {
        SchemaException e = assertThrows(SchemaException.class,
                () -> ArchiveValidator.builder().schema(FIXTURES.resolve("remote-schema.xsd")).build());
        Finding f = e.findings().get(0);
        assertEquals(Finding.SCHEMA_LOCATION_REFUSED, f.code());
        assertEquals(8, f.line());
        assertTrue(f.file().endsWith("remote-schema.xsd"), f.file());
    }

    @Test
    void schemaWithADoctypeIsRefused() throws Exception {
        Path xsd = tmp.resolve("dtd.xsd");
        Files.writeString(xsd, "<?xml version=\"1.0\"?>\n<!DOCTYPE xs:schema [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"a\"/></xs:schema>\n");
        SchemaException e = assertThrows(SchemaException.class, () -> ArchiveValidator.builder().schema(xsd).build());
        assertEquals(Finding.DTD_REFUSED, e.findings().get(0).code());
    }

    @Test
    void missingInputIsUnreadableNotAnException() {
        ValidationReport report = ArchiveValidator.create().validate(tmp.resolve("gone"));
        assertTrue(report.unreadable());
        assertEquals(Finding.UNREADABLE, report.findings().get(0).code());
    }

    @Test
    void newsItemRootChoosesTheNewsmlProfileOrSaysThereIsNone() throws Exception {
        Path news = tmp.resolve("item.newsml.xml");
        Files.writeString(news, "<?xml version=\"1.0\"?>\n<newsItem xmlns=\"" + XmlSchemas.NEWSML_NAMESPACE
                + "\" guid=\"urn:x\" version=\"1\" standard=\"NewsML-G2\" standardversion=\"2.34\"/>\n");
        Optional<XmlSchemas> profile = XmlSchemas.forRoot(XmlSchemas.NEWSML_NAMESPACE, "newsItem");
        FileResult result = ArchiveValidator.create().validate(news).files().get(0);
        if (profile.isPresent()) {
            assertEquals(profile.get().name(), result.check());
        } else {
            assertEquals(Finding.NO_PROFILE, result.findings().get(0).code());
            assertTrue(result.findings().get(0).message().startsWith(
                    "no built-in profile for root element newsItem in namespace " + XmlSchemas.NEWSML_NAMESPACE),
                    result.findings().get(0).message());
        }
    }

    @Test
    void teiRootChoosesTheTeiProfile() {
        assertEquals(Optional.of(XmlSchemas.TEI), XmlSchemas.forRoot(XmlSchemas.TEI_NAMESPACE, "TEI"));
        assertEquals(Optional.empty(), XmlSchemas.forRoot("", "TEI"));
    }

    @Test
    void junitXmlHasATestcasePerFileAndAFailurePerInvalidOne() {
        ValidationReport report = ArchiveValidator.create().validate(FIXTURES.resolve("valid.tei.xml"),
                FIXTURES.resolve("unknown-element.tei.xml"), tmp.resolve("gone.xml"));
        String xml = new String(report.toJUnitXml(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(3, xml.split("<testcase ", -1).length - 1, xml);
        assertEquals(1, xml.split("<failure ", -1).length - 1, xml);
        assertEquals(1, xml.split("<error ", -1).length - 1, xml);
        assertTrue(xml.contains("tests=\"3\" failures=\"1\" errors=\"1\""), xml);
    }

    @Test
    void controlCharactersNeverBreakTheJUnitXml() {
        assertEquals("a\uFFFDb", ReportFormats.xmlSafe("a\u0001b"));
        assertEquals("ok \uD83D\uDE00", ReportFormats.xmlSafe("ok \uD83D\uDE00"));
    }
}
