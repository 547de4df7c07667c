package org.pressmark.batch;

import java.util.List;

/**
 * What became of one item of a batch: a row of the reports.
 *
 * @param source       the input the item came from (a file, a folder's file, a WARC file)
 * @param item         the item's id
 * @param status       converted, failed or skipped
 * @param error        what went wrong, or {@code null}
 * @param outputs      the output files, relative to the output folder
 * @param sourceSha256 the SHA-256 of the item's bytes, or {@code null} when they could not be read
 * @param millis       how long the item took
 */
public record ItemResult(String source, String item, Status status, String error, List<String> outputs,
                         String sourceSha256, long millis) {

    /** Creates a result; the output list is copied. */
    public ItemResult {
        outputs = List.copyOf(outputs);
    }

    /** What became of an item. */
    public enum Status {
        /** Converted in this run. */
        CONVERTED,
        /** Failed; the error says why. Its outputs, if any, are not written. */
        FAILED,
        /** Already complete in the output folder with the same source checksum. */
        SKIPPED;

        /** Returns the lower-case word used in reports. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
