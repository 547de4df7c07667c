package org.pressmark.validate;

import java.util.List;

/**
 * Thrown when a schema or XML catalog given by the user cannot be used: it is missing, does not compile,
 * has a DOCTYPE, or imports a location that is not a local file (Pressmark never fetches schemas from the
 * network). The findings say where.
 */
public final class SchemaException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    /**
     * Creates the exception.
     *
     * @param message  what could not be used, such as {@code schema my.xsd cannot be used}
     * @param findings what is wrong and where; not empty
     */
    public SchemaException(String message, List<Finding> findings) {
        super(message);
        this.findings = List.copyOf(findings);
    }

    /** Returns what is wrong and where, in the order found. */
    public List<Finding> findings() {
        return findings;
    }
}
