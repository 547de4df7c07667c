package org.pressmark.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.BOMDetector;
import org.junit.jupiter.api.Test;

/** Intake checks byte-order marks itself, exactly as Tika's BOMDetector would. */
class IntakeByteOrderMarkTest {

    /** The bytes byte-order marks are made of, and one that is in none of them. */
    private static final int[] MARK_BYTES = {0x00, 0xEF, 0xBB, 0xBF, 0xFE, 0xFF, 0x3C};

    @Test
    void everyStartOfUpToFiveMarkBytesGetsTheCharsetTikaWouldGive() throws Exception {
        int checked = 0;
        for (int length = 0; length <= 5; length++) {
            int combinations = (int) Math.pow(MARK_BYTES.length, length);
            for (int n = 0; n < combinations; n++) {
                byte[] bytes = new byte[length];
                for (int i = 0, rest = n; i < length; i++, rest /= MARK_BYTES.length) {
                    bytes[i] = (byte) MARK_BYTES[rest % MARK_BYTES.length];
                }
                Charset tika = new BOMDetector().detect(new ByteArrayInputStream(bytes), new Metadata());
                assertEquals(tika, Intake.byteOrderMark(bytes), () -> java.util.HexFormat.of().formatHex(bytes));
                checked++;
            }
        }
        assertEquals(19608, checked);
    }

    @Test
    void aUtf16PageWithAMarkIsReadWithoutIt() throws Exception {
        String page = "<html><body><p>Grüße aus Köln</p></body></html>";
        byte[] bytes = ("\uFEFF" + page).getBytes(StandardCharsets.UTF_16LE);
        Source s = new Intake().of("page.html", null, bytes, null, null);
        assertEquals(StandardCharsets.UTF_16LE, s.charset());
        assertEquals(page, s.text());
    }

    @Test
    void aUtf8MarkWinsOverADeclaredCharsetAndIsDropped() throws Exception {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Grüße</p></body></html>";
        byte[] bytes = ("\uFEFF" + page).getBytes(StandardCharsets.UTF_8);
        Source s = new Intake().of("page.html", null, bytes, null, null);
        assertEquals(StandardCharsets.UTF_8, s.charset());
        assertEquals(page, s.text());
    }
}
