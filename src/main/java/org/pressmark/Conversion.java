package org.pressmark;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.pressmark.model.Article;

/**
 * The result of converting one item in memory: the article and its documents. The TEI document has
 * been validated against the Pressmark TEI profile.
 *
 * @param article the extracted article
 * @param tei     the TEI P5 document, UTF-8
 * @param html    the HTML access copy
 * @param text    the plain-text access copy
 */
public record Conversion(Article article, byte[] tei, String html, String text) {

    /** Creates a conversion result. */
    public Conversion {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(tei, "tei");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }

    /** Returns the HTML access copy as UTF-8 bytes. */
    public byte[] htmlBytes() {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** Returns the plain-text access copy as UTF-8 bytes. */
    public byte[] textBytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
