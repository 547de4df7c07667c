package org.pressmark;

import java.util.Objects;

/**
 * An item could not be converted because of its data: it is empty, unreadable, not a page, holds no
 * article, or gave a document that its schema rejects. The message names the item and what is wrong;
 * a batch reports it and goes on with the other items.
 *
 * <p>Misuse of the API (a null argument, an option out of range) is an {@link IllegalArgumentException}
 * instead.
 */
public class ItemException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String item;
    private final String problem;

    /**
     * Creates an exception for an item.
     *
     * @param item    the item's name as the user knows it: a path, or a WARC file and record
     * @param problem what is wrong, in plain words, without the item's name
     */
    public ItemException(String item, String problem) {
        super(Objects.requireNonNull(item, "item") + ": " + problem);
        this.item = item;
        this.problem = problem;
    }

    /** Creates an exception for an item with the cause that revealed the problem. */
    public ItemException(String item, String problem, Throwable cause) {
        super(Objects.requireNonNull(item, "item") + ": " + problem, cause);
        this.item = item;
        this.problem = problem;
    }

    /** Returns what is wrong, without the item's name. */
    public String problem() {
        return problem;
    }

    /** Returns the item's name. */
    public String item() {
        return item;
    }
}
