package org.pressmark.validate;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The one place where Pressmark's XML parsers and schema factories get their security settings: the
 * JDK's built-in implementations (never whatever else is on the class path), secure processing on, no
 * DTDs, no external entities, no network.
 */
public final class SecureXml {

    /** Protocols from which our own schemas may import other schemas: class-path resources only. */
    static final String SCHEMA_IMPORT_PROTOCOLS = "file,jar";

    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

    /** The prefix of the JDK schema validator's features. */
    private static final String SCHEMA_FEATURES = "http://apache.org/xml/features/validation/schema/";

    private SecureXml() {
    }

    /**
     * Returns a new namespace-aware, non-validating XML reader that refuses any DOCTYPE and any entity
     * resolution (it throws a {@link org.xml.sax.SAXException} as soon as it meets one, before reading its
     * content), loads no external DTD or entity, and limits entity expansion. Replacing its entity
     * resolver or lexical handler removes the refusal but not the other settings.
     *
     * @throws IllegalStateException if the JDK parser rejects a setting, which would be a broken JDK
     */
    public static XMLReader newXmlReader() {
        return newXmlReader(null);
    }

    /**
     * Returns a new XML reader with the settings of {@link #newXmlReader()} that also validates what it reads
     * against a schema, inside the parser: schema violations go to its error handler as errors
     * ({@link org.xml.sax.ErrorHandler#error}), well-formedness errors as fatal errors, and its content
     * handler receives the document as written, without the values the schema would normalise or add
     * (no post-validation infoset). The schema loads no other schema or DTD while validating.
     *
     * @param schema the schema to validate against, or {@code null} for a reader that does not validate
     * @throws IllegalStateException if the JDK parser rejects a setting, which would be a broken JDK
     */
    static XMLReader newXmlReader(Schema schema) {
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setSchema(schema);
            SAXParser parser = f.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            XMLReader reader = parser.getXMLReader();
            if (schema != null) {
                // the handler sees the document's own text: values neither normalised nor defaulted by the
                // schema, and no type information recorded (only the findings are read)
                reader.setFeature(SCHEMA_FEATURES + "normalized-value", false);
                reader.setFeature(SCHEMA_FEATURES + "element-default", false);
                reader.setFeature(SCHEMA_FEATURES + "augment-psvi", false);
            }
            Refusal refusal = new Refusal();
            reader.setEntityResolver(refusal);
            reader.setProperty(LEXICAL_HANDLER, refusal);
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot configure a secure XML parser: " + e, e);
        }
    }

    /**
     * Returns a new W3C XML Schema factory with secure processing on, no DTD access, and schema imports
     * allowed only from {@code file:} and {@code jar:} URLs (our schemas on the class path).
     *
     * @throws IllegalStateException if the JDK factory rejects a setting
     */
    public static SchemaFactory newSchemaFactory() {
        SchemaFactory f = SchemaFactory.newDefaultInstance();
        try {
            // secure processing first: it resets the access properties, which are then narrowed here
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, SCHEMA_IMPORT_PROTOCOLS);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("cannot configure a secure schema factory: " + e, e);
        }
        return f;
    }

    /**
     * Returns a new validator handler of a schema that reads no external DTD or schema while validating.
     *
     * @throws IllegalStateException if the JDK validator rejects a setting
     */
    static ValidatorHandler newValidatorHandler(Schema schema) {
        ValidatorHandler v = schema.newValidatorHandler();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("cannot configure the validator: " + e, e);
        }
        return v;
    }

    /** Thrown by readers from {@link #newXmlReader()} when a document has a DOCTYPE or names an entity. */
    static final class RefusedException extends SAXException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /** Refuses DOCTYPE declarations (lexical handler) and entity resolution (entity resolver). */
    private static final class Refusal extends DefaultHandler2 {
        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new RefusedException("DOCTYPE declarations are not allowed (no DTD or entity is ever read, local or remote,"
                    + " nor expanded); the document was not read further");
        }

        @Override
        public org.xml.sax.InputSource resolveEntity(String name, String publicId, String baseUri, String systemId)
                throws SAXException {
            throw new RefusedException("external entities are not allowed; the entity was not read");
        }

        @Override
        public org.xml.sax.InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            throw new RefusedException("external entities are not allowed; the entity was not read");
        }
    }
}
