package org.pressmark.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pressmark.ItemException;

class SourceTest {

    private static final byte[] PAGE = "<?xml version=\"1.0\"?><p>x</p>".getBytes(StandardCharsets.US_ASCII);

    private static Source source() throws ItemException {
        return new Intake().of("page.xml", null, PAGE.clone(), null, null);
    }

    @Test
    void headIsACopyOfTheFirstBytes() throws ItemException {
        Source source = source();
        byte[] head = source.head(5);
        assertArrayEquals("<?xml".getBytes(StandardCharsets.US_ASCII), head);
        head[0] = 'X';
        assertArrayEquals(PAGE, source.bytes(), "changing the copy leaves the source as it was");
    }

    @Test
    void headOfMoreBytesThanThereAreIsAllOfThem() throws ItemException {
        assertArrayEquals(PAGE, source().head(PAGE.length + 100));
        assertArrayEquals(new byte[0], source().head(0));
    }

    @Test
    void aNegativeHeadIsMisuse() throws ItemException {
        Source source = source();
        assertThrows(IllegalArgumentException.class, () -> source.head(-1));
    }
}
