package org.pressmark.xml;

import jakarta.xml.bind.JAXBContext;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pressmark.model.Article;
import org.pressmark.xml.tei.TEI;

/**
 * Writes an {@link Article} as a TEI P5 document of the Pressmark profile ({@code xsd/pressmark-tei.xsd}),
 * through the JAXB classes generated from that schema.
 *
 * <p>The output is UTF-8, indented where white space is not content (never inside paragraphs or other
 * mixed content), and deterministic: the same article and stamp give the same bytes. Text is cleaned of
 * characters that XML 1.0 does not allow; URLs are made valid URI references or, when that is impossible,
 * left out. Instances are immutable and thread-safe; the JAXB context is created once per process.
 */
public final class TeiWriter {

    private static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

    /** TEI elements whose children are elements only, so that white space between them is not content. */
    private static final XmlSerializer SERIALIZER = new XmlSerializer(Map.of(TEI_NS, Set.of(
            "TEI", "teiHeader", "fileDesc", "titleStmt", "publicationStmt", "availability", "notesStmt",
            "sourceDesc", "bibl", "extent", "encodingDesc", "appInfo", "application", "profileDesc",
            "langUsage", "textClass", "keywords", "text", "body", "div", "post", "quote", "cit", "list",
            "table", "row", "figure")));

    /** Creates a writer. */
    public TeiWriter() {
    }

    /**
     * Returns the TEI document for an article.
     *
     * @param article the article
     * @param stamp   the application, version and conversion instant written to the header
     * @return the document as UTF-8 bytes
     * @throws IllegalStateException if the JAXB runtime fails, which is a bug or a broken installation
     */
    public byte[] write(Article article, ConversionStamp stamp) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(stamp, "stamp");
        TEI tei = new TeiBuilder().build(article, stamp);
        return SERIALIZER.marshal(Context.INSTANCE, tei, "TEI");
    }

    /**
     * Creates the JAXB context now rather than on the first write; it takes a good part of a second, which
     * a caller starting many conversions can spend on another thread. Calling it again does nothing.
     *
     * @throws IllegalStateException if the JAXB runtime fails, which is a bug or a broken installation
     */
    public static void prepare() {
        Objects.requireNonNull(Context.INSTANCE);
    }

    /** The JAXB context, created on first use and then shared (a JAXBContext is thread-safe). */
    static final class Context {
        static final JAXBContext INSTANCE = XmlSerializer.context(TEI.class, "TEI");
    }
}
