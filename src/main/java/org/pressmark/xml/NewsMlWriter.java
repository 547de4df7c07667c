package org.pressmark.xml;

import jakarta.xml.bind.JAXBContext;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pressmark.model.Article;
import org.pressmark.xml.newsml.NewsItem;

/**
 * Writes an {@link Article} as an IPTC NewsML-G2 2.35 newsItem of the Pressmark profile
 * ({@code xsd/pressmark-newsml.xsd}), with the body as XHTML in {@code contentSet/inlineXML}, through the
 * JAXB classes generated from that schema.
 *
 * <p>The item's guid is derived from the page's original URL (else its capture URI, else its source path
 * or name), so the same page always gets the same guid; the conversion instant of the stamp is the
 * item's {@code versionCreated} and {@code firstCreated}. The output is UTF-8, indented only where white
 * space is not content, and deterministic: the same article and stamp give the same bytes. Instances are
 * immutable and thread-safe; the JAXB context is created once per process.
 */
public final class NewsMlWriter {

    private static final XmlSerializer SERIALIZER = new XmlSerializer(Map.of(
            NewsMl.NS, Set.of("newsItem", "catalog", "rightsInfo", "itemMeta", "provider", "link",
                    "contentMeta", "infoSource", "creator", "contentSet", "inlineXML"),
            NewsMl.XHTML_NS, Set.of("html", "head", "body", "section", "article", "header", "blockquote",
                    "ul", "ol", "table", "tr", "figure")));

    /** Creates a writer. */
    public NewsMlWriter() {
    }

    /**
     * Returns the NewsML-G2 document for an article.
     *
     * @param article the article
     * @param stamp   the application, version and conversion instant written to the item's metadata
     * @return the document as UTF-8 bytes
     * @throws IllegalStateException if the JAXB runtime fails, which is a bug or a broken installation
     */
    public byte[] write(Article article, ConversionStamp stamp) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(stamp, "stamp");
        NewsItem item = new NewsMlBuilder().build(article, stamp);
        return SERIALIZER.marshal(Context.INSTANCE, item, "NewsML-G2");
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
        static final JAXBContext INSTANCE = XmlSerializer.context(NewsItem.class, "NewsML-G2");
    }
}
