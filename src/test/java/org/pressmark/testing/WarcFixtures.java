package org.pressmark.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Builds small WARC files for tests with jwarc's writer. */
public final class WarcFixtures implements AutoCloseable {

    private final WarcWriter writer;
    private int n;

    private WarcFixtures(Path file, boolean gzip) throws IOException {
        this.writer = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    /** Starts a WARC file, gzip-compressed per record when {@code gzip}. */
    public static WarcFixtures create(Path file, boolean gzip) throws IOException {
        return new WarcFixtures(file, gzip);
    }

    private Instant nextDate() {
        return Instant.parse("2024-03-01T10:00:00Z").plusSeconds(n++);
    }

    private URI nextId() {
        return URI.create(String.format("urn:uuid:00000000-0000-4000-8000-%012d", n));
    }

    /** Writes a response record with the given status, content type and body, and returns its offset. */
    public long response(String uri, int status, String contentType, byte[] body) throws IOException {
        return response(uri, status, contentType, body, null);
    }

    /** Writes a response record whose body is sent with a Content-Encoding (gzip) when {@code encoding} is set. */
    public long response(String uri, int status, String contentType, byte[] body, String encoding) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
        byte[] payload = body;
        if ("gzip".equals(encoding)) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
                gz.write(body);
            }
            payload = buf.toByteArray();
            http.addHeader("Content-Encoding", "gzip");
        }
        http.body(MediaType.parse(contentType), payload);
        long offset = writer.position();
        Instant date = nextDate();
        writer.write(new WarcResponse.Builder(URI.create(uri)).recordId(nextId()).date(date).body(http.build()).build());
        return offset;
    }

    /** Writes a 200 response whose body is already encoded, sent with the given Content-Encoding. */
    public long responseEncoded(String uri, String contentType, byte[] encodedBody, String encoding) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", encoding);
        http.body(MediaType.parse(contentType), encodedBody);
        long offset = writer.position();
        Instant date = nextDate();
        writer.write(new WarcResponse.Builder(URI.create(uri)).recordId(nextId()).date(date).body(http.build()).build());
        return offset;
    }

    /** Writes a request record. */
    public void request(String uri) throws IOException {
        HttpRequest req = new HttpRequest.Builder("GET", URI.create(uri).getRawPath()).build();
        Instant date = nextDate();
        writer.write(new WarcRequest.Builder(URI.create(uri)).recordId(nextId()).date(date).body(req).build());
    }

    /** Writes a metadata record. */
    public void metadata(String uri) throws IOException {
        Instant date = nextDate();
        writer.write(new WarcMetadata.Builder().targetURI(URI.create(uri)).recordId(nextId()).date(date)
                .body(MediaType.parse("application/warc-fields"), "via: test\r\n".getBytes(StandardCharsets.US_ASCII))
                .build());
    }

    /** Returns where the next record starts. */
    public long position() {
        return writer.position();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    /**
     * Writes a WARC of one 200 text/html response per page, at {@code https://blog.example/1}, {@code /2}
     * and so on, and returns where each record starts.
     */
    public static long[] responses(Path warc, boolean gzip, byte[]... pages) throws IOException {
        long[] starts = new long[pages.length];
        try (WarcFixtures w = create(warc, gzip)) {
            for (int i = 0; i < pages.length; i++) {
                starts[i] = w.position();
                w.response("https://blog.example/" + (i + 1), 200, "text/html", pages[i]);
            }
        }
        return starts;
    }

    /** Overwrites part of the header of the record that starts at {@code recordStart} with garbage. */
    public static void damageHeader(Path warc, long recordStart) throws IOException {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(warc.toFile(), "rw")) {
            f.seek(recordStart + 12);
            f.write("\u0000\u0000garbage\u0000 no header here\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** Cuts the file halfway through the record that starts at {@code recordStart}, which is its last. */
    public static void cutInside(Path warc, long recordStart) throws IOException {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(warc.toFile(), "rw")) {
            f.setLength(recordStart + (f.length() - recordStart) / 2);
        }
    }

    /** Returns a small HTML page with a title and the given paragraphs. */
    public static byte[] page(String title, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head><body><article><h1>").append(title).append("</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
