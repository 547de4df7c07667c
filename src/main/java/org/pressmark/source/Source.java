package org.pressmark.source;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.pressmark.model.Provenance;

/**
 * The bytes of one item with what intake found out about them: their SHA-256, media type and
 * character set, and the text decoded with that character set. Made by {@link Intake}. Thread-safe.
 *
 * <p>When the bytes are well-formed UTF-8 ({@link #isWellFormedUtf8()}), the text is decoded only when it is
 * first asked for: an HTML parser can read the text through {@link #textReader()}, which then decodes the
 * bytes as it goes, without a string of the whole page.
 */
public final class Source {

    private final String name;
    private final String path;
    private final byte[] bytes;
    private final String sha256;
    private final String mediaType;
    private final Charset charset;
    /** The text, or null until it is first asked for when the bytes are well-formed UTF-8. */
    private volatile String text;
    private final boolean wellFormedUtf8;
    private final Capture capture;

    /**
     * @param text the text, or null when the bytes are well-formed UTF-8 (with no byte-order mark): then
     *             it is decoded on first use
     */
    Source(String name, String path, byte[] bytes, String sha256, String mediaType, Charset charset,
           String text, Capture capture) {
        this.name = Objects.requireNonNull(name, "name");
        this.path = path;
        this.bytes = bytes;
        this.sha256 = sha256;
        this.mediaType = mediaType;
        this.charset = charset;
        this.text = text;
        this.wellFormedUtf8 = text == null;
        if (wellFormedUtf8 && !StandardCharsets.UTF_8.equals(charset)) {
            throw new IllegalArgumentException("only UTF-8 text is decoded on first use, not " + charset);
        }
        this.capture = capture;
    }

    /** Returns the item's name as the user knows it: a path as given, or a WARC file and record. */
    public String name() {
        return name;
    }

    /** Returns the path of the item relative to its input root, or {@code null} for bytes in memory. */
    public String path() {
        return path;
    }

    /** Returns the number of source bytes. */
    public int size() {
        return bytes.length;
    }

    /** Returns a copy of the source bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Returns a copy of the first {@code n} source bytes, or of all of them when there are fewer: enough to
     * look at how a source starts without copying the whole of it.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public byte[] head(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a negative number of bytes: " + n);
        }
        return Arrays.copyOf(bytes, Math.min(n, bytes.length));
    }

    /** Returns the SHA-256 of the source bytes as 64 lower-case hex digits. */
    public String sha256() {
        return sha256;
    }

    /** Returns the detected media type without parameters, such as {@code text/html} or {@code text/plain}. */
    public String mediaType() {
        return mediaType;
    }

    /** Returns whether the media type is HTML or XHTML. */
    public boolean isHtml() {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    /** Returns the character set the text was decoded with. */
    public Charset charset() {
        return charset;
    }

    /** Returns the text decoded with {@link #charset()}, a byte-order mark removed. */
    public String text() {
        String t = text;
        if (t == null) {
            // decoding is deterministic: two threads that both find no text yet make equal strings
            t = new String(bytes, StandardCharsets.UTF_8);
            text = t;
        }
        return t;
    }

    /**
     * Whether the bytes are well-formed UTF-8, without a byte-order mark, and the text is them decoded:
     * then {@link #byteStream()} can be read as UTF-8 in place of {@link #text()}.
     */
    public boolean isWellFormedUtf8() {
        return wellFormedUtf8;
    }

    /**
     * Returns a reader of {@link #text()}. For well-formed UTF-8 it decodes the bytes as it is read, so that
     * no string of the whole page is made when the text has not been asked for yet.
     */
    public Reader textReader() {
        String t = text;
        return t != null ? new StringReader(t) : new Utf8Reader(bytes);
    }

    /** Returns a stream over the source bytes themselves, without a copy. */
    public InputStream byteStream() {
        return new ByteArrayInputStream(bytes);
    }

    /** Returns how the item was captured from the web, or {@code null} for a plain file. */
    public Capture capture() {
        return capture;
    }

    /** Returns the provenance record that goes into the article and its documents. */
    public Provenance provenance() {
        String fileName = path == null ? name : path.substring(path.lastIndexOf('/') + 1);
        if (capture == null) {
            return Provenance.ofFile(fileName, path, mediaType, charset.name(), sha256, bytes.length);
        }
        return new Provenance(fileName, path, mediaType, charset.name(), sha256, bytes.length,
                capture.targetUri(), capture.captureDate(), capture.recordId(), capture.warcFile(),
                capture.offset(), capture.payloadDigest());
    }
}
