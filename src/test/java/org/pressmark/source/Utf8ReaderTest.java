package org.pressmark.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The UTF-8 reader gives the characters the JDK's decoder gives, whatever the reads' sizes. */
class Utf8ReaderTest {

    /** Everything the reader gives, read in pieces of the given size at an offset into the buffer. */
    private static String readAll(byte[] bytes, int piece) throws IOException {
        Reader reader = new Utf8Reader(bytes);
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[piece + 3];
        for (int n = reader.read(buffer, 3, piece); n != -1; n = reader.read(buffer, 3, piece)) {
            assertEquals(true, n > 0, "a read of " + piece + " gives at least one character");
            sb.append(buffer, 3, n);
        }
        assertEquals(-1, reader.read(buffer, 3, piece), "the end stays the end");
        return sb.toString();
    }

    @Test
    void randomTextsReadAsTheDecoderReadsThemInPiecesOfAnySize() throws IOException {
        Random random = new Random(11);
        int[] pool = {'a', '<', '\n', 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x4E2D, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
        for (int k = 0; k < 3000; k++) {
            StringBuilder sb = new StringBuilder();
            int otherEvery = 1 + random.nextInt(40);
            for (int i = random.nextInt(300); i > 0; i--) {
                sb.appendCodePoint(random.nextInt(otherEvery) == 0 ? pool[random.nextInt(pool.length)]
                        : 0x20 + random.nextInt(0x5F));
            }
            String text = sb.toString();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (int piece : new int[] {1, 2, 7, 8, 9, 64, 4096}) {
                assertEquals(text, readAll(bytes, piece), "pieces of " + piece);
            }
        }
    }

    @Test
    void aPairSplitByTheEndOfARead() throws IOException {
        String text = "abcdefg\uD83D\uDE00h";
        Reader reader = new Utf8Reader(text.getBytes(StandardCharsets.UTF_8));
        char[] eight = new char[8];
        assertEquals(8, reader.read(eight, 0, 8));
        assertEquals("abcdefg\uD83D", new String(eight));
        assertEquals('\uDE00', reader.read());
        assertEquals('h', reader.read());
        assertEquals(-1, reader.read());
    }

    @Test
    void emptyBytesAndBadArguments() throws IOException {
        Reader reader = new Utf8Reader(new byte[0]);
        assertEquals(0, reader.read(new char[4], 0, 0));
        assertEquals(-1, reader.read(new char[4], 0, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> reader.read(new char[4], 2, 3));
    }

    @Test
    void aSourceReadsTheSameTextThroughItsReader() throws Exception {
        String page = "<p>Gr\u00FC\u00DFe \u2014 \u6708 \uD83D\uDE00</p>" + "<p>text</p>".repeat(50);
        Source utf8 = new Intake().of("page.html", null, page.getBytes(StandardCharsets.UTF_8), null, null);
        Source latin = new Intake().of("latin.html", null, "<p>K\u00F6ln</p>".getBytes(StandardCharsets.ISO_8859_1), null, null);
        for (Source source : new Source[] {utf8, latin}) {
            StringBuilder sb = new StringBuilder();
            try (Reader reader = source.textReader()) {
                char[] buffer = new char[100];
                for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
                    sb.append(buffer, 0, n);
                }
            }
            assertEquals(source.text(), sb.toString(), source.name());
        }
    }
}
