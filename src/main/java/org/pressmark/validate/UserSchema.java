package org.pressmark.validate;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Compiles a schema given by the user, its imports and includes resolved offline ({@link OfflineResolver}). */
final class UserSchema {

    private UserSchema() {
    }

    /**
     * Compiles the schema.
     *
     * @param xsd     the schema file
     * @param catalog an XML catalog file, or null
     * @throws SchemaException if the schema or catalog cannot be used; nothing was fetched from anywhere
     */
    static Schema compile(Path xsd, Path catalog) throws SchemaException {
        String label = "schema " + xsd;
        CatalogLookup lookup = null;
        if (catalog != null) {
            if (!Files.isRegularFile(catalog) || !Files.isReadable(catalog)) {
                throw new SchemaException("catalog " + catalog + " cannot be used", List.of(new Finding(
                        catalog.toString(), -1, -1, Severity.ERROR, Finding.UNREADABLE,
                        Files.exists(catalog) ? "catalog is not a readable file" : "no such catalog file")));
            }
            lookup = new CatalogLookup(catalog.toAbsolutePath().toUri());
        }
        if (!Files.isRegularFile(xsd) || !Files.isReadable(xsd)) {
            throw new SchemaException(label + " cannot be used", List.of(new Finding(xsd.toString(), -1, -1,
                    Severity.ERROR, Finding.UNREADABLE, Files.exists(xsd) ? "schema is not a readable file"
                            : "no such schema file")));
        }
        String uri = xsd.toAbsolutePath().toUri().toString();
        OfflineResolver resolver = new OfflineResolver(lookup);
        byte[] main = resolver.read(uri);
        if (!resolver.problems().isEmpty()) {
            throw new SchemaException(label + " cannot be used", resolver.problems());
        }

        List<SAXParseException> messages = new ArrayList<>();
        SchemaFactory factory = SecureXml.newSchemaFactory();
        factory.setResourceResolver(resolver);
        factory.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                messages.add(e);
            }

            @Override
            public void error(SAXParseException e) {
                messages.add(e);
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                messages.add(e);
                throw e;
            }
        });
        Schema schema = null;
        try {
            schema = factory.newSchema(new StreamSource(new ByteArrayInputStream(main), uri));
        } catch (SAXException e) {
            // reported through the error handler
        }

        List<Finding> findings = new ArrayList<>(resolver.problems());
        List<String> refused = new ArrayList<>();
        for (OfflineResolver.Refusal r : resolver.refusals()) {
            refused.add(r.location());
            findings.add(new Finding(OfflineResolver.displayName(r.base()), r.line(), r.column(), Severity.ERROR,
                    Finding.SCHEMA_LOCATION_REFUSED, "schema location " + r.written() + " refused: Pressmark reads "
                            + "schemas from local files only, never from the network; map it to a local copy with "
                            + "an XML catalog (--catalog)"));
        }
        for (SAXParseException m : messages) {
            // a refused location was replaced by nothing; what follows from that adds no news
            if (refused.contains(m.getSystemId())
                    || !refused.isEmpty() && String.valueOf(m.getMessage()).startsWith("src-resolve")) {
                continue;
            }
            findings.add(new Finding(OfflineResolver.displayName(m.getSystemId() == null ? uri : m.getSystemId()),
                    m.getLineNumber(), m.getColumnNumber(), Severity.ERROR, Finding.SCHEMA_UNUSABLE,
                    String.valueOf(m.getMessage())));
        }
        if (schema == null || !findings.isEmpty()) {
            if (findings.isEmpty()) {
                findings.add(new Finding(xsd.toString(), -1, -1, Severity.ERROR, Finding.SCHEMA_UNUSABLE,
                        "the schema does not compile"));
            }
            throw new SchemaException(label + " cannot be used", findings);
        }
        return schema;
    }
}
