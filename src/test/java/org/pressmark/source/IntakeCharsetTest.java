package org.pressmark.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
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
        assertEquals(Intake.CharsetWords.ALL_UTF_8, Intake.charsetWords(ascii("<meta ChArSeT=utf-8>")));
        assertEquals(Intake.CharsetWords.NONE, Intake.charsetWords(ascii("<meta name=x content=chars>")));
        assertEquals(Intake.CharsetWords.NONE, Intake.charsetWords(ascii(" ".repeat(20_000) + "<meta charset=iso-8859-2>")),
                "beyond the bytes Tika's pre-scan reads");
        assertEquals(Intake.CharsetWords.OTHER, Intake.charsetWords(ascii("<meta charset=utf-8><meta charset=koi8-r>")));
        assertEquals(Intake.CharsetWords.OTHER, Intake.charsetWords(ascii(" ".repeat(
                new org.apache.tika.parser.html.charsetdetector.StandardHtmlEncodingDetector().getMarkLimit() - 16)
                + "<meta charset=utf-8>")),
                "a value cut by the end of the bytes read");
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Tika's pre-scan of a page's head, the way intake asks it. */
    private static Charset preScan(String head) throws java.io.IOException {
        return new org.apache.tika.parser.html.charsetdetector.StandardHtmlEncodingDetector()
                .detect(new java.io.ByteArrayInputStream(ascii(head)), new org.apache.tika.metadata.Metadata());
    }

    @Test
    void whereEveryCharsetWordNamesUtf8ThePreScanAnswersUtf8OrNothing() throws Exception {
        String[] pieces = {
            "<meta charset=\"utf-8\">", "<meta charset='UTF8' />", "<meta charset = utf-8>",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">",
            "<meta content='text/html;charset=utf-8;x' http-equiv=content-type>", "<meta charset=\"utf-8x\">",
            "<meta charset=\" utf-8\">", "<meta charset=iso-8859-2>", "<meta charset=\"windows-1251\">",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">", "<!-- charset=shift_jis -->",
            "<script>var charset = 'gbk';</script>", "<script>var charset=\"utf-8\"; x = 'big5'</script>",
            "<title>charset</title>", "<meta name=description content=\"a charset=utf-16le page\">",
            "<meta charset=utf-16>", "<p>", "<link rel=stylesheet href=a.css>", " ", "\n", "<!-- -->", "<meta",
            "<head>", "<meta charset=\"",
        };
        Random random = new Random(29);
        Set<Intake.CharsetWords> seen = EnumSet.noneOf(Intake.CharsetWords.class);
        int utf8Only = 0;
        for (int k = 0; k < 4000; k++) {
            StringBuilder head = new StringBuilder("<html><head>");
            for (int n = random.nextInt(6); n >= 0; n--) {
                head.append(pieces[random.nextInt(pieces.length)]);
            }
            String page = head.toString();
            Intake.CharsetWords words = Intake.charsetWords(ascii(page));
            seen.add(words);
            Charset answer = preScan(page);
            if (words == Intake.CharsetWords.ALL_UTF_8) {
                utf8Only++;
                assertTrue(answer == null || answer.equals(StandardCharsets.UTF_8), page + " -> " + answer);
            } else if (words == Intake.CharsetWords.NONE) {
                assertEquals(null, answer, page);
            }
        }
        assertEquals(EnumSet.allOf(Intake.CharsetWords.class), seen);
        assertTrue(utf8Only > 200, "pages with UTF-8 alone: " + utf8Only);
    }

    @Test
    void aPageDeclaringUtf8ThatIsNotIsStillDetected() throws Exception {
        String page = "<html><head><meta charset=\"utf-8\"><title>Stra\u00DFen</title></head><body><p>"
                + "Gr\u00F6\u00DFere Stra\u00DFenb\u00E4ume s\u00E4umen die Allee. ".repeat(8) + "</p></body></html>";
        Source s = read("page.html", page.getBytes(Charset.forName("windows-1252")));
        assertEquals(page, s.text());
    }
}
