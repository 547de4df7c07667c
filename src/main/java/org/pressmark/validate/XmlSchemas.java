package org.pressmark.validate;

import java.net.URL;
import javax.xml.validation.Schema;
import org.xml.sax.SAXException;

/**
 * Pressmark's schemas, loaded from the class path at {@code /org/pressmark/xsd/NAME.xsd} and compiled once
 * per process, on first use. A compiled {@link Schema} is thread-safe and may be shared.
 */
public enum XmlSchemas {

    /** The Pressmark TEI profile, a strict subset of TEI P5 ({@code xsd/pressmark-tei.xsd}). */
    TEI("pressmark-tei.xsd"),

    /**
     * The Pressmark NewsML-G2 profile, a strict subset of NewsML-G2 2.35 for a text newsItem whose body
     * is XHTML ({@code xsd/pressmark-newsml.xsd}, which imports {@code xsd/pressmark-xhtml.xsd}).
     */
    NEWSML("pressmark-newsml.xsd");

    private final String fileName;
    private volatile Schema compiled;

    XmlSchemas(String fileName) {
        this.fileName = fileName;
    }

    /** Returns the schema's file name, such as {@code pressmark-tei.xsd}. */
    public String fileName() {
        return fileName;
    }

    /** Returns the class-path resource name of the schema, such as {@code /org/pressmark/xsd/pressmark-tei.xsd}. */
    public String resourceName() {
        return "/org/pressmark/xsd/" + fileName;
    }

    /**
     * Returns the compiled schema, compiling it on the first call.
     *
     * @throws IllegalStateException if the schema is missing from the class path or does not compile,
     *                               which is a packaging bug
     */
    public Schema schema() {
        Schema s = compiled;
        if (s == null) {
            synchronized (this) {
                s = compiled;
                if (s == null) {
                    s = compile();
                    compiled = s;
                }
            }
        }
        return s;
    }

    private Schema compile() {
        URL url = XmlSchemas.class.getResource(resourceName());
        if (url == null) {
            throw new IllegalStateException("schema not found on the class path: " + resourceName());
        }
        try {
            // the resource URL as system id, so that relative imports (xml.xsd) resolve beside it
            return SecureXml.newSchemaFactory().newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("schema " + resourceName() + " does not compile: " + e, e);
        }
    }
}
