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
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

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
            TreeBuilder tree = new TreeBuilder();
            m.marshal(root, tree);
            return serialize(tree.root);
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

    private byte[] serialize(Element root) {
        Utf8 out = new Utf8(16384);
        out.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        write(root, null, 0, out);
        out.ascii("\n");
        return out.toByteArray();
    }

    /**
     * Writes an element. An element is indented, at the depth given, when its parent was (the root always
     * may be), it is named element-only, it holds no text but white space, and it has an element child: a
     * line break and the indent of the next depth then go before each element child, and a line break and
     * its own indent before its end tag. Within an element that is not indented nothing is added.
     *
     * @param depth the element's depth among indented elements, or -1 when its parent was not indented
     */
    private void write(Element e, String parentNamespace, int depth, Utf8 out) {
        String ns = e.namespace;
        if (ns.isEmpty() || !elementOnly.containsKey(ns)) {
            throw new IllegalStateException("element outside the expected namespaces: " + e.qName);
        }
        String name = e.localName;
        out.ascii("<").text(name, false);
        if (!ns.equals(parentNamespace)) {
            out.ascii(" xmlns=\"").text(ns, true).ascii("\"");
        }
        for (Map.Entry<String, String> a : e.attributes.entrySet()) {
            out.ascii(" ").text(a.getKey(), false).ascii("=\"").text(a.getValue(), true).ascii("\"");
        }
        if (e.children.isEmpty()) {
            out.ascii("/>");
            return;
        }
        out.ascii(">");
        boolean indented = depth >= 0 && isElementOnly(e);
        for (Object child : e.children) {
            if (child instanceof Element c) {
                if (indented) {
                    out.ascii("\n");
                    indent(depth + 1, out);
                }
                write(c, ns, indented ? depth + 1 : -1, out);
            } else {
                char[] text = (char[]) child;
                out.text(text, text.length, false);
            }
        }
        if (indented) {
            out.ascii("\n");
            indent(depth, out);
        }
        out.ascii("</").text(name, false).ascii(">");
    }

    /** Whether an element is named element-only, holds no text but white space, and has an element child. */
    private boolean isElementOnly(Element e) {
        Set<String> names = elementOnly.get(e.namespace);
        if (names == null || !names.contains(e.localName)) {
            return false;
        }
        boolean element = false;
        for (Object child : e.children) {
            if (child instanceof Element) {
                element = true;
            } else if (!new String((char[]) child).isBlank()) {
                return false; // not element-only after all: leave it exactly as marshalled
            }
        }
        return element;
    }

    private static void indent(int depth, Utf8 out) {
        for (int i = 0; i < depth; i++) {
            out.ascii(INDENT);
        }
    }

    private static final byte IN_TEXT = 1;
    private static final byte IN_ATTRIBUTE = 2;
    /**
     * For each character up to '>', whether {@link #reference} gives it a reference in text
     * ({@link #IN_TEXT}) and in attribute values ({@link #IN_ATTRIBUTE}): one array read a character
     * instead of a call, which the quick JIT makes for the spaces, digits and punctuation of every text.
     */
    private static final byte[] REFERENCED = referenced();

    private static byte[] referenced() {
        byte[] flags = new byte['>' + 1];
        for (char c = 0; c <= '>'; c++) {
            flags[c] = (byte) ((reference(c, false) != null ? IN_TEXT : 0)
                    | (reference(c, true) != null ? IN_ATTRIBUTE : 0));
        }
        return flags;
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
            s.getChars(0, n, chars, 0);
            return text(chars, n, attribute);
        }

        /** Appends the first n characters of c as {@link #text(String, boolean)} does. */
        Utf8 text(char[] c, int n, boolean attribute) {
            room(n * 3);
            byte[] b = bytes;
            int at = length;
            byte referencedHere = attribute ? IN_ATTRIBUTE : IN_TEXT;
            for (int i = 0; i < n; i++) {
                char ch = c[i];
                if (ch < 0x80) {
                    if (ch > '>' || (REFERENCED[ch] & referencedHere) == 0) {
                        b[at++] = (byte) ch;
                    } else {
                        length = at;
                        ascii(reference(ch, attribute));
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

    /** An element as marshalled: its name, its attributes sorted by name, and its children in order. */
    private static final class Element {
        final String namespace;
        final String localName;
        final String qName;
        final TreeMap<String, String> attributes = new TreeMap<>();
        /** Elements, and text as a char[] holding all the characters between two elements. */
        final List<Object> children = new ArrayList<>();

        Element(String namespace, String localName, String qName) {
            this.namespace = namespace == null ? "" : namespace;
            this.localName = localName == null || localName.isEmpty() ? qName : localName;
            this.qName = qName;
        }
    }

    /**
     * Receives the marshaller's events and keeps the tree they describe: the elements with their
     * attributes (namespace declarations aside, as each namespace is declared where it starts) and text.
     * Building this instead of a DOM saves the DOM's bookkeeping, which cost more than the tree is used for.
     */
    private static final class TreeBuilder extends DefaultHandler {
        Element root;
        private final List<Element> open = new ArrayList<>();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            Element e = new Element(uri, localName, qName);
            for (int i = 0; i < atts.getLength(); i++) {
                String ans = atts.getURI(i);
                String local = atts.getLocalName(i);
                if (local == null || local.isEmpty()) {
                    local = atts.getQName(i);
                    local = local.substring(local.indexOf(':') + 1);
                }
                if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ans)) {
                    continue; // namespaces are declared where they start
                } else if (XMLConstants.XML_NS_URI.equals(ans)) {
                    e.attributes.put("xml:" + local, atts.getValue(i));
                } else if (ans == null || ans.isEmpty()) {
                    e.attributes.put(local, atts.getValue(i));
                } else {
                    throw new IllegalStateException("attribute outside the profile: " + atts.getQName(i));
                }
            }
            if (open.isEmpty()) {
                root = e;
            } else {
                open.get(open.size() - 1).children.add(e);
            }
            open.add(e);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.remove(open.size() - 1);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            List<Object> children = open.get(open.size() - 1).children;
            Object last = children.isEmpty() ? null : children.get(children.size() - 1);
            if (last instanceof char[] text) {
                char[] joined = Arrays.copyOf(text, text.length + length);
                System.arraycopy(ch, start, joined, text.length, length);
                children.set(children.size() - 1, joined);
            } else {
                children.add(Arrays.copyOfRange(ch, start, start + length));
            }
        }
    }
}
