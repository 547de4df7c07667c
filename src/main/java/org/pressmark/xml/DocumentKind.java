package org.pressmark.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.pressmark.validate.SecureXml;
import org.pressmark.validate.XmlSchemas;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The kinds of XML document that Pressmark writes and can read back into an article, recognised by the
 * name and namespace of their root element.
 */
public enum DocumentKind {

    /** A TEI P5 document: root {@code TEI} in {@code http://www.tei-c.org/ns/1.0}. */
    TEI(XmlSchemas.TEI),
    /** A NewsML-G2 news item: root {@code newsItem} in {@code http://iptc.org/std/nar/2006-10-01/}. */
    NEWSML(XmlSchemas.NEWSML);

    private final XmlSchemas profile;

    DocumentKind(XmlSchemas profile) {
        this.profile = profile;
    }

    /**
     * Returns the kind of a document by its root element, reading no further than the root's start tag
     * and with the settings of {@link SecureXml}.
     *
     * @param xml the document's bytes
     * @return the kind, or empty when the bytes are not well-formed up to the root, or the root is another
     *         element
     */
    public static Optional<DocumentKind> detect(byte[] xml) {
        Objects.requireNonNull(xml, "xml");
        XMLReader reader = SecureXml.newXmlReader();
        RootHandler handler = new RootHandler();
        reader.setContentHandler(handler);
        try {
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            // the root handler stops the parse on purpose; anything else means "not ours"
        }
        // the roots are those of the profiles, named in one place (XmlSchemas)
        if (handler.localName == null) {
            return Optional.empty();
        }
        Optional<XmlSchemas> profile = XmlSchemas.forRoot(handler.namespace, handler.localName);
        for (DocumentKind kind : values()) {
            if (profile.isPresent() && kind.profile == profile.get()) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Records the root element and stops the parse there. */
    private static final class RootHandler extends DefaultHandler {
        private String namespace;
        private String localName;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            namespace = uri;
            localName = local;
            throw new SAXException("root element read");
        }
    }
}
