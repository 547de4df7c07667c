package org.pressmark.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conformance helper itself: it accepts IPTC's passing examples and rejects the failing one. */
class NewsMlConformanceTest {

    static final Path DIR = Path.of("../shared/standards/newsml-g2");

    private static byte[] read(String name) throws IOException {
        Path p = DIR.resolve(name);
        assumeTrue(Files.isRegularFile(p), "../shared/standards/newsml-g2 is absent: skipped");
        return Files.readAllBytes(p);
    }

    @Test
    void officialPassingExamplesAreValid() throws IOException {
        for (String name : List.of("example-min.xml", "official-examples/LISTING_1_A_NewsML-G2_News_Item.xml",
                "official-examples/should_pass_CR00211_01_newsitem_with_no_catalog.xml")) {
            assertEquals(List.of(), NewsMlConformance.errors(read(name), name));
        }
    }

    @Test
    void officialFailingExampleIsRejected() throws IOException {
        String name = "official-examples/should_fail_001_incomplete_file.xml";
        assertFalse(NewsMlConformance.errors(read(name), name).isEmpty());
    }
}
