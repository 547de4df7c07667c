package org.pressmark.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.util.ArrayList;
import java.util.Arrays;
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
        Utf8 out = new Utf8(16384);
        out.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        write(root, null, out);
        out.ascii("\n");
        return out.toByteArray();
    }

    private void write(Element e, String parentNamespace, Utf8 out) {
        String ns = e.getNamespaceURI();
        if (ns == null || !elementOnly.containsKey(ns)) {
            throw new IllegalStateException("element outside the expected namespaces: " + e.getNodeName());
        }
        String name = e.getLocalName();
        out.ascii("<").text(name, false);
        if (!ns.equals(parentNamespace)) {
            out.ascii(" xmlns=\"").text(ns, true).ascii("\"");
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
            out.ascii(" ").text(a.getKey(), false).ascii("=\"").text(a.getValue(), true).ascii("\"");
        }
        if (e.getFirstChild() == null) {
            out.ascii("/>");
            return;
        }
        out.ascii(">");
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                write((Element) n, ns, out);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.text(n.getNodeValue(), false);
            }
        }
        out.ascii("</").text(name, false).ascii(">");
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

    /**
     * The document's bytes as they are written: text is escaped and encoded as UTF-8 in one pass over its
     * characters, copied out of each string once. Building a String first and encoding it afterwards
     * copied and scanned every character three more times, which the quick JIT does slowly.
     */
    private static final class Utf8 {
        private byte[] bytes;
        private int length;
        private char[] chars = new char[256];

        Utf8(int capacity) {
            bytes = new byte[capacity];
        }

        /** Appends markup that is ASCII, such as a tag's punctuation. */
        Utf8 ascii(String s) {
            int n = s.length();
            room(n);
            for (int i = 0; i < n; i++) {
                bytes[length++] = (byte) s.charAt(i);
            }
            return this;
        }

        /**
         * Appends text, each character that must be a reference written as one ({@link #reference}); a
         * lone surrogate becomes {@code ?}, as {@link String#getBytes} writes it.
         */
        Utf8 text(String s, boolean attribute) {
            int n = s.length();
            if (chars.length < n) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            char[] c = chars;
            s.getChars(0, n, c, 0);
            room(n * 3);
            byte[] b = bytes;
            int at = length;
            for (int i = 0; i < n; i++) {
                char ch = c[i];
                if (ch < 0x80) {
                    String reference = ch <= '>' ? reference(ch, attribute) : null;
                    if (reference == null) {
                        b[at++] = (byte) ch;
                    } else {
                        length = at;
                        ascii(reference);
                        b = bytes;
                        at = length;
                        room(n * 3); // the reference may have taken the room kept for the rest
                        b = bytes;
                    }
                } else if (ch < 0x800) {
                    b[at++] = (byte) (0xC0 | ch >> 6);
                    b[at++] = (byte) (0x80 | ch & 0x3F);
                } else if (Character.isSurrogate(ch)) {
                    if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(c[i + 1])) {
                        int cp = Character.toCodePoint(ch, c[++i]);
                        b[at++] = (byte) (0xF0 | cp >> 18);
                        b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                        b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                        b[at++] = (byte) (0x80 | cp & 0x3F);
                    } else {
                        b[at++] = '?';
                    }
                } else {
                    b[at++] = (byte) (0xE0 | ch >> 12);
                    b[at++] = (byte) (0x80 | ch >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | ch & 0x3F);
                }
            }
            length = at;
            return this;
        }

        /** Makes room for at least n more bytes. */
        private void room(int n) {
            if (bytes.length - length < n) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, length);
        }
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
