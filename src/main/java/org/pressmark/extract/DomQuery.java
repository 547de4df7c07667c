package org.pressmark.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Fast evaluators for the long selector lists of platform vocabularies ({@code .post-body, .entry-content,
 * #comments, [itemprop=articleBody], …}). jsoup's own evaluator for such a list checks every class
 * selector against every element in turn, scanning the class attribute each time, which made it the
 * largest cost of content extraction; this one reads an element's class attribute once and looks each
 * token up in a set; over a measured body ({@link DomStats#select}) it matches on class names and ids the
 * measure read once per element. A list holding anything but simple selectors (combinators,
 * pseudo-classes) is left to jsoup.
 *
 * <p>Also the small DOM helpers extraction leans on: attributes read by exact lower-case name
 * ({@link #attr}, {@link #hasAttr}), which skip jsoup's case-blind search; searches of a subtree by a plain
 * walk ({@link #all}, {@link #first}); and tests of ancestry ({@link #within}, {@link #isAncestor},
 * {@link #insideTag}) that never go through jsoup's memoised {@code is}/{@code closest}.
 */
final class DomQuery {

    private DomQuery() {
    }

    /**
     * Returns an evaluator for a comma-separated list of simple selectors: {@code .class}, {@code #id},
     * {@code tag}, {@code tag.class} and {@code [attribute=value]}; or jsoup's evaluator when the list
     * holds anything else.
     */
    static Evaluator anyOf(String selectors) {
        Set<String> classes = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Set<String> tags = new HashSet<>();
        List<String[]> tagClasses = new ArrayList<>();
        List<String[]> attributes = new ArrayList<>();
        for (String raw : selectors.split(",")) {
            String s = raw.strip();
            if (s.matches("\\.[A-Za-z0-9_-]+")) {
                classes.add(s.substring(1).toLowerCase(Locale.ROOT));
            } else if (s.matches("#[A-Za-z0-9_-]+")) {
                ids.add(s.substring(1));
            } else if (s.matches("[a-z][a-z0-9]*")) {
                tags.add(s);
            } else if (s.matches("[a-z][a-z0-9]*\\.[A-Za-z0-9_-]+")) {
                int dot = s.indexOf('.');
                tagClasses.add(new String[] {s.substring(0, dot), s.substring(dot + 1).toLowerCase(Locale.ROOT)});
            } else if (s.matches("\\[[A-Za-z-]+=[A-Za-z0-9_-]+]")) {
                int eq = s.indexOf('=');
                attributes.add(new String[] {s.substring(1, eq).toLowerCase(Locale.ROOT), s.substring(eq + 1, s.length() - 1)});
            } else {
                return QueryParser.parse(selectors);
            }
        }
        return new AnyOf(classes, ids, tags, tagClasses, attributes, selectors);
    }

    /**
     * The value of an attribute, or "" when it is absent. The name must be in lower case, as jsoup's HTML
     * parser writes attribute names: this looks it up by exact name, which is much cheaper than
     * {@link Element#attr(String)}'s case-blind search on every element of a page.
     */
    static String attr(Element e, String name) {
        return e.attributesSize() == 0 ? "" : e.attributes().get(name);
    }

    /**
     * The element's data, as {@link Element#data()} gives it, read in place when it is one data node (a script's
     * usual shape) rather than copied into a new string: a script's text can be long.
     */
    static String data(Element e) {
        return e.childNodeSize() == 1 && e.childNode(0) instanceof DataNode d ? d.getWholeData()
                : e.data();
    }

    /** Whether the element has the attribute; the name in lower case, as for {@link #attr(Element, String)}. */
    static boolean hasAttr(Element e, String name) {
        return e.attributesSize() != 0 && e.attributes().hasKey(name);
    }

    /**
     * The elements of the subtree, the root included, that a query of simple selectors (no combinators)
     * matches, in document order: what {@code root.select(query)} finds, by a plain walk of the tree,
     * which costs far less than jsoup's iterator-based search.
     */
    static List<Element> all(Element root, Evaluator query) {
        List<Element> found = new ArrayList<>();
        walk(root, query, found, false);
        return found;
    }

    /** The first element that {@link #all(Element, Evaluator)} would find, or null. */
    static Element first(Element root, Evaluator query) {
        List<Element> found = new ArrayList<>(1);
        walk(root, query, found, true);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Visits the nodes of the subtree in document order, the root included, as jsoup's
     * {@code NodeTraversor.traverse} does: {@code head} on the way in, {@code tail} on the way out, with the
     * depth below the root. A plain loop: the traversor also keeps its place when the visitor removes or
     * replaces nodes, a cost on every node that a reader of the tree has no need of.
     */
    static void traverse(Node root, NodeVisitor visitor) {
        Node node = root;
        int depth = 0;
        while (true) {
            visitor.head(node, depth);
            if (node.childNodeSize() > 0) {
                node = node.childNode(0);
                depth++;
                continue;
            }
            while (true) {
                visitor.tail(node, depth);
                if (node == root) {
                    return;
                }
                Node next = node.nextSibling();
                if (next != null) {
                    node = next;
                    break;
                }
                node = node.parentNode();
                depth--;
            }
        }
    }

    /** Visits the elements of the subtree in document order, without recursion, adding those matched. */
    private static void walk(Element root, Evaluator query, List<Element> found, boolean firstOnly) {
        Node node = root;
        while (node != null) {
            if (node instanceof Element e && query.matches(root, e)) {
                found.add(e);
                if (firstOnly) {
                    return;
                }
            }
            if (node.childNodeSize() > 0) {
                node = node.childNode(0);
                continue;
            }
            while (node != root && node.nextSibling() == null) {
                node = node.parentNode();
            }
            node = node == root ? null : node.nextSibling();
        }
    }

    /** Whether {@code ancestor} holds {@code e}, the element itself not counted. */
    static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} is {@code ancestor} or inside it. */
    static boolean within(Element e, Element ancestor) {
        return e == ancestor || isAncestor(ancestor, e);
    }

    /**
     * The microdata item a property belongs to: the nearest element around it, the property itself not
     * counted, with an {@code itemscope} attribute; or null.
     */
    static Element itemOf(Element property) {
        for (Element p = property.parent(); p != null; p = p.parent()) {
            if (p.hasAttr("itemscope")) {
                return p;
            }
        }
        return null;
    }

    /** Whether an element of the tag (lower case) holds {@code e}, the element itself not counted. */
    static boolean insideTag(Element e, String tag) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    static final class AnyOf extends Evaluator {
        private final Set<String> classes;
        private final Set<String> ids;
        private final Set<String> tags;
        // arrays rather than lists: these loops run for every element, and a list's iterator costs an object each
        private final String[][] tagClasses;
        private final String[][] attributes;
        private final String text;
        /** For each token length up to 63, the lower-cased first characters of the class names of that length. */
        private final BitSet[] firsts = new BitSet[64];
        private final boolean longNames;

        AnyOf(Set<String> classes, Set<String> ids, Set<String> tags, List<String[]> tagClasses,
              List<String[]> attributes, String text) {
            this.classes = Set.copyOf(classes);
            this.ids = Set.copyOf(ids);
            this.tags = Set.copyOf(tags);
            this.tagClasses = tagClasses.toArray(new String[0][]);
            this.attributes = attributes.toArray(new String[0][]);
            this.text = text;
            boolean longer = false;
            List<String> names = new ArrayList<>(classes);
            for (String[] tc : tagClasses) {
                names.add(tc[1]);
            }
            for (String name : names) {
                if (name.length() >= firsts.length) {
                    longer = true;
                    continue;
                }
                if (firsts[name.length()] == null) {
                    firsts[name.length()] = new BitSet();
                }
                firsts[name.length()].set(name.charAt(0));
            }
            this.longNames = longer;
        }

        /** Whether a class token of this length and first character could be one of the names: a quick no. */
        private boolean mayBe(String cls, int start, int end) {
            int len = end - start;
            if (len >= firsts.length) {
                return longNames;
            }
            BitSet b = firsts[len];
            return b != null && b.get(Character.toLowerCase(cls.charAt(start)));
        }

        @Override
        public boolean matches(Element root, Element element) {
            if (!tags.isEmpty() && tags.contains(element.normalName())) {
                return true;
            }
            // attributes() is a field read once made; attributesSize() would count them on every call
            Attributes attrs = element.attributes();
            if (!ids.isEmpty() && ids.contains(attrs.get("id"))) {
                return true;
            }
            if (matchesAttributes(attrs)) {
                return true;
            }
            if (classes.isEmpty() && tagClasses.length == 0) {
                return false;
            }
            String cls = attrs.get("class");
            int n = cls.length();
            int i = 0;
            while (i < n) {
                while (i < n && isSpace(cls.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && !isSpace(cls.charAt(i))) {
                    i++;
                }
                if (i > start && mayBe(cls, start, i) && matchesClass(element, cls.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * {@link #matches(Element, Element)} on names already read: the element's class names in lower case,
         * as {@link DomQuery#classNames(String)} splits them, and its id.
         */
        boolean matches(Element element, String[] classNames, String id) {
            if (!tags.isEmpty() && tags.contains(element.normalName())) {
                return true;
            }
            if (!ids.isEmpty() && ids.contains(id)) {
                return true;
            }
            if (attributes.length > 0 && matchesAttributes(element.attributes())) {
                return true;
            }
            if (classes.isEmpty() && tagClasses.length == 0) {
                return false;
            }
            for (String token : classNames) {
                if (mayBe(token, 0, token.length()) && matchesClass(element, token)) {
                    return true;
                }
            }
            return false;
        }

        private boolean matchesAttributes(Attributes attrs) {
            for (String[] a : attributes) {
                if (attrs.get(a[0]).equalsIgnoreCase(a[1])) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a class name, in lower case, is one of the list's, alone or after its tag. */
        private boolean matchesClass(Element element, String token) {
            if (classes.contains(token)) {
                return true;
            }
            for (String[] tc : tagClasses) {
                if (tc[1].equals(token) && tc[0].equals(element.normalName())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The class names of a class attribute in lower case, split at white space as the selector lists split them. */
    static String[] classNames(String value) {
        List<String> out = new ArrayList<>(4);
        int n = value.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(value.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(value.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return out.toArray(new String[0]);
    }

    /** Whether the characters of {@code s} from {@code from} to {@code to} are all ASCII. */
    static boolean isAscii(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * White space as a regular expression's {@code \s} reads it without the Unicode flag: space, tab, line
     * feed, vertical tab, form feed and carriage return.
     */
    static boolean isPatternSpace(int c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * {@link Character#isWhitespace(char)}, answered by comparisons: the JDK reads its character tables
     * through a virtual call, which the quick JIT (C1) makes for every character asked about. The usual
     * character, from '!' to U+167F (none of them white space), is answered here, in a method small enough
     * for C1 to inline; the rest in {@link #isControlOrWideSpace}.
     */
    static boolean isSpace(char c) {
        return (c <= ' ' || c >= '\u1680') && isControlOrWideSpace(c);
    }

    /**
     * Whether the character is an ASCII letter or digit; written as two range tests (folding the letters' case
     * by their 0x20 bit) so that the method is small enough for the quick JIT (C1) to inline.
     */
    static boolean isAsciiLetterOrDigit(char c) {
        return (char) ((c | 0x20) - 'a') < 26 || (char) (c - '0') < 10;
    }

    /**
     * White space that runs of text collapse to one space: space, tab, line feed, vertical tab, form feed,
     * carriage return, the no-break spaces U+00A0, U+2007 and U+202F, and the zero-width space U+200B. Asked
     * for every character of a page's text: the usual character, from '!' to U+009F or above U+202F, is
     * answered here, in a method small enough for the quick JIT (C1) to inline, the rest by comparisons in
     * {@link #isCollapsedSpaceOutside}.
     */
    static boolean isCollapsedSpace(char c) {
        return (c <= ' ' || c >= '\u00A0' && c <= '\u202F') && isCollapsedSpaceOutside(c);
    }

    private static boolean isCollapsedSpaceOutside(char c) {
        return isPatternSpace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B';
    }

    private static boolean isControlOrWideSpace(char c) {
        return c <= ' ' ? c >= '\t' && c <= '\r' || c >= '\u001C' : isWideSpace(c);
    }

    /**
     * {@link Character#isWhitespace(char)} for a character above U+0020: the space, line and paragraph
     * separators, all between U+1680 and U+3000, except the no-break U+2007 and U+202F (and U+00A0, below
     * them), which Java does not count as white space.
     */
    static boolean isWideSpace(char c) {
        return c <= '\u200A' ? c >= '\u2000' && c != '\u2007' || c == '\u1680'
                : c == '\u2028' || c == '\u2029' || c == '\u205F' || c == '\u3000';
    }
}
