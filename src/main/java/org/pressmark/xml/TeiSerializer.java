package org.pressmark.xml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Serialises a marshalled TEI tree as indented UTF-8.
 *
 * <p>JAXB's own indenting adds white space inside mixed content (between {@code <hi>a</hi><hi>b</hi>}, or
 * before {@code </p>}), which would change the text. Here white space is added only inside the elements
 * listed below, whose content the Pressmark profile declares element-only; everything else is written as
 * marshalled. The serialisation is our own (a few lines) so that the bytes do not depend on which XSLT
 * processor is on the class path, and characters outside the Basic Multilingual Plane stay readable
 * rather than becoming character references.
 */
final class TeiSerializer {

    private static final String INDENT = "  ";
    private static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

    /** Elements whose children are elements only, so that white space between them is not content. */
    private static final Set<String> ELEMENT_ONLY = Set.of(
            "TEI", "teiHeader", "fileDesc", "titleStmt", "publicationStmt", "availability", "notesStmt",
            "sourceDesc", "bibl", "extent", "encodingDesc", "appInfo", "application", "profileDesc",
            "langUsage", "textClass", "keywords", "text", "body", "div", "post", "quote", "cit", "list",
            "table", "row", "figure");

    private TeiSerializer() {
    }

    static byte[] serialize(Document doc) {
        Element root = doc.getDocumentElement();
        indent(root, 0);
        StringBuilder sb = new StringBuilder(16384);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        write(root, true, sb);
        sb.append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes an element of the TEI namespace with its content. Characters are written as themselves (no
     * character references except for carriage returns and, in attributes, tabs and line feeds, so that
     * they survive parsing); attributes are sorted by name.
     */
    private static void write(Element e, boolean root, StringBuilder sb) {
        if (!TEI_NS.equals(e.getNamespaceURI())) {
            throw new IllegalStateException("element outside the TEI namespace: " + e.getNodeName());
        }
        String name = e.getLocalName();
        sb.append('<').append(name);
        if (root) {
            sb.append(" xmlns=\"").append(TEI_NS).append('"');
        }
        NamedNodeMap attrs = e.getAttributes();
        TreeMap<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String ns = a.getNamespaceURI();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)) {
                continue; // the one namespace declaration is written above
            } else if (XMLConstants.XML_NS_URI.equals(ns)) {
                sorted.put("xml:" + a.getLocalName(), a.getValue());
            } else if (ns == null || ns.isEmpty()) {
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
                write((Element) n, false, sb);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                escape(n.getNodeValue(), false, sb);
            }
        }
        sb.append("</").append(name).append('>');
    }

    private static void escape(String s, boolean attribute, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                default -> sb.append(c);
            }
        }
    }

    private static void indent(Element e, int depth) {
        if (!ELEMENT_ONLY.contains(e.getLocalName())) {
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
