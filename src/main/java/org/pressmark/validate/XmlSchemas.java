package org.pressmark.validate;

import java.net.URL;
import java.util.Map;
import java.util.Optional;
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

    /** The TEI namespace. */
    public static final String TEI_NAMESPACE = "http://www.tei-c.org/ns/1.0";
    /** The namespace of NewsML-G2 (IPTC's NAR namespace). */
    public static final String NEWSML_NAMESPACE = "http://iptc.org/std/nar/2006-10-01/";

    /** Which profile validates a document, by its root element ({@code {namespace}local}). */
    private static final Map<String, XmlSchemas> PROFILE_BY_ROOT = Map.of(
            "{" + TEI_NAMESPACE + "}TEI", TEI,
            "{" + NEWSML_NAMESPACE + "}newsItem", NEWSML);

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
     * Returns the built-in profile for documents with the given root element: {@link #TEI} for
     * {@code TEI} in the TEI namespace; the NewsML-G2 profile for {@code newsItem} in
     * {@value #NEWSML_NAMESPACE} once it is part of this enum.
     *
     * @param namespace the root element's namespace URI, empty or null for none
     * @param localName the root element's local name
     * @return the profile, or empty when there is none for that root
     */
    public static Optional<XmlSchemas> forRoot(String namespace, String localName) {
        return Optional.ofNullable(PROFILE_BY_ROOT.get("{" + (namespace == null ? "" : namespace) + "}" + localName));
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
