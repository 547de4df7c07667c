package org.pressmark.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Serialises a marshalled tree whose elements are in a few known namespaces as indented UTF-8; the TEI
 * and NewsML-G2 writers both use it, each with its own element-only names.
 *
 * <p>JAXB's own indenting adds white space inside mixed content (between {@code <hi>a</hi><hi>b</hi>}, or
 * before {@code </p>}), which would change the text. Here white space is added only inside the elements
 * named as element-only; everything else is written as marshalled. Each namespace is declared as the
 * default namespace where it starts, attributes are sorted by name, and characters are written as
 * themselves (except carriage returns, and tabs and line feeds in attributes, which are written as
 * character references so that they survive parsing). The serialisation is our own (a few lines) so that
 * the bytes do not depend on which XSLT processor is on the class path, and characters outside the Basic
 * Multilingual Plane stay readable rather than becoming character references.
 */
final class XmlSerializer {

    private static final String INDENT = "  ";

    /** Each thread's DOM builder, kept between calls (a new factory per document costs more than the document). */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(() -> {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
        dbf.setNamespaceAware(true);
        try {
            return dbf.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("cannot create a DOM builder: " + e, e);
        }
    });

    /** The namespaces allowed, each with the local names of its element-only elements. */
    private final Map<String, Set<String>> elementOnly;

    /**
     * Creates a serialiser.
     *
     * @param elementOnly for each namespace allowed, the local names of the elements whose content is
     *                    element-only, so that white space between their children is not content
     */
    XmlSerializer(Map<String, Set<String>> elementOnly) {
        this.elementOnly = Map.copyOf(elementOnly);
    }

    /**
     * Marshals a JAXB tree and serialises it.
     *
     * @param context the JAXB context of the tree's classes
     * @param root    the root element
     * @param what    the kind of document, for the message of a failure
     * @throws IllegalStateException if the JAXB runtime fails, which is a bug or a broken installation
     */
    byte[] marshal(JAXBContext context, Object root, String what) {
        try {
            Marshaller m = context.createMarshaller();
            m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            Document doc = BUILDERS.get().newDocument();
            m.marshal(root, new DOMResult(doc));
            return serialize(doc);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + what + ": " + e, e);
        }
    }

    /**
     * Returns the JAXB context of a root class, for a writer and its reader to share (a JAXBContext is
     * thread-safe).
     *
     * @throws IllegalStateException if the context cannot be created, which is a bug or a broken installation
     */
    static JAXBContext context(Class<?> rootClass, String what) {
        try {
            return JAXBContext.newInstance(rootClass);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create the " + what + " JAXB context: " + e, e);
        }
    }

    byte[] serialize(Document doc) {
        Element root = doc.getDocumentElement();
        indent(root, 0);
        StringBuilder sb = new StringBuilder(16384);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        write(root, null, sb);
        sb.append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void write(Element e, String parentNamespace, StringBuilder sb) {
        String ns = e.getNamespaceURI();
        if (ns == null || !elementOnly.containsKey(ns)) {
            throw new IllegalStateException("element outside the expected namespaces: " + e.getNodeName());
        }
        String name = e.getLocalName();
        sb.append('<').append(name);
        if (!ns.equals(parentNamespace)) {
            sb.append(" xmlns=\"").append(ns).append('"');
        }
        NamedNodeMap attrs = e.getAttributes();
        TreeMap<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String ans = a.getNamespaceURI();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ans)) {
                continue; // namespaces are declared above, where they start
            } else if (XMLConstants.XML_NS_URI.equals(ans)) {
                sorted.put("xml:" + a.getLocalName(), a.getValue());
            } else if (ans == null || ans.isEmpty()) {
                sorted.put(a.getLocalName() == null ? a.getName() : a.getLocalName(), a.getValue());
            } else {
                throw new IllegalStateException("attribute outside the profile: " + a.getName());
            }
        }
        for (Map.Entry<String, String> a : sorted.entrySet()) {
            sb.append(' ').append(a.getKey()).append("=\"");
            escape(a.getValue(), true, sb);
            sb.append('"');
        }
        if (e.getFirstChild() == null) {
            sb.append("/>");
            return;
        }
        sb.append('>');
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                write((Element) n, ns, sb);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                escape(n.getNodeValue(), false, sb);
            }
        }
        sb.append("</").append(name).append('>');
    }

    static void escape(String s, boolean attribute, StringBuilder sb) {
        int run = 0; // start of the characters not yet written, which are written as they are
        for (int i = 0; i < s.length(); i++) {
            String reference = reference(s.charAt(i), attribute);
            if (reference != null) {
                sb.append(s, run, i).append(reference);
                run = i + 1;
            }
        }
        sb.append(s, run, s.length());
    }

    /** The entity or character reference a character is written as, or null when it is written as itself. */
    private static String reference(char c, boolean attribute) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            case '\r' -> "&#13;";
            case '\t' -> attribute ? "&#9;" : null;
            case '\n' -> attribute ? "&#10;" : null;
            default -> null;
        };
    }

    private void indent(Element e, int depth) {
        Set<String> names = elementOnly.get(e.getNamespaceURI());
        if (names == null || !names.contains(e.getLocalName())) {
            return;
        }
        List<Element> children = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                children.add((Element) n);
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                return; // not element-only after all: leave it exactly as marshalled
            }
        }
        if (children.isEmpty()) {
            return;
        }
        Document doc = e.getOwnerDocument();
        String inner = "\n" + INDENT.repeat(depth + 1);
        for (Element child : children) {
            e.insertBefore(doc.createTextNode(inner), child);
            indent(child, depth + 1);
        }
        e.appendChild(doc.createTextNode("\n" + INDENT.repeat(depth)));
    }
}
