package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The scan of UTF-8 bytes for markup finds what the pattern finds in their text. */
class HtmlMarkupScanTest {

    /** The pattern the extractor applies to a page's text when it does not read its bytes. */
    private static final Pattern TAG = Pattern.compile("<\\s*[a-zA-Z!/?][^>]*>");

    private static boolean scan(String text) {
        return HtmlExtractor.holdsTag(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void tagsAndWhatOnlyLooksLikeThem() {
        assertTrue(scan("<p>x</p>"));
        assertTrue(scan("< \t\n!-- comment -->"));
        assertTrue(scan("text < /b> more"));
        assertTrue(scan("a < b, c <d and later >"), "the first tag start may end at any later >");
        assertFalse(scan("1 < 2 and 3 > 2"), "a space and a digit start no tag");
        assertFalse(scan("<p"), "a tag that never closes");
        assertFalse(scan("<\u00E9l\u00E8ve>"), "a letter beyond ASCII starts no tag");
        assertFalse(scan("plain text, no markup at all"));
    }

    @Test
    void aTagAcrossTheScansPiecesIsFound() {
        String filler = "x".repeat(8190);
        for (int shift = 0; shift < 6; shift++) {
            String text = filler.substring(shift) + "< \n a href='#'>";
            assertTrue(scan(text), "shift " + shift);
        }
    }

    @Test
    void theScanAgreesWithThePatternOnRandomText() {
        Random random = new Random(11);
        String[] pool = {"<", ">", " ", "\t", "\n", "\u000B", "a", "Z", "!", "/", "?", "1", "-", "\u00E9", "\u6708",
            "\uD83D\uDE00", "\u00A0"};
        int found = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(pool[random.nextInt(pool.length)]);
            }
            String text = sb.toString();
            boolean expected = TAG.matcher(text).find();
            found += expected ? 1 : 0;
            assertEquals(expected, scan(text), text);
        }
        assertTrue(found > 100 && found < 19_900, "both answers were tried: " + found);
    }
}
