package org.pressmark.batch;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a batch for a person watching: a bar redrawn in place on a terminal, or a plain line
 * every ten seconds when the output is a file or a pipe, or nothing.
 */
public final class Progress {

    /** How progress is shown. */
    public enum Mode {
        /** A bar redrawn in place (for terminals). */
        BAR,
        /** A plain line now and then (for logs). */
        LINES,
        /** Nothing. */
        NONE
    }

    private final Mode mode;
    private final PrintWriter out;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private final AtomicLong items = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private long lastPrint;
    private long lastPrintedItems = -1;

    Progress(Mode mode, PrintWriter out, long totalBytes) {
        this.mode = mode;
        this.out = out;
        this.totalBytes = Math.max(1, totalBytes);
    }

    /** Counts one item done, and the input bytes it stands for. */
    void done(boolean ok, long inputBytes) {
        items.incrementAndGet();
        if (!ok) {
            failed.incrementAndGet();
        }
        bytes.addAndGet(inputBytes);
        maybePrint(false);
    }

    /** Counts input bytes read without an item (skipped WARC records). */
    void read(long inputBytes) {
        bytes.addAndGet(inputBytes);
    }

    /** Prints the last state and ends the bar's line. */
    void finish() {
        maybePrint(true);
        if (mode == Mode.BAR) {
            synchronized (this) {
                out.println();
                out.flush();
            }
        }
    }

    private void maybePrint(boolean force) {
        if (mode == Mode.NONE) {
            return;
        }
        long now = System.nanoTime();
        long interval = mode == Mode.BAR ? 200_000_000L : 10_000_000_000L;
        synchronized (this) {
            if (!force && now - lastPrint < interval) {
                return;
            }
            if (force && mode == Mode.LINES && lastPrintedItems == items.get()) {
                return; // the last line already says it
            }
            lastPrint = now;
            lastPrintedItems = items.get();
            double secs = Math.max(1e-3, (now - start) / 1e9);
            long n = items.get();
            double fraction = Math.min(1.0, bytes.get() / (double) totalBytes);
            double rate = n / secs;
            String eta = fraction > 0.01 && fraction < 1 ? " ~" + (long) (secs / fraction - secs) + "s left" : "";
            String counts = String.format("%d items, %d failed, %.1f items/s%s", n, failed.get(), rate, eta);
            if (mode == Mode.BAR) {
                int width = 30;
                int filled = (int) Math.round(fraction * width);
                out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
                        + String.format("%3d%% ", Math.round(fraction * 100)) + counts + "   ");
            } else {
                out.println(String.format("progress: %3d%% %s", Math.round(fraction * 100), counts));
            }
            out.flush();
        }
    }
}
