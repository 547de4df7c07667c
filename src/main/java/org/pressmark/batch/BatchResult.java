package org.pressmark.batch;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a batch run.
 *
 * @param items           one result per item, in input order
 * @param skippedRecords  WARC records that were not pages to convert, counted by kind
 * @param unreadableInputs inputs named on the command line that do not exist or cannot be read
 * @param seconds         the wall-clock duration of the run
 */
public record BatchResult(List<ItemResult> items, Map<String, Integer> skippedRecords,
                          List<String> unreadableInputs, double seconds) {

    /** Creates a result; the collections are copied. */
    public BatchResult {
        items = List.copyOf(items);
        skippedRecords = Map.copyOf(skippedRecords);
        unreadableInputs = List.copyOf(unreadableInputs);
    }

    /** Returns how many items ended with the given status. */
    public long count(ItemResult.Status status) {
        return items.stream().filter(r -> r.status() == status).count();
    }
}
