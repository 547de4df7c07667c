package org.pressmark.validate;

/** How serious a {@link Finding} is. */
public enum Severity {
    /** The document is invalid or could not be read. */
    ERROR,
    /** Worth a look; the document is still valid. */
    WARNING
}
