package org.pressmark.validate;

import java.util.Objects;

/**
 * One problem found in a document.
 *
 * @param file     the system id or name of the document as the caller gave it
 * @param line     the line, from 1, or -1 when unknown
 * @param column   the column, from 1, or -1 when unknown
 * @param severity how serious it is
 * @param code     a stable code: {@link #SCHEMA_VIOLATION}, {@link #NOT_WELL_FORMED} or {@link #DTD_REFUSED}
 * @param message  what is wrong, in the words of the parser or validator
 */
public record Finding(String file, int line, int column, Severity severity, String code, String message) {

    /** {@value}: the document breaks a rule of the schema. */
    public static final String SCHEMA_VIOLATION = "XSD-001";
    /** {@value}: the document is not well-formed XML. */
    public static final String NOT_WELL_FORMED = "XML-001";
    /** {@value}: the document has a DOCTYPE or refers to an entity; neither is read, for safety. */
    public static final String DTD_REFUSED = "XML-002";

    /** Creates a finding. */
    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** Returns the finding as {@code file:line:column: SEVERITY CODE message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity + " " + code + " " + message;
    }
}
