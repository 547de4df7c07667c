package org.pressmark.validate;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in a document.
 *
 * @param file     the system id or name of the document as the caller gave it
 * @param line     the line, from 1, or -1 when unknown
 * @param column   the column, from 1, or -1 when unknown
 * @param severity how serious it is
 * @param code     a stable code, one of the constants of this record, such as {@link #SCHEMA_VIOLATION}
 * @param message  what is wrong, in the words of the parser or validator
 */
public record Finding(String file, int line, int column, Severity severity, String code, String message) {

    /** {@value}: the document breaks a rule of the schema. */
    public static final String SCHEMA_VIOLATION = "XSD-001";
    /** {@value}: the document is not well-formed XML. */
    public static final String NOT_WELL_FORMED = "XML-001";
    /** {@value}: the document has a DOCTYPE or refers to an entity; neither is read, for safety. */
    public static final String DTD_REFUSED = "XML-002";
    /** {@value}: there is no built-in profile for the document's root element (and no schema was given). */
    public static final String NO_PROFILE = "XML-003";
    /** {@value}: a file or folder does not exist or cannot be read. */
    public static final String UNREADABLE = "IO-001";
    /** {@value}: a schema given by the user does not compile. */
    public static final String SCHEMA_UNUSABLE = "XSD-002";
    /** {@value}: a schema imports or includes a location that is not a local file; it was not fetched. */
    public static final String SCHEMA_LOCATION_REFUSED = "XSD-003";
    /** {@value}: an XML catalog cannot be read. */
    public static final String CATALOG_UNUSABLE = "XSD-004";
    /** {@value}: a file listed in a fixity manifest is missing. */
    public static final String FIXITY_MISSING = "FIX-001";
    /** {@value}: a file's SHA-256 differs from the one in the fixity manifest. */
    public static final String FIXITY_CHANGED = "FIX-002";
    /** {@value}: a file in the manifest's folder is not listed in the manifest. */
    public static final String FIXITY_UNLISTED = "FIX-003";
    /** {@value}: a manifest line is not {@code <sha256>  <path>}. */
    public static final String FIXITY_MALFORMED = "FIX-004";
    /** {@value}: a manifest path leads outside the manifest's folder; it was not read. */
    public static final String FIXITY_OUTSIDE = "FIX-005";
    /** {@value}: an HTML or text access copy differs from what its TEI document renders to today. */
    public static final String DERIVATIVE_STALE = "DER-001";
    /** {@value}: a TEI document with access copies beside it cannot be rendered. */
    public static final String DERIVATIVE_UNRENDERABLE = "DER-002";

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

    /**
     * Returns the finding as a compiler prints it, which editors and CI annotate:
     * {@code file:line:column: error: message [CODE]} ({@code warning} for warnings), without the line
     * or column when they are unknown.
     */
    public String toCompilerStyle() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ")
                .append(message.replace('\n', ' ').replace('\r', ' ')).append(" [").append(code).append(']');
        return sb.toString();
    }

    /**
     * Returns the first three findings as one line for a message:
     * {@code line L:C message; line L:C message; line L:C message; and N more}.
     *
     * @param findings the findings, in the order they were found
     * @return the summary, empty when there are none
     */
    public static String summarize(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (Finding f : findings) {
            if (shown == 3) {
                sb.append("; and ").append(findings.size() - shown).append(" more");
                break;
            }
            if (shown > 0) {
                sb.append("; ");
            }
            sb.append("line ").append(f.line()).append(':').append(f.column()).append(' ').append(f.message());
            shown++;
        }
        return sb.toString();
    }
}
