package org.pressmark.render;

import java.util.List;
import org.pressmark.ItemException;

/**
 * A TEI document could not be rendered: it is not well-formed, has a DOCTYPE, or the stylesheet failed on
 * it. The message names the document and says what went wrong; {@link #details()} holds every message
 * the XML parser or XSLT processor gave, in order.
 */
public final class RenderException extends ItemException {

    private static final long serialVersionUID = 1L;

    /** Serializable copy of the processor's messages. */
    private final List<String> details;

    /**
     * Creates an exception.
     *
     * @param item    the document's name as the user knows it (its system id, or a placeholder)
     * @param problem what went wrong, in plain words
     * @param details every message the parser or processor gave, possibly empty
     * @param cause   the exception that revealed the problem, or {@code null}
     */
    public RenderException(String item, String problem, List<String> details, Throwable cause) {
        super(item, problem, cause);
        this.details = List.copyOf(details);
    }

    /** Returns the messages of the XML parser or XSLT processor, in the order they came; may be empty. */
    public List<String> details() {
        return details;
    }
}
