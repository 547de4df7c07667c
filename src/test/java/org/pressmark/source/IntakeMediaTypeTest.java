package org.pressmark.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How intake tells HTML from other text when neither the name nor Tika says HTML. */
class IntakeMediaTypeTest {

    /** The rule as it reads: the first 2 KB as Latin-1, lower-cased, searched for each marker. */
    private static boolean startsLikeHtmlPlainly(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || head.contains("<head") || (head.contains("<p>") && head.contains("</p>"));
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void markupInAnyCaseWithinTheFirst2KBMakesHtml() {
        assertTrue(Intake.startsLikeHtml(latin1("notes\n<HtMl lang=en>")));
        assertTrue(Intake.startsLikeHtml(latin1("<!DOCTYPE HTML>")));
        assertTrue(Intake.startsLikeHtml(latin1("</p> then <P>")), "a paragraph's start and end, in either order");
        assertFalse(Intake.startsLikeHtml(latin1("<p> alone")));
        assertFalse(Intake.startsLikeHtml(latin1("<!doctype  html>")), "two spaces");
        assertFalse(Intake.startsLikeHtml(latin1(" ".repeat(2044) + "<html>")), "cut at 2 KB");
        assertTrue(Intake.startsLikeHtml(latin1(" ".repeat(2043) + "<html>")));
        assertFalse(Intake.startsLikeHtml(latin1("<ÂODY> <ÈTML>")), "only ASCII letters fold");
    }

    @Test
    void theOnePassAgreesWithTheRuleOnMixedBytes() {
        String[] pieces = {"<html", "<HTML", "<Html", "<!doctype html", "<!DOCTYPE HTML", "<!doctype", " html",
                "<body", "<BODY", "<head", "<HeAd", "<p>", "<P>", "</p>", "</P>", "<p", "p>", "</", "<", ">", "<<",
                "x", " ", "\u00C0", "\u00DE", "\u00E9", "\u00FF", "<h\u00C0ad", "text "};
        Random random = new Random(11);
        for (int k = 0; k < 5000; k++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int filler = random.nextInt(3) == 0 ? 2030 + random.nextInt(20) : 0;
            out.writeBytes(latin1(" ".repeat(filler)));
            for (int i = random.nextInt(12); i > 0; i--) {
                out.writeBytes(latin1(pieces[random.nextInt(pieces.length)]));
            }
            byte[] bytes = out.toByteArray();
            assertEquals(startsLikeHtmlPlainly(bytes), Intake.startsLikeHtml(bytes), () -> HexFormat.of().formatHex(bytes));
        }
    }
}
