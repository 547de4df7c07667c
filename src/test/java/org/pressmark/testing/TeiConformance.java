package org.pressmark.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.thaiopensource.relaxng.jaxp.XMLSyntaxSchemaFactory;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assumptions;
import org.xml.sax.SAXException;

/**
 * Checks TEI documents against the official TEI P5 schema, {@code ../shared/standards/tei/tei_all.rng}
 * (RELAX NG, with jing), beside the project folder. The schema is compiled once per test run.
 *
 * <p>When {@code ../shared} is absent, the calling test is skipped (a JUnit assumption) with a message
 * saying so. The embedded Schematron rules of tei_all are not checked.
 */
public final class TeiConformance {

    private static final Path RNG = sharedFolder().resolve("standards/tei/tei_all.rng");

    private TeiConformance() {
    }

    /**
     * Asserts that a document is valid against tei_all.rng; fails with every error and its line and column.
     * Skips the calling test when the schema is not available.
     *
     * @param tei  the document's bytes
     * @param name a name for the document in the failure message, such as the file name
     */
    /** Returns whether the official TEI schema is at hand ({@code ../shared} present). */
    public static boolean available() {
        return java.nio.file.Files.isRegularFile(RNG);
    }

    public static void assertValid(byte[] tei, String name) {
        List<String> errors = errors(tei, name);
        if (!errors.isEmpty()) {
            fail(name + " is not valid against tei_all.rng:\n  " + String.join("\n  ", errors));
        }
    }

    /**
     * Returns the errors of a document against tei_all.rng as {@code name:line:column: message}, empty when
     * it is valid. Skips the calling test when the schema is not available.
     */
    public static List<String> errors(byte[] tei, String name) {
        Assumptions.assumeTrue(Files.isRegularFile(RNG),
                "TEI conformance check skipped: ../shared/standards/tei/tei_all.rng not found beside the project");
        Validator v = Compiled.SCHEMA.newValidator(); // a Validator is not thread-safe: one per call
        return ConformanceErrors.of(v, new StreamSource(new ByteArrayInputStream(tei), name), name);
    }

    private static Path sharedFolder() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize().resolveSibling("shared");
    }

    /** The compiled schema, built on first use (only when the file exists). */
    private static final class Compiled {
        static final Schema SCHEMA = compile();

        private static Schema compile() {
            try {
                return new XMLSyntaxSchemaFactory().newSchema(RNG.toFile());
            } catch (SAXException e) {
                throw new IllegalStateException("cannot compile " + RNG + ": " + e, e);
            }
        }
    }
}
