package org.pressmark.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assumptions;
import org.pressmark.validate.SecureXml;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Checks NewsML-G2 documents against the official IPTC schema,
 * {@code ../shared/standards/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd} beside the project folder,
 * offline: the schema is compiled once per test run with the settings of {@link SecureXml} (its only
 * import, {@code xml.xsd}, is read from the same folder), and documents are parsed by a secure reader.
 *
 * <p>When {@code ../shared} is absent, the calling test is skipped (a JUnit assumption) with a message
 * saying so. The NewsML-G2 business rules that the XSD leaves out are not checked.
 */
public final class NewsMlConformance {

    private static final Path XSD = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize()
            .resolveSibling("shared").resolve("standards/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd");

    private NewsMlConformance() {
    }

    /** Returns whether the official schema is available beside the project. */
    public static boolean available() {
        return Files.isRegularFile(XSD);
    }

    /**
     * Asserts that a document is valid against the official NewsML-G2 2.35 schema; fails with every error
     * and its line and column. Skips the calling test when the schema is not available.
     *
     * @param xml  the document's bytes
     * @param name a name for the document in the failure message, such as the file name
     */
    public static void assertValid(byte[] xml, String name) {
        List<String> errors = errors(xml, name);
        if (!errors.isEmpty()) {
            fail(name + " is not valid against NewsML-G2 2.35:\n  " + String.join("\n  ", errors));
        }
    }

    /**
     * Returns the errors of a document against the official schema as {@code name:line:column: message},
     * empty when it is valid. Skips the calling test when the schema is not available.
     */
    public static List<String> errors(byte[] xml, String name) {
        Assumptions.assumeTrue(available(), "NewsML-G2 conformance check skipped: "
                + "../shared/standards/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd not found beside the project");
        Validator v = Compiled.SCHEMA.newValidator(); // a Validator is not thread-safe: one per call
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        InputSource in = new InputSource(new ByteArrayInputStream(xml));
        in.setSystemId(name);
        return ConformanceErrors.of(v, new SAXSource(SecureXml.newXmlReader(), in), name);
    }

    /** The compiled schema, built on first use (only when the file exists). */
    private static final class Compiled {
        static final Schema SCHEMA = compile();

        private static Schema compile() {
            try {
                return SecureXml.newSchemaFactory().newSchema(XSD.toFile());
            } catch (SAXException e) {
                throw new IllegalStateException("cannot compile " + XSD + ": " + e, e);
            }
        }
    }
}
