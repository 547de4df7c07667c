package org.pressmark.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;
import org.pressmark.ItemException;

/** How intake tells text from binary data: by the share of control characters and undecodable bytes. */
class IntakeBinaryDataTest {

    /** The rule as it reads, one character at a time, to check intake's faster loop against. */
    private static boolean looksLikeTextPlainly(String text) {
        int n = Math.min(text.length(), 64 * 1024);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean layout = c == '\t' || c == '\n' || c == '\f' || c == '\r';
            if ((c < 0x20 && !layout) || (c >= 0x7F && c < 0xA0) || c == '\uFFFD') {
                bad++;
            }
        }
        return bad * 100 <= n;
    }

    @Test
    void oneSuspectCharacterInAHundredIsStillText() {
        assertTrue(Intake.looksLikeText("x".repeat(99) + "\u0001"));
        assertFalse(Intake.looksLikeText("x".repeat(98) + "\u0001\u0085"));
        assertTrue(Intake.looksLikeText("\t\n\f\r".repeat(25)), "layout controls are text");
        assertFalse(Intake.looksLikeText("x".repeat(98) + "\u000B\uFFFD"), "a vertical tab and U+FFFD are not");
        assertTrue(Intake.looksLikeText(""));
    }

    @Test
    void onlyTheFirst64KCharactersCount() {
        String text = "x".repeat(64 * 1024);
        assertTrue(Intake.looksLikeText(text + "\u0000".repeat(10_000)));
        assertFalse(Intake.looksLikeText("\u0000".repeat(1000) + text));
    }

    @Test
    void theFastLoopAgreesWithTheRuleOnMixedCharacters() {
        Random random = new Random(42);
        char[] pool = {'a', ' ', '\t', '\n', '\f', '\r', '\u000B', '\u0000', '\u001F', '\u007E', '\u007F', '\u0080',
                '\u009F', '\u00A0', '\u00E9', '\uFFFD', '\uFFFC', '\u4E2D'};
        for (int k = 0; k < 5000; k++) {
            StringBuilder sb = new StringBuilder();
            int suspectEvery = 1 + random.nextInt(200);
            for (int i = random.nextInt(400); i > 0; i--) {
                sb.append(random.nextInt(suspectEvery) == 0 ? pool[random.nextInt(pool.length)] : 'a');
            }
            String text = sb.toString();
            assertEquals(looksLikeTextPlainly(text), Intake.looksLikeText(text), text);
        }
    }

    /** The text that well-formed UTF-8 bytes hold, as intake reads it: a leading byte-order mark left out. */
    private static String utf8Text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    @Test
    void theByteLoopAgreesWithTheRuleOnWellFormedUtf8() {
        Random random = new Random(17);
        int[] pool = {'a', ' ', '\t', '\n', '\f', '\r', 0x0B, 0x00, 0x1F, 0x7E, 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xE9,
            0x7FF, 0x800, 0xFFFD, 0xFFFC, 0xFEFF, 0x4E2D, 0x10000, 0x1F600, 0x10FFFF};
        for (int k = 0; k < 5000; k++) {
            StringBuilder sb = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF" : "");
            int suspectEvery = 1 + random.nextInt(200);
            for (int i = random.nextInt(400); i > 0; i--) {
                sb.appendCodePoint(random.nextInt(suspectEvery) == 0 ? pool[random.nextInt(pool.length)] : 'a');
            }
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            assertEquals(looksLikeTextPlainly(utf8Text(bytes)), Intake.looksLikeUtf8Text(bytes), sb.toString());
        }
    }

    @Test
    void eightAsciiBytesHoldASuspectControlExactlyWhenOneOfThemIsNeitherLayoutNorText() {
        // every ASCII value at every place among printable bytes, then random mixtures of controls
        IntPredicate suspect = b -> b < 0x20 ? "\t\n\f\r".indexOf(b) < 0 : b == 0x7F;
        for (int v = 0; v < 0x80; v++) {
            for (int at = 0; at < 8; at++) {
                long eight = 0x4141414141414141L & ~(0xFFL << (8 * at)) | (long) v << (8 * at);
                assertEquals(suspect.test(v), EightBytes.holdsSuspectControl(eight), Long.toHexString(eight));
            }
        }
        int[] pool = {0x00, 0x01, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x1F, 0x20, 0x41, 0x7E, 0x7F};
        int held = agreeOnRandomBlocks(new Random(29), 50_000, pool, 3, suspect, EightBytes::holdsSuspectControl);
        assertTrue(held > 10_000 && held < 40_000, "blocks with a suspect control: " + held);
    }

    @Test
    void eightAsciiBytesHoldAControlCharacterExactlyWhenOneOfThemIs() {
        int[] pool = {0x00, 0x01, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x41, 0x7E, 0x7F};
        int held = agreeOnRandomBlocks(new Random(23), 20_000, pool, 24, b -> b < 0x20 || b == 0x7F,
                EightBytes::holdsControl);
        assertTrue(held > 1000 && held < 19_000, "both answers were tried: " + held);
    }

    /**
     * Checks a test of eight ASCII bytes against its definition for single bytes on random blocks: each byte is
     * printable, or, one time in {@code oneIn}, drawn from {@code pool}; a block holds what the test finds when
     * one of its bytes does. Returns how many blocks held it, so that a caller can check both answers were tried.
     */
    private static int agreeOnRandomBlocks(Random random, int blocks, int[] pool, int oneIn, IntPredicate byteHolds,
                                           LongPredicate test) {
        int held = 0;
        for (int k = 0; k < blocks; k++) {
            long eight = 0;
            boolean expected = false;
            for (int i = 0; i < 8; i++) {
                int b = random.nextInt(oneIn) == 0 ? pool[random.nextInt(pool.length)] : 0x20 + random.nextInt(0x5F);
                expected |= byteHolds.test(b);
                eight |= (long) b << (8 * i);
            }
            held += expected ? 1 : 0;
            assertEquals(expected, test.test(eight), Long.toHexString(eight));
        }
        return held;
    }

    @Test
    void theByteLoopCountsCharactersAsTheStringDoesAtThe64KBoundary() {
        // 655 suspect characters pass in 64K characters (65,500 <= 65,536) but not with one more: the control
        // characters after the 64K mark count only if the loop reads past it
        String suspects = "\u0085".repeat(655);
        java.util.Set<Boolean> answers = new java.util.HashSet<>();
        for (String filler : new String[] {"a", "\u00E9", "\u4E2D", "\uD83D\uDE00"}) {
            for (int extra = -3; extra <= 3; extra++) {
                int repeat = (64 * 1024 - suspects.length()) / filler.length() + extra;
                String text = suspects + filler.repeat(repeat) + "\u0001".repeat(50);
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                boolean expected = looksLikeTextPlainly(text);
                answers.add(expected);
                assertEquals(expected, Intake.looksLikeUtf8Text(bytes), filler + " " + extra);
            }
        }
        assertEquals(java.util.Set.of(true, false), answers, "the cases fall on both sides of the rule");
        assertFalse(Intake.looksLikeUtf8Text(("x".repeat(98) + "\u0085\uFFFD").getBytes(StandardCharsets.UTF_8)));
        assertTrue(Intake.looksLikeUtf8Text(new byte[0]));
        assertTrue(Intake.looksLikeUtf8Text(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), "a byte-order mark alone");
    }

    @Test
    void utf8TextFullOfControlCharactersIsRejectedAsBinary() {
        byte[] bytes = ("x".repeat(90) + "\u0080\u0001".repeat(10)).getBytes(StandardCharsets.UTF_8);
        ItemException e = assertThrows(ItemException.class, () -> new Intake().of("x.txt", null, bytes, null, null));
        assertTrue(e.getMessage().contains("binary data"), e.getMessage());
    }

    @Test
    void randomBytesAreRejectedAsBinary() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        ItemException e = assertThrows(ItemException.class, () -> new Intake().of("x.html", null, bytes, null, null));
        assertTrue(e.getMessage().contains("binary data"), e.getMessage());
    }

    @Test
    void whiteSpaceOnlyIsRejectedAfterTheBinaryCheck() {
        ItemException e = assertThrows(ItemException.class,
                () -> new Intake().of("x.txt", null, " \n\t ".getBytes(StandardCharsets.US_ASCII), null, null));
        assertTrue(e.getMessage().contains("white space"), e.getMessage());
    }
}
