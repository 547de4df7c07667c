package org.pressmark.model;

import java.util.List;

/**
 * A reader comment, kept apart from the article body.
 *
 * @param author the commenter's name, or {@code null}
 * @param date   when the comment was posted, or {@code null}
 * @param blocks the comment's text
 */
public record Comment(String author, PageDate date, List<Block> blocks) {

    /** Creates a comment; the block list is copied. */
    public Comment {
        blocks = List.copyOf(blocks);
    }
}
