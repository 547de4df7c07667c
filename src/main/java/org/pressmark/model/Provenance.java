package org.pressmark.model;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the bytes of an article came from, and their fixity.
 *
 * @param sourceName    the name of the source item: the file name, or the WARC file name and record
 * @param sourcePath    the path of the source as given or relative to the input folder, or {@code null}
 * @param mediaType     the detected media type, such as {@code text/html}
 * @param charset       the character set the bytes were decoded with, such as {@code UTF-8}
 * @param sha256        the SHA-256 of the source bytes, as 64 lower-case hex digits
 * @param byteCount     the number of source bytes
 * @param targetUri     the URI the item was captured from (a WARC target URI), or {@code null}
 * @param captureDate   when the item was captured, or {@code null}
 * @param warcRecordId  the WARC record id, or {@code null}
 * @param warcFile      the WARC file name, or {@code null}
 * @param warcOffset    the byte offset of the record in the WARC file, or -1
 * @param payloadDigest the WARC payload digest as recorded, or {@code null}
 */
public record Provenance(
        String sourceName,
        String sourcePath,
        String mediaType,
        String charset,
        String sha256,
        long byteCount,
        String targetUri,
        Instant captureDate,
        String warcRecordId,
        String warcFile,
        long warcOffset,
        String payloadDigest) {

    /** 64 lower-case hex digits (compiled once: provenance is made for every item). */
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    /** Creates provenance. @throws IllegalArgumentException if the checksum is not 64 hex digits */
    public Provenance {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(charset, "charset");
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: " + sha256);
        }
    }

    /** Returns provenance for a plain file, with no capture information. */
    public static Provenance ofFile(String name, String path, String mediaType, String charset,
                                    String sha256, long byteCount) {
        return new Provenance(name, path, mediaType, charset, sha256, byteCount, null, null, null, null, -1, null);
    }
}
