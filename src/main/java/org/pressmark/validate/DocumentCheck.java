package org.pressmark.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates documents one after the other with one secure parser and one validator per schema, reused:
 * one instance per thread, never shared. The document is streamed, not held in memory, and validated in
 * a single pass: the schema is chosen at the root element (by {@link XmlSchemas#forRoot}) unless one is
 * fixed.
 */
final class DocumentCheck {

    /** What one document gave: the profile used (null when none) and the findings. */
    record Outcome(String profile, List<Finding> findings) {
    }

    private final Schema fixedSchema;
    private final String fixedProfile;
    private final XMLReader reader = SecureXml.newXmlReader();
    private final Map<Schema, ValidatorHandler> validators = new HashMap<>();
    private final FindingCollector parserErrors = new FindingCollector(Finding.NOT_WELL_FORMED);
    private final FindingCollector schemaErrors = new FindingCollector(Finding.SCHEMA_VIOLATION);

    /**
     * @param fixedSchema  the schema for every document, or null to choose a built-in one by root element
     * @param fixedProfile the name reported for the fixed schema
     */
    DocumentCheck(Schema fixedSchema, String fixedProfile) {
        this.fixedSchema = fixedSchema;
        this.fixedProfile = fixedProfile;
    }

    /** Validates one file; {@code name} is how findings name it. */
    Outcome check(Path file, String name) {
        List<Finding> findings = new ArrayList<>();
        Dispatcher dispatcher = new Dispatcher(name, findings);
        parserErrors.reset(name, findings);
        schemaErrors.reset(name, findings);
        reader.setContentHandler(dispatcher);
        reader.setErrorHandler(parserErrors);
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            reader.parse(source);
        } catch (SecureXml.RefusedException e) {
            Locator at = dispatcher.locator;
            findings.add(new Finding(name, at == null ? -1 : at.getLineNumber(),
                    at == null ? -1 : at.getColumnNumber(), Severity.ERROR, Finding.DTD_REFUSED, e.getMessage()));
        } catch (StopException e) {
            // the root element has no profile; that finding is already recorded
        } catch (SAXParseException e) {
            if (!parserErrors.reported(e) && !schemaErrors.reported(e)) {
                findings.add(parserErrors.finding(e, Severity.ERROR));
            }
        } catch (SAXException e) {
            findings.add(new Finding(name, -1, -1, Severity.ERROR, Finding.NOT_WELL_FORMED, String.valueOf(e.getMessage())));
        } catch (IOException e) {
            findings.add(new Finding(name, -1, -1, Severity.ERROR, Finding.UNREADABLE,
                    "cannot be read: " + e.getClass().getSimpleName()));
        } finally {
            parserErrors.reset(null, null);
            schemaErrors.reset(null, null);
        }
        return new Outcome(dispatcher.profile, List.copyOf(findings));
    }

    private ValidatorHandler validatorFor(Schema schema) {
        ValidatorHandler v = validators.get(schema);
        if (v == null) {
            v = SecureXml.newValidatorHandler(schema);
            validators.put(schema, v);
        }
        v.setErrorHandler(schemaErrors);
        return v;
    }

    /** Stops the parse when there is nothing to validate against. */
    private static final class StopException extends SAXException {
        private static final long serialVersionUID = 1L;

        StopException() {
            super("no profile");
        }
    }

    /**
     * Holds back the start of the document until the root element shows which schema applies, then
     * passes every event to that schema's validator.
     */
    private final class Dispatcher implements ContentHandler {
        private final String name;
        private final List<Finding> findings;
        private final List<String[]> pendingPrefixes = new ArrayList<>();
        private Locator locator;
        private ContentHandler next;
        private String profile;

        Dispatcher(String name, List<Finding> findings) {
            this.name = name;
            this.findings = findings;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startDocument() {
            // passed on at the root element
        }

        @Override
        public void endDocument() throws SAXException {
            if (next != null) {
                next.endDocument();
            }
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            if (next == null) {
                pendingPrefixes.add(new String[] {prefix, uri});
            } else {
                next.startPrefixMapping(prefix, uri);
            }
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            if (next != null) {
                next.endPrefixMapping(prefix);
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (next == null) {
                Schema schema;
                if (fixedSchema != null) {
                    schema = fixedSchema;
                    profile = fixedProfile;
                } else {
                    XmlSchemas builtIn = XmlSchemas.forRoot(uri, localName).orElse(null);
                    if (builtIn == null) {
                        findings.add(new Finding(name, locator == null ? -1 : locator.getLineNumber(),
                                locator == null ? -1 : locator.getColumnNumber(), Severity.ERROR, Finding.NO_PROFILE,
                                "no built-in profile for root element " + localName
                                        + (uri.isEmpty() ? " (no namespace)" : " in namespace " + uri)
                                        + "; give a schema with --schema"));
                        throw new StopException();
                    }
                    schema = builtIn.schema();
                    profile = builtIn.name();
                }
                next = validatorFor(schema);
                next.setDocumentLocator(locator);
                next.startDocument();
                for (String[] p : pendingPrefixes) {
                    next.startPrefixMapping(p[0], p[1]);
                }
            }
            next.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            next.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (next != null) {
                next.characters(ch, start, length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            if (next != null) {
                next.ignorableWhitespace(ch, start, length);
            }
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            if (next != null) {
                next.processingInstruction(target, data);
            }
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            if (next != null) {
                next.skippedEntity(name);
            }
        }
    }
}
