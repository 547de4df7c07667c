package org.pressmark.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates XML documents against Pressmark's schemas and returns what is wrong as {@link Finding}s.
 *
 * <p>The document is read with the settings of {@link SecureXml}: a DOCTYPE or an external entity is
 * refused ({@link Finding#DTD_REFUSED}) without being read. Calls may run in parallel: each thread keeps
 * its own parser and one validator per schema, reused from call to call (setting them up costs more than
 * validating a page), and dropped after a call that did not end cleanly.
 */
public final class XmlValidator {

    private XmlValidator() {
    }

    /** A thread's parser and validators, kept between calls. */
    private static final class Tools {
        final XMLReader reader = SecureXml.newXmlReader();
        final Map<XmlSchemas, ValidatorHandler> validators = new EnumMap<>(XmlSchemas.class);

        ValidatorHandler validator(XmlSchemas schema) {
            return validators.computeIfAbsent(schema, s -> withoutPsvi(SecureXml.newValidatorHandler(s.schema())));
        }

        /**
         * Turns off the schema validator's post-validation infoset (the type and validity it records for
         * each element and attribute): only the findings are read here, never the types, and filling it
         * in is a good part of the validator's time per event. Errors are found and reported the same.
         */
        private static ValidatorHandler withoutPsvi(ValidatorHandler validator) {
            try {
                validator.setFeature(AUGMENT_PSVI, false);
            } catch (SAXException e) {
                // a validator that does not know the feature validates just the same
            }
            return validator;
        }
    }

    private static final String AUGMENT_PSVI = "http://apache.org/xml/features/validation/schema/augment-psvi";

    private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(Tools::new);

    /**
     * Validates a document.
     *
     * @param schema   the schema to validate against
     * @param xml      the document's bytes
     * @param systemId the document's name or URI, used in findings and to resolve nothing else; may be null
     * @return the findings in document order, empty when the document is valid
     */
    public static List<Finding> validate(XmlSchemas schema, byte[] xml, String systemId) {
        return validate(schema, xml, systemId, null);
    }

    /**
     * Validates a document and passes the events of the same parse to another handler, so that a caller
     * that also needs the document in another form (a tree for a stylesheet) reads it once.
     *
     * @param schema   the schema to validate against
     * @param xml      the document's bytes
     * @param systemId the document's name or URI, used in findings; may be null
     * @param also     receives the parser's events as they come, before validation; or null. Its result
     *                 is only meaningful when no finding is returned.
     * @return the findings in document order, empty when the document is valid
     */
    public static List<Finding> validate(XmlSchemas schema, byte[] xml, String systemId, ContentHandler also) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(xml, "xml");
        String file = systemId == null ? "" : systemId;
        List<Finding> findings = new ArrayList<>();

        Tools tools = TOOLS.get();
        ValidatorHandler validator = tools.validator(schema);
        validator.setErrorHandler(new FindingCollector(file, Finding.SCHEMA_VIOLATION, findings));
        LocatedHandler content = new LocatedHandler(validator, also);

        XMLReader reader = tools.reader;
        FindingCollector wellFormedness = new FindingCollector(file, Finding.NOT_WELL_FORMED, findings);
        reader.setContentHandler(content);
        reader.setErrorHandler(wellFormedness);
        // the name goes into the findings only: as a system id, the parser would try to read it as a URI,
        // which an item's name seldom is (two exceptions thrown and caught for each document of a batch)
        InputSource in = new InputSource(new ByteArrayInputStream(xml));
        boolean clean = false;
        try {
            reader.parse(in);
            clean = true;
        } catch (SecureXml.RefusedException e) {
            Locator at = content.locator;
            findings.add(new Finding(file, at == null ? -1 : at.getLineNumber(),
                    at == null ? -1 : at.getColumnNumber(), Severity.ERROR, Finding.DTD_REFUSED, e.getMessage()));
        } catch (SAXParseException e) {
            if (!wellFormedness.reported(e)) {
                findings.add(wellFormedness.finding(e, Severity.ERROR));
            }
        } catch (SAXException | IOException e) {
            findings.add(new Finding(file, -1, -1, Severity.ERROR, Finding.NOT_WELL_FORMED, String.valueOf(e.getMessage())));
        } finally {
            if (!clean) {
                TOOLS.remove(); // a parse cut short may leave state behind: the next call starts afresh
            }
        }
        return List.copyOf(findings);
    }

    /** Passes SAX events to the validator (and to a second handler, if any) and keeps the parser's locator. */
    private static final class LocatedHandler implements ContentHandler {
        private final ContentHandler next;
        private final ContentHandler also;
        private Locator locator;

        LocatedHandler(ContentHandler next, ContentHandler also) {
            this.next = next;
            this.also = also;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            next.setDocumentLocator(locator);
            if (also != null) {
                also.setDocumentLocator(locator);
            }
        }

        @Override
        public void startDocument() throws SAXException {
            next.startDocument();
            if (also != null) {
                also.startDocument();
            }
        }

        @Override
        public void endDocument() throws SAXException {
            next.endDocument();
            if (also != null) {
                also.endDocument();
            }
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            next.startPrefixMapping(prefix, uri);
            if (also != null) {
                also.startPrefixMapping(prefix, uri);
            }
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            next.endPrefixMapping(prefix);
            if (also != null) {
                also.endPrefixMapping(prefix);
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (also != null) {
                also.startElement(uri, localName, qName, atts); // first: the validator may add defaults to atts
            }
            next.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            next.endElement(uri, localName, qName);
            if (also != null) {
                also.endElement(uri, localName, qName);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            next.characters(ch, start, length);
            if (also != null) {
                also.characters(ch, start, length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            next.ignorableWhitespace(ch, start, length);
            if (also != null) {
                also.ignorableWhitespace(ch, start, length);
            }
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            next.processingInstruction(target, data);
            if (also != null) {
                also.processingInstruction(target, data);
            }
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            next.skippedEntity(name);
            if (also != null) {
                also.skippedEntity(name);
            }
        }
    }
}
