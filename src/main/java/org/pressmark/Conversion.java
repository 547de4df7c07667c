package org.pressmark;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pressmark.model.Article;

/**
 * The result of converting one item in memory: the article and the documents that were asked for, each
 * as UTF-8 bytes. XML documents have been validated against their Pressmark profile.
 *
 * @param article   the article, extracted from a page or read back from a TEI or NewsML-G2 document
 * @param documents the documents by format, exactly the formats asked for
 */
public record Conversion(Article article, Map<Format, byte[]> documents) {

    /** Creates a conversion result; the map is copied (the arrays are not). */
    public Conversion {
        Objects.requireNonNull(article, "article");
        documents = Collections.unmodifiableMap(documents.isEmpty()
                ? new EnumMap<>(Format.class) : new EnumMap<>(documents));
    }

    /** Returns the formats of the documents. */
    public Set<Format> formats() {
        return documents.keySet();
    }

    /** Returns the document of a format, or empty when it was not asked for. */
    public Optional<byte[]> find(Format format) {
        return Optional.ofNullable(documents.get(format));
    }

    /**
     * Returns the document of a format.
     *
     * @throws IllegalStateException if that format was not asked for
     */
    public byte[] expect(Format format) {
        byte[] doc = documents.get(format);
        if (doc == null) {
            throw new IllegalStateException(format.label() + " was not asked for in this conversion");
        }
        return doc;
    }

    /** Returns the TEI document. @throws IllegalStateException if TEI was not asked for */
    public byte[] tei() {
        return expect(Format.TEI);
    }

    /** Returns the NewsML-G2 document. @throws IllegalStateException if NewsML was not asked for */
    public byte[] newsMl() {
        return expect(Format.NEWSML);
    }

    /** Returns the HTML access copy. @throws IllegalStateException if HTML was not asked for */
    public String html() {
        return new String(expect(Format.HTML), StandardCharsets.UTF_8);
    }

    /** Returns the plain-text access copy. @throws IllegalStateException if text was not asked for */
    public String text() {
        return new String(expect(Format.TEXT), StandardCharsets.UTF_8);
    }
}
