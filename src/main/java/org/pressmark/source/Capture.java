package org.pressmark.source;

import java.time.Instant;

/**
 * How an item was captured from the web, as a WARC record tells it.
 *
 * @param targetUri     the captured URI
 * @param captureDate   when it was captured, or {@code null}
 * @param recordId      the WARC record id, or {@code null}
 * @param warcFile      the name of the WARC file, or {@code null}
 * @param offset        the record's byte offset in the WARC file, or -1
 * @param payloadDigest the payload digest recorded in the WARC, or {@code null}
 */
public record Capture(String targetUri, Instant captureDate, String recordId, String warcFile, long offset,
                      String payloadDigest) {
}
