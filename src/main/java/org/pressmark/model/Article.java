package org.pressmark.model;

import java.util.List;
import java.util.Objects;

/**
 * One extracted article: its metadata, its body as a list of blocks, the reader comments kept apart
 * from the body, and the provenance of the bytes it came from.
 *
 * @param metadata   title, authors, dates and the other descriptive fields
 * @param body       the body blocks in reading order; never empty for a converted article
 * @param comments   reader comments, empty when there are none or they were not kept
 * @param provenance where the source bytes came from and their checksum
 */
public record Article(Metadata metadata, List<Block> body, List<Comment> comments, Provenance provenance) {

    /** Creates an article; the lists are copied. */
    public Article {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(provenance, "provenance");
        body = List.copyOf(body);
        comments = List.copyOf(comments);
    }

    /** Returns a copy of this article with other provenance. */
    public Article withProvenance(Provenance other) {
        return new Article(metadata, body, comments, other);
    }
}
