package org.pressmark.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Validates XML documents against Pressmark's schemas and returns what is wrong as {@link Finding}s.
 *
 * <p>The document is read with the settings of {@link SecureXml}: a DOCTYPE or an external entity is
 * refused ({@link Finding#DTD_REFUSED}) without being read. The parser validates as it reads ({@link
 * SecureXml#newXmlReader(javax.xml.validation.Schema)}): a validator fed with the parser's SAX events
 * turned each event back into the parser's own form, and took a sixth longer for the same findings
 * (measured on Pressmark's TEI and NewsML-G2 documents). Calls may run in parallel: each thread keeps one
 * validating parser per schema, reused from call to call (setting one up costs more than validating a
 * page), and dropped after a call that did not end cleanly.
 */
public final class XmlValidator {

    private XmlValidator() {
    }

    /** A thread's validating parsers, one per schema, kept between calls. */
    private static final class Tools {
        final Map<XmlSchemas, XMLReader> readers = new EnumMap<>(XmlSchemas.class);

        XMLReader reader(XmlSchemas schema) {
            return readers.computeIfAbsent(schema, s -> SecureXml.newXmlReader(s.schema()));
        }
    }

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
     * @param also     receives the parser's events as they come: the document as written, nothing
     *                 normalised or added by the schema; or null. Its result is only meaningful when no
     *                 finding is returned.
     * @return the findings in document order, empty when the document is valid
     */
    public static List<Finding> validate(XmlSchemas schema, byte[] xml, String systemId, ContentHandler also) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(xml, "xml");
        String file = systemId == null ? "" : systemId;
        List<Finding> findings = new ArrayList<>();

        XMLReader reader = TOOLS.get().reader(schema);
        LocatedHandler content = new LocatedHandler(also);
        FindingCollector wellFormedness = new FindingCollector(file, Finding.NOT_WELL_FORMED, findings);
        reader.setContentHandler(content);
        reader.setErrorHandler(new Sorted(new FindingCollector(file, Finding.SCHEMA_VIOLATION, findings), wellFormedness));
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
            reader.setContentHandler(null); // the handler of a caller, with its tree, is not kept alive
            if (!clean) {
                TOOLS.remove(); // a parse cut short may leave state behind: the next call starts afresh
            }
        }
        return List.copyOf(findings);
    }

    /**
     * Sorts what the validating parser reports: the schema's validator reports a violation as an error or a
     * warning; the parser reports XML that is not well-formed as a fatal error, and stops.
     */
    private record Sorted(FindingCollector schema, FindingCollector wellFormedness) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            schema.warning(e);
        }

        @Override
        public void error(SAXParseException e) {
            schema.error(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            wellFormedness.fatalError(e);
        }
    }

    /**
     * Passes the parser's events to the caller's handler, if any (the JDK's filter forwards each event and drops
     * them when there is none), and keeps the parser's locator for a refusal's place.
     */
    private static final class LocatedHandler extends XMLFilterImpl {
        private Locator locator;

        LocatedHandler(ContentHandler also) {
            setContentHandler(also);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            super.setDocumentLocator(locator);
        }
    }
}
