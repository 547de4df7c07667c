package org.pressmark.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pressmark.ItemException;

/** UTF-8 told from its bytes, without decoding: the same answers as the JDK's decoder and String. */
class IntakeUtf8Test {

    /** Whether the JDK's decoder reads the bytes without a malformed sequence. */
    private static boolean jdkReads(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void theEdgesOfWellFormedUtf8AreTheDecodersEdges() {
        String[] sequences = {
            "41", "7F", "80", "BF", "C0 80", "C1 BF", "C2 80", "DF BF", "C2", "C2 41",
            "E0 9F BF", "E0 A0 80", "EC BF BF", "ED 9F BF", "ED A0 80", "ED BF BF", "EE 80 80", "EF BF BD", "EF BF",
            "F0 8F BF BF", "F0 90 80 80", "F3 BF BF BF", "F4 8F BF BF", "F4 90 80 80", "F5 80 80 80", "FF",
            "F0 90 80", "E1 80 41", "F1 80 80 41",
        };
        for (String hex : sequences) {
            byte[] bytes = HexFormat.ofDelimiter(" ").parseHex(hex);
            assertEquals(jdkReads(bytes), Intake.isWellFormedUtf8(bytes), hex);
        }
    }

    @Test
    void randomBytesAreWellFormedExactlyWhenTheDecoderReadsThem() {
        Random random = new Random(3);
        int[] interesting = {0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED,
            0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF};
        int wellFormed = 0;
        for (int k = 0; k < 20_000; k++) {
            byte[] bytes = new byte[random.nextInt(8)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : random.nextInt(256));
            }
            boolean expected = jdkReads(bytes);
            wellFormed += expected ? 1 : 0;
            assertEquals(expected, Intake.isWellFormedUtf8(bytes), HexFormat.of().formatHex(bytes));
        }
        assertTrue(wellFormed > 1000 && wellFormed < 19_000, "both answers were tried: " + wellFormed);
    }

    @Test
    void longRunsOfAsciiWithSequencesAnywhereAreReadAsTheDecoderReadsThem() {
        // ASCII is passed eight bytes at a time: sequences, well-formed or not, at every place of a word
        Random random = new Random(5);
        int[] interesting = {0x80, 0xBF, 0xC1, 0xC2, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
        int wellFormed = 0;
        for (int k = 0; k < 20_000; k++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(12) == 0 ? interesting[random.nextInt(interesting.length)]
                        : random.nextInt(12) == 0 ? 0x80 | random.nextInt(0x40) : random.nextInt(0x80));
            }
            boolean expected = jdkReads(bytes);
            wellFormed += expected ? 1 : 0;
            assertEquals(expected, Intake.isWellFormedUtf8(bytes), HexFormat.of().formatHex(bytes));
        }
        assertTrue(wellFormed > 1000 && wellFormed < 19_000, "both answers were tried: " + wellFormed);
        byte[] page = ("<p>caf\u00E9 " + "a".repeat(100) + "\u4E2D</p>").getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= page.length; cut++) {
            byte[] head = java.util.Arrays.copyOf(page, cut);
            assertEquals(jdkReads(head), Intake.isWellFormedUtf8(head), "cut at " + cut);
        }
    }

    @Test
    void blankUtf8IsBlankAsTheStringSays() {
        String[] texts = {"", " ", " \t\n\r\f\u000B\u001C", " x ", "\u00A0", "\u3000\u2003 ", " \u3000x", "\u2028",
            "\n\n\u00E9", "\u200B"};
        for (String text : texts) {
            assertEquals(text.isBlank(), Intake.isBlankUtf8(text.getBytes(StandardCharsets.UTF_8)),
                    () -> text.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void aUtf8PageIsDecodedOnlyWhenItsTextIsAskedForAndThenAsBefore() throws Exception {
        String page = "<html><body><p>Gr\u00FC\u00DFe \u2014 \u6708\u5225 \uD83D\uDE00 \uFFFD</p>" + "<p>text</p>".repeat(20) + "</body></html>";
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        Source source = new Intake().of("page.html", null, bytes.clone(), null, null);
        assertTrue(source.isWellFormedUtf8());
        assertEquals(StandardCharsets.UTF_8, source.charset());
        assertArrayEquals(bytes, source.byteStream().readAllBytes());
        assertEquals(page, source.text());
        assertEquals(page, source.text(), "asked again");
    }

    @Test
    void pagesInOtherCharsetsOrNotQuiteUtf8AreDecodedAtOnce() throws ItemException {
        byte[] latin = "<p>Gr\u00FC\u00DFe aus K\u00F6ln</p>".getBytes(StandardCharsets.ISO_8859_1);
        Source windows = new Intake().of("latin.html", null, latin, null, null);
        assertFalse(windows.isWellFormedUtf8());
        assertEquals("<p>Gr\u00FC\u00DFe aus K\u00F6ln</p>", windows.text());
        byte[] marked = "\uFEFF<p>mark</p>".getBytes(StandardCharsets.UTF_8);
        Source withMark = new Intake().of("marked.html", null, marked, null, null);
        assertFalse(withMark.isWellFormedUtf8(), "the parser would read the byte-order mark as text");
        assertEquals("<p>mark</p>", withMark.text());
    }
}
