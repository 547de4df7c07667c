package org.pressmark.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.pressmark.source.Capture;

/**
 * Streams the HTML response records of a WARC file ({@code .warc} or {@code .warc.gz}) as items, one
 * record in memory at a time. Request, revisit, metadata, non-2xx and non-HTML records are counted as
 * skipped. A corrupt record is reported and reading resumes at the next record that can be found (the
 * next gzip member, or the next {@code WARC/1.} line); a truncated file ends with a report.
 */
final class WarcItems {

    /** The largest record payload read into memory; a larger page is reported, not converted. */
    static final long MAX_PAYLOAD = 256L * 1024 * 1024;

    /** Receives what a WARC file holds. */
    interface Sink {
        /** An HTML response record to convert. */
        void item(Item item) throws InterruptedException;

        /** A record or a stretch of the file that cannot be converted, with the reason. */
        void problem(String id, String name, String message);

        /** A record that is not a page to convert, by its kind, such as {@code request} or {@code non-html}. */
        void skipped(String kind);

        /**
         * Bytes of the WARC file read past, for the progress; over a whole file they add up to its size,
         * whether it is compressed or not.
         */
        void read(long bytes);
    }

    private WarcItems() {
    }

    /**
     * Reads a WARC file.
     *
     * @param warc      the file
     * @param warcName  its name as shown in reports
     * @param outFolder the folder its items' outputs go to, relative to the output folder
     */
    static void read(Path warc, String warcName, String outFolder, Sink sink) throws InterruptedException {
        long counted = 0; // bytes of the file reported to the sink as read
        long size = 0;
        try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.READ);
             WarcReader reader = new WarcReader(channel)) {
            size = channel.size();
            WarcCompression compression = reader.compression();
            long lastStart = -1;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    // the damaged record is the first record start after the last good one
                    long bad = resync(warc, lastStart + 1, compression);
                    long resume = bad < 0 ? -1 : resync(warc, bad + 1, compression);
                    long at = bad < 0 ? lastStart + 1 : bad;
                    String where = warcName + "@" + at;
                    if (resume < 0) {
                        sink.problem(where, where, (isTruncation(e) ? "truncated" : "corrupt") + " WARC data at offset "
                                + at + " (" + message(e) + "); no further record follows");
                        return;
                    }
                    sink.problem(where, where, "corrupt WARC record at offset " + at + " (" + message(e)
                            + "); reading resumes at offset " + resume);
                    sink.read(resume - counted);
                    counted = resume;
                    reader.position(resume);
                    lastStart = bad;
                    continue;
                }
                if (next.isEmpty()) {
                    return;
                }
                long offset = reader.position();
                lastStart = offset;
                sink.read(offset - counted);
                counted = offset;
                WarcRecord record = next.get();
                if (!(record instanceof WarcResponse)) {
                    sink.skipped(record.type());
                    continue;
                }
                item((WarcResponse) record, offset, warcName, outFolder, sink);
            }
        } catch (IOException e) {
            sink.problem(warcName, warcName, "cannot be read as a WARC file: " + message(e));
        } finally {
            sink.read(Math.max(0, size - counted));
        }
    }

    private static void item(WarcResponse response, long offset, String warcName, String outFolder, Sink sink)
            throws InterruptedException {
        String id = warcName + "#" + response.id();
        String target = response.target();
        String name = warcName + " " + target + " (record at offset " + offset + ")";
        try {
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                sink.skipped("non-http");
                return;
            }
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) {
                sink.skipped("non-2xx");
                return;
            }
            String type = http.contentType().base().toString().toLowerCase(Locale.ROOT);
            if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) {
                sink.skipped("non-html");
                return;
            }
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_PAYLOAD + 1));
            }
            if (body.length > MAX_PAYLOAD) {
                sink.problem(id, name, "the page is larger than " + (MAX_PAYLOAD >> 20) + " MB");
                return;
            }
            Capture capture = new Capture(target, response.date(), response.id().toString(), warcName, offset,
                    response.payloadDigest().map(Object::toString).orElse(null));
            String base = outFolder + "/" + SafeNames.forCapture(target, response.id().toString());
            sink.item(new Item(id, name, null, base, () -> body, http.contentType().toString(), capture, 0));
        } catch (IOException | RuntimeException e) {
            sink.problem(id, name, "cannot be decoded: " + message(e));
        }
    }

    /** Finds the offset of the next record start after {@code from}, or -1. */
    static long resync(Path warc, long from, WarcCompression compression) {
        byte[] pattern = compression == WarcCompression.GZIP
                ? new byte[] {0x1f, (byte) 0x8b, 0x08}
                : "\nWARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int skipLead = compression == WarcCompression.GZIP ? 0 : 1;
        try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            long base = from;
            int matched = 0;
            ch.position(from);
            while (true) {
                buf.clear();
                int n = ch.read(buf);
                if (n <= 0) {
                    return -1;
                }
                for (int i = 0; i < n; i++) {
                    if (buf.get(i) == pattern[matched]) {
                        matched++;
                        if (matched == pattern.length) {
                            return base + i - pattern.length + 1 + skipLead;
                        }
                    } else {
                        matched = buf.get(i) == pattern[0] ? 1 : 0;
                    }
                }
                base += n;
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean isTruncation(Exception e) {
        return e instanceof java.io.EOFException || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("eof");
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
    }
}
