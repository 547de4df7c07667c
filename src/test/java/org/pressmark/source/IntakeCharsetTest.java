package org.pressmark.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pressmark.ItemException;

/** How intake decides the charset of bytes, with a declaration in the page and without one. */
class IntakeCharsetTest {

    private static final String JAPANESE = "月別のアーカイブを選択してください。運営サイトの一覧と最新の記事です。";

    private static Source read(String name, byte[] bytes) throws ItemException {
        return new Intake().of(name, null, bytes, null, null);
    }

    @Test
    void utf8WithAStrayByteIsStillReadAsUtf8() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 20; i++) {
            out.writeBytes((JAPANESE + "\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = out.toByteArray();
        // a text-mode browser cut one character in two: its last byte is left without its lead bytes
        byte[] cut = new byte[whole.length - 2];
        System.arraycopy(whole, 0, cut, 0, 300);
        System.arraycopy(whole, 302, cut, 300, whole.length - 302);

        Source s = read("dump.txt", cut);
        assertEquals(StandardCharsets.UTF_8, s.charset());
        assertTrue(s.text().contains(JAPANESE), "the intact lines are read as written");
        assertEquals(1, s.text().chars().filter(c -> c == 0xFFFD).count());
    }

    @Test
    void legacyTextIsNotMistakenForDamagedUtf8() throws Exception {
        String german = "Größere Straßenbäume säumen die Allee; über die Brücke führt der Weg zum Müllerhof.\n";
        Source s = read("letter.txt", german.repeat(10).getBytes(Charset.forName("windows-1252")));
        assertEquals(german.repeat(10), s.text());
    }

    @Test
    void cleanUtf8IsReadAsUtf8() throws Exception {
        Source s = read("note.txt", (JAPANESE + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, s.charset());
        assertEquals(JAPANESE + "\n", s.text());
    }

    @Test
    void aCharsetDeclaredInUpperCaseAfterALongHeadIsHonoured() throws Exception {
        String page = "<!DOCTYPE html><html><head><!-- " + "x".repeat(3000) + " -->\n"
                + "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; CHARSET=ISO-8859-2\">"
                + "<title>Zażółć</title></head><body><p>Gęślą jaźń</p></body></html>";
        Source s = read("page.html", page.getBytes(Charset.forName("ISO-8859-2")));
        assertEquals(Charset.forName("ISO-8859-2"), s.charset());
        assertTrue(s.text().contains("Gęślą jaźń"));
    }

    @Test
    void aPageWithoutDeclarationIsStillDetected() throws Exception {
        String page = "<html><head><title>Straßen</title></head><body><p>"
                + "Größere Straßenbäume säumen die Allee; über die Brücke führt der Weg zum Müllerhof. ".repeat(8)
                + "</p></body></html>";
        Source s = read("page.html", page.getBytes(Charset.forName("windows-1252")));
        assertEquals(page, s.text());
    }

    @Test
    void theCharsetWordIsFoundInAnyCaseAndOnlyWhereThePreScanLooks() {
        assertTrue(Intake.mentionsCharset("<meta ChArSeT=utf-8>".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(Intake.mentionsCharset("<meta name=x content=chars>".getBytes(StandardCharsets.US_ASCII)));
        byte[] late = (" ".repeat(20_000) + "<meta charset=utf-8>").getBytes(StandardCharsets.US_ASCII);
        assertFalse(Intake.mentionsCharset(late), "beyond the bytes Tika's pre-scan reads");
    }
}
