package org.pressmark.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
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
