package org.pressmark.batch;

import java.util.Objects;
import org.pressmark.source.Capture;

/**
 * One item of a batch: a file, or one HTML response record of a WARC file.
 *
 * @param id           a stable identifier: the file's path, or the WARC file name and record id
 * @param name         the name shown in messages and reports
 * @param path         the source path recorded in its provenance (for a file, the path as given or
 *                     found in an input folder), or {@code null} for a WARC record
 * @param outputBase   where its outputs go, relative to the output folder, without suffix
 *                     ({@code blog/2021/post} gives {@code blog/2021/post.tei.xml} and so on)
 * @param loader       reads the item's bytes
 * @param declaredType the media type declared by the transport (HTTP Content-Type), or {@code null}
 * @param capture      how the item was captured, or {@code null} for a plain file
 * @param inputBytes   the bytes of the inputs this item stands for in the progress once it is done: a
 *                     file's size; 0 for a WARC record, whose file the reader counts as it goes, since
 *                     a compressed WARC holds fewer bytes than its pages
 */
public record Item(String id, String name, String path, String outputBase, Loader loader, String declaredType,
                   Capture capture, long inputBytes) {

    /** Creates an item. */
    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outputBase, "outputBase");
        Objects.requireNonNull(loader, "loader");
    }

    /** Reads the bytes of an item. */
    @FunctionalInterface
    public interface Loader {
        /** Returns the item's bytes. @throws java.io.IOException if they cannot be read */
        byte[] load() throws java.io.IOException;
    }
}
