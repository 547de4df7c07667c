package org.pressmark.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressmark.testing.NewsMlConformance;
import org.pressmark.validate.XmlSchemas;
import org.pressmark.validate.XmlValidator;

class NewsMlWriterTest {

    private final NewsMlWriter writer = new NewsMlWriter();

    @Test
    void fullArticleIsValidAgainstProfileAndOfficialSchema() {
        byte[] xml = writer.write(TeiWriterTest.fullArticle(), TeiWriterTest.STAMP);
        assertEquals(List.of(), XmlValidator.validate(XmlSchemas.NEWSML, xml, "full.newsml.xml"),
                () -> new String(xml, StandardCharsets.UTF_8));
        NewsMlConformance.assertValid(xml, "full.newsml.xml");
    }

    /**
     * The NewsML-G2 IRIs (here the source's href) and the XHTML body's URLs (a link's href) are lists of
     * anyURI of length 1, which accept exactly what the pattern \\S+ on anyURI accepts.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "https://example.org/a b", "a&#9;b"})
    void hrefsWithWhiteSpaceOrNothingAreSchemaViolations(String value) {
        String xml = new String(writer.write(TeiWriterTest.fullArticle(), TeiWriterTest.STAMP), StandardCharsets.UTF_8);
        for (String element : new String[] {"<link ", "<a "}) {
            assertFalse(isValid(withValue(xml, element, " href=\"", value)), element + "href=\"" + value + "\" passed");
        }
    }

    @Test
    void hrefWithWhiteSpaceAroundIsValid() {
        String xml = new String(writer.write(TeiWriterTest.fullArticle(), TeiWriterTest.STAMP), StandardCharsets.UTF_8);
        String changed = xml.replace(" href=\"", " href=\"  ");
        assertTrue(changed.length() > xml.length());
        assertEquals(List.of(), XmlValidator.validate(XmlSchemas.NEWSML, changed.getBytes(StandardCharsets.UTF_8), "x.xml"));
    }

    /**
     * A QCode from a fixed list (how, the source link's rel, the hash's hashtype, the description's role)
     * restricts xs:string with its enumeration rather than the QCode type: these pin that it refuses
     * another QCode and a value the QCode pattern refuses, white space around included.
     */
    @ParameterizedTest
    @ValueSource(strings = {"pmhow:other", "pmprov:other", "drol:other", "json-ld", "pmhow:", ":json-ld", " pmhow:json-ld",
        "pmprov:sha256 ", "", "pmhow:json ld"})
    void listedQCodesRefuseAnyOtherValue(String value) {
        String xml = new String(writer.write(TeiWriterTest.fullArticle(), TeiWriterTest.STAMP), StandardCharsets.UTF_8);
        for (String attribute : new String[] {" how=\"", " rel=\"pmprov:source", " hashtype=\"", " role=\""}) {
            assertFalse(isValid(withValue(xml, attribute, "=\"", value)), attribute + " \"" + value + "\" passed");
        }
    }

    /** An open QCode (an itemClass's qcode, an extension property's rel) still takes any QCode. */
    @ParameterizedTest
    @ValueSource(strings = {"ninat:picture", "x:y", "a:b:c", "pmprov:other"})
    void openQCodesTakeAnyQCode(String value) {
        String xml = new String(writer.write(TeiWriterTest.fullArticle(), TeiWriterTest.STAMP), StandardCharsets.UTF_8);
        String changed = xml.replace("qcode=\"ninat:text\"", "qcode=\"" + value + "\"")
                .replace("rel=\"pmprov:charset\"", "rel=\"" + value + "\"");
        assertTrue(changed.contains("qcode=\"" + value + "\"") && changed.contains("rel=\"" + value + "\""));
        assertEquals(List.of(), XmlValidator.validate(XmlSchemas.NEWSML, changed.getBytes(StandardCharsets.UTF_8), "x.xml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ninat", "ninat:", ":text", " ninat:text", "ninat:text ", "ninat: text", ""})
    void openQCodesRefuseWhatIsNoQCode(String value) {
        String xml = new String(writer.write(TeiWriterTest.fullArticle(), TeiWriterTest.STAMP), StandardCharsets.UTF_8);
        for (String attribute : new String[] {"qcode=\"ninat:text\"", "rel=\"pmprov:charset\""}) {
            assertTrue(xml.contains(attribute), attribute);
            String changed = xml.replace(attribute, attribute.substring(0, attribute.indexOf('"') + 1) + value + "\"");
            assertFalse(XmlValidator.validate(XmlSchemas.NEWSML, changed.getBytes(StandardCharsets.UTF_8), "x.xml").isEmpty(),
                    attribute + " -> \"" + value + "\" passed");
        }
    }

    /** The helper above changes only the value it is given: putting back the value it replaces keeps the document valid. */
    @Test
    void valuesPutBackLeaveTheDocumentValid() {
        String xml = new String(writer.write(TeiWriterTest.fullArticle(), TeiWriterTest.STAMP), StandardCharsets.UTF_8);
        assertTrue(isValid(xml));
        String[][] cases = {{"<link ", " href=\""}, {"<a ", " href=\""}, {" how=\"", "=\""}, {" rel=\"pmprov:source", "=\""},
            {" hashtype=\"", "=\""}, {" role=\"", "=\""}};
        for (String[] c : cases) {
            int start = xml.indexOf(c[1], xml.indexOf(c[0])) + c[1].length();
            String original = xml.substring(start, xml.indexOf('"', start));
            assertEquals(xml, withValue(xml, c[0], c[1], original), c[0]);
            assertFalse(isValid(withValue(xml, c[0], c[1], original + " x")), c[0]);
        }
    }

    /** The document with the value of the first {@code attribute} (such as {@code  href="}) at or after {@code anchor} replaced. */
    private static String withValue(String xml, String anchor, String attribute, String value) {
        int at = xml.indexOf(anchor);
        assertTrue(at >= 0, "the full article has no " + anchor);
        int start = xml.indexOf(attribute, at) + attribute.length();
        return xml.substring(0, start) + value + xml.substring(xml.indexOf('"', start));
    }

    private static boolean isValid(String xml) {
        return XmlValidator.validate(XmlSchemas.NEWSML, xml.getBytes(StandardCharsets.UTF_8), "x.xml").isEmpty();
    }

    @Test
    void sameInputGivesSameBytes() {
        assertArrayEquals(writer.write(TeiWriterTest.fullArticle(), TeiWriterTest.STAMP),
                new NewsMlWriter().write(TeiWriterTest.fullArticle(), TeiWriterTest.STAMP));
    }
}
