package org.pressmark.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.Source;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * What the TEI and NewsML-G2 conformance checks share: a document is validated against an official
 * schema and its errors are reported as {@code name:line:column: message} (warnings are ignored).
 */
final class ConformanceErrors {

    private ConformanceErrors() {
    }

    /**
     * Validates a document and returns its errors, empty when it is valid.
     *
     * @param v      a validator of the official schema, used for this call only
     * @param source the document
     * @param name   the document's name, used in the errors
     */
    static List<String> of(Validator v, Source source, String name) {
        List<String> errors = new ArrayList<>();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                error(e);
                throw e;
            }
        });
        try {
            v.validate(source);
        } catch (SAXParseException e) {
            // already recorded by the handler
        } catch (SAXException | IOException e) {
            errors.add(name + ": " + e);
        }
        return errors;
    }
}
