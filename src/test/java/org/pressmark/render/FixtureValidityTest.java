package org.pressmark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The render fixtures are real TEI: valid against tei_all.rng, which lives beside the repository. */
class FixtureValidityTest {

    private static final Path TEI_ALL = Path.of("..", "shared", "standards", "tei", "tei_all.rng");

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.RICH, Fixtures.MINIMAL, Fixtures.RTL})
    void fixtureIsValidTei(String fixture) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(TEI_ALL),
                "skipped: ../shared/standards/tei/tei_all.rng is not present next to the repository");
        List<String> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(e.getLineNumber() + ": " + e.getMessage());
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap());
        assertTrue(driver.loadSchema(ValidationDriver.fileInputSource(TEI_ALL.toFile())), "schema loads");
        boolean valid = driver.validate(new InputSource(Fixtures.url(fixture).toExternalForm()));
        assertEquals(List.of(), problems);
        assertTrue(valid);
    }
}
