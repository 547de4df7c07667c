package org.pressmark.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void linesModeEndsWithOneFinalLine() {
        StringWriter out = new StringWriter();
        Progress p = new Progress(Progress.Mode.LINES, new PrintWriter(out), 100);
        p.done(true, 100);
        p.finish();
        String[] lines = out.toString().split("\n");
        assertEquals(1, lines.length, out.toString());
        assertTrue(lines[0].startsWith("progress: 100% 1 items, 0 failed"), lines[0]);
    }

    @Test
    void noneModePrintsNothing() {
        StringWriter out = new StringWriter();
        Progress p = new Progress(Progress.Mode.NONE, new PrintWriter(out), 100);
        p.done(false, 50);
        p.finish();
        assertEquals("", out.toString());
    }

    @Test
    void barModeRedrawsInPlaceAndEndsItsLine() {
        StringWriter out = new StringWriter();
        Progress p = new Progress(Progress.Mode.BAR, new PrintWriter(out), 100);
        p.done(true, 100);
        p.finish();
        assertTrue(out.toString().startsWith("\r["), out.toString());
        assertTrue(out.toString().contains("100% 1 items"), out.toString());
        assertTrue(out.toString().endsWith("\n") || out.toString().endsWith(System.lineSeparator()));
    }
}
