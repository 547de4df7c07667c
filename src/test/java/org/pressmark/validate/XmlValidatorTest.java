package org.pressmark.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

class XmlValidatorTest {

    private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    /** A minimal document of the profile, with BODY where the entry's blocks go (line 20). */
    private static String doc(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0">
                  <teiHeader>
                    <fileDesc>
                      <titleStmt><title type="main">t</title></titleStmt>
                      <publicationStmt><publisher>Pressmark</publisher><date type="conversion" when="2026-01-01T00:00:00Z"/></publicationStmt>
                      <sourceDesc>
                        <bibl type="webPage"><title level="a">t</title>
                          <idno type="sha256">%s</idno><idno type="source-file">a.html</idno>
                          <note type="media-type">text/html</note><note type="charset">UTF-8</note>
                        </bibl>
                      </sourceDesc>
                    </fileDesc>
                    <encodingDesc><appInfo><application ident="Pressmark" version="1.0"><label>Pressmark</label></application></appInfo></encodingDesc>
                  </teiHeader>
                  <text>
                    <body>
                      <div type="entry">
                        <p>Hello</p>
                        %s
                      </div>
                    </body>
                  </text>
                </TEI>
                """.formatted(SHA, body);
    }

    private static List<Finding> validate(String xml) {
        return XmlValidator.validate(XmlSchemas.TEI, xml.getBytes(StandardCharsets.UTF_8), "test.xml");
    }

    @Test
    void profileDocumentHasNoFindings() {
        assertEquals(List.of(), validate(doc("<p>World</p>")));
    }

    @Test
    void unknownElementIsASchemaViolationAtItsLine() {
        List<Finding> findings = validate(doc("<blink>no</blink>"));
        assertFalse(findings.isEmpty());
        Finding f = findings.get(0);
        assertEquals(Finding.SCHEMA_VIOLATION, f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(20, f.line(), f::toString);
        assertTrue(f.column() > 0);
        assertEquals("test.xml", f.file());
        assertTrue(f.message().contains("blink"), f.message());
    }

    /**
     * A pointer (TEI's teidata.pointer: one URI reference, never empty, no white space) is declared as
     * a list of anyURI of length 1 rather than with the pattern \\S+; these pin that it accepts and
     * refuses exactly what the pattern does, in @target and @url alike.
     */
    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?q=1#f", "  https://example.org/a  ", "a", "#note-1"})
    void pointerWithoutInnerWhiteSpaceIsValid(String value) {
        assertEquals(List.of(), validate(doc("<p><ref target=\"" + value + "\">x</ref></p>"
                + "<figure><graphic url=\"" + value + "\"/></figure>")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "https://example.org/a b", "a&#9;b", "a&#10;b", "a&#13;b"})
    void emptyPointerOrPointerWithWhiteSpaceIsASchemaViolation(String value) {
        List<Finding> inRef = validate(doc("<p><ref target=\"" + value + "\">x</ref></p>"));
        List<Finding> inGraphic = validate(doc("<figure><graphic url=\"" + value + "\"/></figure>"));
        assertFalse(inRef.isEmpty(), "ref/@target=\"" + value + "\" passed");
        assertFalse(inGraphic.isEmpty(), "graphic/@url=\"" + value + "\" passed");
        assertTrue(inRef.stream().allMatch(f -> f.code().equals(Finding.SCHEMA_VIOLATION)), inRef::toString);
    }

    @Test
    void wrongAttributeValueIsASchemaViolation() {
        List<Finding> findings = validate(doc("<list type=\"fancy\"><item>x</item></list>"));
        assertTrue(findings.stream().allMatch(f -> f.code().equals(Finding.SCHEMA_VIOLATION)), findings::toString);
        assertEquals(20, findings.get(0).line());
    }

    @Test
    void brokenXmlIsNotWellFormedAtItsLine() {
        List<Finding> findings = validate(doc("<p>unclosed</div>"));
        Finding last = findings.get(findings.size() - 1);
        assertEquals(Finding.NOT_WELL_FORMED, last.code());
        assertEquals(20, last.line(), last::toString);
    }

    @Test
    void doctypeWithExternalEntityIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><p>&xxe;</p></TEI>";
        List<Finding> findings = validate(xml);
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(Finding.DTD_REFUSED, findings.get(0).code());
        assertEquals(2, findings.get(0).line());
        assertFalse(findings.toString().contains("TOP-SECRET"), findings::toString);
    }

    @Test
    void aSchemaTheDocumentPointsToIsNeverLoaded(@TempDir Path dir) throws Exception {
        // a schema that would take anything in the TEI namespace: were the document's hint followed, the
        // unknown element would pass
        Path lax = dir.resolve("lax.xsd");
        Files.writeString(lax, "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
                + " targetNamespace=\"http://www.tei-c.org/ns/1.0\" elementFormDefault=\"qualified\">"
                + "<xs:element name=\"TEI\"><xs:complexType><xs:sequence><xs:any processContents=\"skip\""
                + " minOccurs=\"0\" maxOccurs=\"unbounded\"/></xs:sequence></xs:complexType></xs:element></xs:schema>");
        String xml = doc("<blink>no</blink>").replace("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">",
                "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://www.tei-c.org/ns/1.0 " + lax.toUri() + "\">");
        assertTrue(xml.contains("xsi:schemaLocation"), xml);
        List<Finding> findings = validate(xml);
        assertFalse(findings.isEmpty());
        assertTrue(findings.stream().allMatch(f -> f.code().equals(Finding.SCHEMA_VIOLATION)), findings::toString);
        assertTrue(findings.get(0).message().contains("blink"), findings::toString);
    }

    @Test
    void internalEntityExpansionIsRefused() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n"
                + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">&b;</TEI>";
        List<Finding> findings = validate(xml);
        assertEquals(List.of(Finding.DTD_REFUSED), findings.stream().map(Finding::code).toList());
    }

    @Test
    void undeclaredEntityIsNotWellFormed() {
        List<Finding> findings = validate(doc("<p>&nope;</p>"));
        assertEquals(Finding.NOT_WELL_FORMED, findings.get(findings.size() - 1).code());
    }

    @Test
    void aDocumentCutShortOrRefusedLeavesNothingBehindForTheNextOnOnTheSameThread() {
        // the thread's parser and validator are reused; a failed call must not taint the next call
        assertFalse(validate(doc("<p>unclosed</div>")).isEmpty());
        assertEquals(List.of(), validate(doc("<p>World</p>")));
        assertFalse(validate("<?xml version=\"1.0\"?>\n<!DOCTYPE TEI []>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>").isEmpty());
        assertEquals(List.of(), validate(doc("<p>World</p>")));
        List<Finding> invalid = validate(doc("<blink>no</blink>"));
        assertEquals(Finding.SCHEMA_VIOLATION, invalid.get(0).code());
        assertEquals(List.of(), validate(doc("<p>World</p>")));
        // the other schema on the same thread
        assertFalse(XmlValidator.validate(XmlSchemas.NEWSML, doc("<p>World</p>").getBytes(StandardCharsets.UTF_8), "x").isEmpty());
        assertEquals(List.of(), validate(doc("<p>World</p>")));
    }

    @Test
    void theSecondHandlerReadsTheDocumentAsWrittenNotAsTheSchemaNormalisesIt() {
        // the date's type collapses white space: valid, and validated as "2026-01-01T00:00:00Z"
        String xml = doc("<p>World</p>").replace("when=\"2026-01-01T00:00:00Z\"", "when=\"  2026-01-01T00:00:00Z \"");
        List<String> when = new ArrayList<>();
        List<String> elements = new ArrayList<>();
        DefaultHandler also = new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                elements.add(localName);
                if (atts.getValue("when") != null) {
                    when.add(atts.getValue("when"));
                }
            }
        };
        assertEquals(List.of(), XmlValidator.validate(XmlSchemas.TEI, xml.getBytes(StandardCharsets.UTF_8), "test.xml", also));
        assertEquals(List.of("  2026-01-01T00:00:00Z "), when);
        assertEquals("TEI", elements.get(0));
        assertEquals(List.of("p", "p"), elements.stream().filter("p"::equals).toList());
    }

    @Test
    void schemaIsCompiledOncePerProcess() {
        assertSame(XmlSchemas.TEI.schema(), XmlSchemas.TEI.schema());
        assertEquals("/org/pressmark/xsd/pressmark-tei.xsd", XmlSchemas.TEI.resourceName());
    }
}
