package org.pressmark.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMResult;
import org.pressmark.model.Article;
import org.pressmark.xml.tei.TEI;
import org.w3c.dom.Document;

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
        try {
            Marshaller m = Context.INSTANCE.createMarshaller();
            m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
            dbf.setNamespaceAware(true);
            Document doc = dbf.newDocumentBuilder().newDocument();
            m.marshal(tei, new DOMResult(doc));
            return TeiSerializer.serialize(doc);
        } catch (JAXBException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot write TEI: " + e, e);
        }
    }

    /** The JAXB context, created on first use and then shared (a JAXBContext is thread-safe). */
    static final class Context {
        static final JAXBContext INSTANCE = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(TEI.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot create the TEI JAXB context: " + e, e);
            }
        }
    }
}
