package org.pressmark.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pressmark.render.RenderException;
import org.pressmark.render.Renderer;

/**
 * Checks the access copies beside a TEI document, {@code NAME.html} and {@code NAME.txt} beside
 * {@code NAME.tei.xml}, against what the document renders to today. Only this class refers to the
 * renderer, so Saxon is loaded only when derivatives are checked.
 */
final class DerivativeCheck {

    /** The suffix of TEI documents that may have access copies. */
    static final String TEI_SUFFIX = ".tei.xml";

    private static final int SHOWN = 60;

    private DerivativeCheck() {
    }

    /**
     * Checks the access copies of one TEI document that exist.
     *
     * @param tei     the TEI document, well-formed
     * @param teiName how findings name it
     * @return one result per access copy found, empty when there is none
     */
    static List<FileResult> check(Path tei, String teiName) {
        String fileName = tei.getFileName().toString();
        String base = fileName.substring(0, fileName.length() - TEI_SUFFIX.length());
        String baseName = teiName.substring(0, teiName.length() - TEI_SUFFIX.length());
        Path html = tei.resolveSibling(base + ".html");
        Path text = tei.resolveSibling(base + ".txt");
        List<FileResult> results = new ArrayList<>();
        if (!Files.isRegularFile(html) && !Files.isRegularFile(text)) {
            return results;
        }
        byte[] xml;
        try {
            xml = Files.readAllBytes(tei);
        } catch (IOException e) {
            return results; // reported by the document check
        }
        if (Files.isRegularFile(html)) {
            results.add(compare(html, baseName + ".html", teiName, true, xml, tei));
        }
        if (Files.isRegularFile(text)) {
            results.add(compare(text, baseName + ".txt", teiName, false, xml, tei));
        }
        return results;
    }

    private static FileResult compare(Path copy, String name, String teiName, boolean html, byte[] xml, Path tei) {
        List<Finding> findings = new ArrayList<>();
        String expected;
        try {
            Renderer r = Renderer.shared();
            String systemId = tei.toUri().toString();
            expected = html ? r.toHtml(xml, systemId) : r.toText(xml, systemId);
        } catch (RenderException e) {
            findings.add(new Finding(name, -1, -1, Severity.ERROR, Finding.DERIVATIVE_UNRENDERABLE,
                    teiName + " cannot be rendered, so this copy cannot be checked: " + e.getMessage()));
            return new FileResult(name, "derivative", findings);
        }
        String actual;
        try {
            actual = new String(Files.readAllBytes(copy), StandardCharsets.UTF_8);
        } catch (IOException e) {
            findings.add(new Finding(name, -1, -1, Severity.ERROR, Finding.UNREADABLE,
                    "cannot be read: " + e.getClass().getSimpleName()));
            return new FileResult(name, "derivative", findings);
        }
        if (!actual.equals(expected)) {
            String[] want = expected.split("\n", -1);
            String[] have = actual.split("\n", -1);
            int line = 0;
            while (line < want.length && line < have.length && want[line].equals(have[line])) {
                line++;
            }
            String wanted = line < want.length ? quote(want[line]) : "the end of the file";
            String found = line < have.length ? quote(have[line]) : "the end of the file";
            int column = 1;
            if (line < want.length && line < have.length) {
                while (column <= want[line].length() && column <= have[line].length()
                        && want[line].charAt(column - 1) == have[line].charAt(column - 1)) {
                    column++;
                }
            }
            findings.add(new Finding(name, line + 1, column, Severity.ERROR, Finding.DERIVATIVE_STALE,
                    "differs from what " + teiName + " renders to today, first at line " + (line + 1)
                            + ": expected " + wanted + ", found " + found));
        }
        return new FileResult(name, "derivative", findings);
    }

    private static String quote(String line) {
        String s = line.strip();
        return "\"" + (s.length() > SHOWN ? s.substring(0, SHOWN) + "…" : s) + "\"";
    }
}
