package org.pressmark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextRenderingTest {

    private static String rich;

    @BeforeAll
    static void renderRich() throws RenderException {
        rich = Fixtures.text(Fixtures.RICH);
    }

    @Test
    void minimalDocumentMatchesItsGoldenFile() throws RenderException {
        assertEquals(Fixtures.string("minimal.expected.txt"), Fixtures.text(Fixtures.MINIMAL));
    }

    @Test
    void startsWithTitleAndMetadataLinesThenABlankLine() {
        assertTrue(rich.startsWith("""
                Tides, tables & teapots: a field report
                By: Ada Harbour; Ben Quay
                Published: 2021-08-20T14:03:00+02:00
                Updated: 2021-08-21
                Site: The Harbour Log
                Original: https://log.example.org/2021/08/tides?ref=a&b=c

                We went down"""), rich);
    }

    @Test
    void paragraphsAreSingleLinesBetweenBlankLines() {
        assertTrue(rich.contains("\n\nWe went down to the harbour at dawn, as planned, and the tide tables"
                + " were right.\n\n"), rich);
        assertTrue(rich.contains("\n\nStyles: under struck H2O x2; the mate said “bring the teapot” and typed"
                + " kettle --on.\n\n"), rich);
        assertTrue(rich.contains("\n\nWhat we measured\n\nLevels rose quickly.\n\n"), rich);
    }

    @Test
    void lineBreaksAreKept() {
        assertTrue(rich.contains("\n\nFirst line of the address\nSecond line of the address\n\n"), rich);
    }

    @Test
    void everyTeiParagraphIsKept() {
        String flat = rich.replaceAll("\n(> )?", " ");
        for (String p : Fixtures.teiParagraphs(Fixtures.RICH)) {
            assertTrue(flat.contains(p), "missing paragraph: " + p);
        }
    }

    @Test
    void listItemsAreDashedOrNumberedAndNestedListsIndented() {
        assertTrue(rich.contains("\n\n- Teapot\n- Measuring kit\n  1. Tide gauge\n  2. Notebook and pencil\n"
                + "- Biscuits\n\n"), rich);
    }

    @Test
    void quotationsArePrefixedAndAttributed() {
        assertTrue(rich.contains("\n\n> The sea does not care about your timetable.\n>\n> Neither does the kettle."
                + "\n>\n> A heading quoted with the text\n>\n> After the quoted heading.\n\n"), rich);
        assertTrue(rich.contains("\n\n> Always bring a spare lid.\n— Old harbour saying\n\n"), rich);
        assertTrue(rich.contains("\n\n> Just saw two people with a teapot at the tide gauge. #harbourlife\n"
                + "— @gullwatcher on Mastodon\n\n"), rich);
    }

    @Test
    void tableRowsAreCellsJoinedByBars() {
        assertTrue(rich.contains("\n\nWater levels in metres\nTime | Level | Note\n06:00 | 1.2 |\n"
                + "missing reading | gale\n08:00 | 2.9\n\n"), rich);
    }

    @Test
    void figuresShowTheirCaptionOrElseTheirAlternativeText() {
        assertTrue(rich.contains("\n\n[Figure: The teapot on the pier]\n\n"), rich);
        assertTrue(rich.contains("\n\n[Figure: A gull eyeing the teapot]\n\n"), rich);
    }

    @Test
    void codeIsKeptVerbatim() {
        assertTrue(rich.contains("\n\ndef level(t):\n    return 1.2 + 0.3 * t   # metres\n\n"), rich);
    }

    /**
     * A listing loses the blank lines at its ends and nothing else: the spaces ending its last line, its
     * inner blank lines, and a carriage return that ends no line stay. Each case is checked against the
     * regular expressions that define the trimming (XPath's {@code $} is Java's {@code \\z}).
     */
    @Test
    void codeLosesOnlyTheBlankLinesAtItsEnds() throws RenderException {
        String[] listings = {
            "x = 1\n", "x = 1   \n  \t\n\n", "\n\n  a\n\n  b  \n \n", "a\r\n\r\n", "a\r", "a\r\r\n \t",
            "a  \t", "  \n\t \r\nlast line   ", "a\n" + " \n".repeat(500), "one\n\n\ntwo",
        };
        for (String listing : listings) {
            String expected = listing.replaceFirst("^([ \t]*\r?\n)+", "").replaceFirst("(\r?\n[ \t]*)+\\z", "");
            String text = textOfBody("<ab type=\"code\" xml:space=\"preserve\">" + xmlText(listing) + "</ab>");
            String body = text.substring(text.indexOf("\n\n") + 2, text.length() - 1);
            assertEquals(expected, body, () -> "listing " + listing.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    @Test
    void tableRowsLoseTheSpaceThatAnEmptyLastCellLeaves() throws RenderException {
        String text = textOfBody("<table><row><cell>a</cell><cell/><cell/></row><row><cell/><cell/></row>"
                + "<row><cell/><cell>b</cell></row><row><cell>c  d </cell><cell> e</cell></row></table>");
        assertTrue(text.endsWith("\n\na |  |\n |\n | b\nc d | e\n"), text);
    }

    /** The text copy of the minimal fixture with its body's content replaced. */
    private static String textOfBody(String content) throws RenderException {
        String tei = Fixtures.string(Fixtures.MINIMAL).replaceFirst("(?s)<div type=\"entry\">.*</div>",
                java.util.regex.Matcher.quoteReplacement("<div type=\"entry\">" + content + "</div>"));
        return Renderer.shared().toText(tei.getBytes(java.nio.charset.StandardCharsets.UTF_8), "code.tei.xml");
    }

    /** Text escaped for XML content, carriage returns and tabs as references so that the parser keeps them. */
    private static String xmlText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\r", "&#13;").replace("\t", "&#9;");
    }

    @Test
    void commentsComeLastWithAuthorAndDate() {
        assertTrue(rich.endsWith("\n\nComments\n\nComment by Cora Pier on 2021-08-20T18:30:00+02:00\n"
                + "Great report!\n\nWhich teapot was it?\n\nComment\nAnonymous thanks.\n"), rich);
    }

    @Test
    void endsWithOneNewlineAndHasNoTrailingSpaces() {
        assertTrue(rich.endsWith("\n"));
        assertFalse(rich.endsWith("\n\n"));
        assertFalse(rich.contains("\r"));
        List<String> padded = Arrays.stream(rich.split("\n"))
                .filter(line -> line.endsWith(" ") && !line.contains("# metres")).toList();
        assertEquals(List.of(), padded);
    }

    @Test
    void rightToLeftTextKeepsItsCharacters() throws RenderException {
        String rtl = Fixtures.text(Fixtures.RTL);
        assertTrue(rtl.startsWith("שלום עולם\nBy: דנה כהן\nPublished: 2022-03-01\n\nזוהי פסקה ראשונה.\n\n"), rtl);
    }
}
