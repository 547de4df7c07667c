package org.pressmark.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element of a subtree, computed in one bottom-up pass so that scoring many
 * nested candidates costs O(n) instead of one {@code Element.text()} per candidate. Lengths count the
 * characters that are not white space. The figures describe the tree when they were taken; elements
 * removed through {@link #remove(Element)} are taken out of their ancestors' figures, while other changes
 * to the tree leave the figures as they were. One measure of the body thus serves every step that
 * cleans it and picks the content from it.
 */
final class DomStats {

    private static final int TEXT = 0;
    private static final int LINK = 1;
    private static final int PUNCT = 2;
    /** The element's place in {@link #elements}, and the place just after its last descendant. */
    private static final int FIRST = 3;
    private static final int END = 4;

    private final Element root;
    /** The elements measured, in document order, the root first. */
    private final List<Element> elements;
    private final Map<Element, int[]> stats;
    /** Each measured element's names, by place in {@link #elements}; read when first asked for. */
    private final Names[] names;
    /**
     * Class attribute values already split, with their class names and vocabulary words: templates repeat
     * the same value on many elements, and looking it up costs less than splitting it again.
     */
    private final Map<String, Split> splits = new HashMap<>();
    /** The element {@link #figures} was last asked for, and its figures (null when it was not measured). */
    private Element lastAsked;
    private int[] lastFigures;

    private DomStats(Element root, List<Element> elements, List<int[]> figures) {
        this.root = root;
        this.elements = Collections.unmodifiableList(elements);
        this.names = new Names[elements.size()];
        this.stats = new IdentityHashMap<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            stats.put(elements.get(i), figures.get(i));
        }
    }

    /** Room for the elements of a typical page, so that the lists rarely grow while the body is measured. */
    private static final int TYPICAL_ELEMENTS = 2048;

    /** Measures the element and everything in it. */
    static DomStats of(Element root) {
        List<Element> elements = new ArrayList<>(TYPICAL_ELEMENTS);
        List<int[]> figures = new ArrayList<>(TYPICAL_ELEMENTS);
        // the running figures of the elements open on the path from the root, innermost last; an element's
        // figures are final when its end is reached, and are then added to its parent's
        ArrayDeque<int[]> open = new ArrayDeque<>();
        DomQuery.traverse(root, new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    int[] own = new int[5];
                    own[FIRST] = elements.size();
                    elements.add(e);
                    figures.add(own);
                    open.push(own);
                } else if (node instanceof TextNode t && !open.isEmpty()) {
                    addText(open.peek(), t.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    int[] own = open.pop();
                    own[END] = elements.size();
                    if (isLink(e)) {
                        own[LINK] = own[TEXT];
                    }
                    int[] p = open.peek();
                    if (p != null) {
                        p[TEXT] += own[TEXT];
                        p[LINK] += own[LINK];
                        p[PUNCT] += own[PUNCT];
                    }
                }
            }
        });
        return new DomStats(root, elements, figures);
    }

    /** A link: its whole text counts as link text. */
    private static boolean isLink(Element e) {
        return e.normalName().equals("a") && DomQuery.hasAttr(e, "href");
    }

    /** The elements measured, in document order, the measured root first; as they were when measured. */
    List<Element> elements() {
        return elements;
    }

    /**
     * The elements inside {@code e}, itself included, that a query of simple selectors (no combinators)
     * matches, in document order, as {@code e.select(query)} finds them; taken from the measured elements
     * without walking the tree again. Elements removed since they were measured are left out.
     */
    List<Element> select(Element e, Evaluator query) {
        int[] s = figures(e);
        if (s == null) {
            return e.select(query);
        }
        List<Element> found = new ArrayList<>();
        if (query instanceof DomQuery.AnyOf any) {
            // the selector lists of the vocabularies are matched on names read once per element
            for (int i = s[FIRST]; i < s[END]; i++) {
                Element c = elements.get(i);
                Names n = names(i);
                if (any.matches(c, n.classes, n.id) && DomQuery.within(c, e)) {
                    found.add(c);
                }
            }
            return found;
        }
        for (int i = s[FIRST]; i < s[END]; i++) {
            Element c = elements.get(i);
            if (query.matches(e, c) && DomQuery.within(c, e)) {
                found.add(c);
            }
        }
        return found;
    }

    /**
     * {@link #select(Element, Evaluator)} for two queries of the {@link DomQuery#anyOf} kind in one pass over the
     * measured elements: what each finds, in document order.
     */
    List<List<Element>> select(Element e, DomQuery.AnyOf first, DomQuery.AnyOf second) {
        int[] s = figures(e);
        if (s == null) {
            return List.of(e.select(first), e.select(second));
        }
        List<Element> firstFound = new ArrayList<>();
        List<Element> secondFound = new ArrayList<>();
        for (int i = s[FIRST]; i < s[END]; i++) {
            Element c = elements.get(i);
            Names n = names(i);
            boolean inFirst = first.matches(c, n.classes, n.id);
            boolean inSecond = second.matches(c, n.classes, n.id);
            if ((inFirst || inSecond) && DomQuery.within(c, e)) {
                if (inFirst) {
                    firstFound.add(c);
                }
                if (inSecond) {
                    secondFound.add(c);
                }
            }
        }
        return List.of(firstFound, secondFound);
    }

    /**
     * The element's class and id words, as {@link DomVocabulary#tokens(Element)} splits them; for a measured
     * element they are split once and kept here, as the element's class and id were when first asked for
     * (extraction does not rename elements).
     */
    List<String> tokens(Element e) {
        int[] s = figures(e);
        if (s == null) {
            return DomVocabulary.tokens(e);
        }
        Names n = names(s[FIRST]);
        if (n.tokens == null) {
            // the class value's words are split once for all elements sharing it, the id's after them
            Split split = n.split;
            if (split.tokens == null) {
                split.tokens = DomVocabulary.tokenize(n.classValue, "");
            }
            n.tokens = n.id.isEmpty() ? split.tokens : followedBy(split.tokens, DomVocabulary.tokenize("", n.id));
        }
        return n.tokens;
    }

    private static List<String> followedBy(List<String> first, List<String> then) {
        if (then.isEmpty()) {
            return first;
        }
        if (first.isEmpty()) {
            return then;
        }
        List<String> both = new ArrayList<>(first.size() + then.size());
        both.addAll(first);
        both.addAll(then);
        return List.copyOf(both);
    }

    /** Whether the element's class or id names it page furniture, as {@link DomVocabulary#isFurnitureByName} tells. */
    boolean isFurnitureByName(Element e) {
        return DomVocabulary.isFurnitureByName(tokens(e));
    }

    /**
     * Whether the element has the class, in any case (as {@link Element#hasClass} tells); for a measured
     * element from the class names read once, without scanning its class attribute again.
     *
     * @param lowerName the class name in lower case
     */
    boolean hasClass(Element e, String lowerName) {
        int[] s = figures(e);
        if (s == null) {
            return e.hasClass(lowerName);
        }
        for (String c : names(s[FIRST]).classes) {
            if (c.equals(lowerName)) {
                return true;
            }
        }
        return false;
    }

    private Names names(int i) {
        Names n = names[i];
        if (n == null) {
            n = new Names(elements.get(i), this);
            names[i] = n;
        }
        return n;
    }

    private Split split(String classValue) {
        Split split = splits.get(classValue);
        if (split == null) {
            split = new Split(classValue.isEmpty() ? Names.NONE : DomQuery.classNames(classValue));
            splits.put(classValue, split);
        }
        return split;
    }

    /** A class attribute value's class names in lower case and, once asked for, its vocabulary words. */
    private static final class Split {
        final String[] classes;
        List<String> tokens;

        Split(String[] classes) {
            this.classes = classes;
        }
    }

    /**
     * An element's class attribute, its class names in lower case and its id, read once: every selector list
     * and every name test asks for them, and reading an attribute scans the element's attribute list.
     */
    private static final class Names {
        private static final String[] NONE = new String[0];

        final String classValue;
        final Split split;
        final String[] classes;
        final String id;
        /** The vocabulary's tokens, split when first asked for. */
        List<String> tokens;

        Names(Element e, DomStats owner) {
            if (e.attributesSize() == 0) {
                classValue = "";
                id = "";
            } else {
                Attributes attributes = e.attributes();
                classValue = attributes.get("class");
                id = attributes.get("id");
            }
            split = owner.split(classValue);
            classes = split.classes;
        }
    }

    /**
     * Removes an element from the tree and its figures from those of its ancestors, so that they read as if
     * measured afresh. An element no longer inside the measured root (its container was removed first) is
     * just removed.
     */
    void remove(Element e) {
        int[] gone = figures(e);
        boolean inside = gone != null && DomQuery.within(e, root);
        Element parent = e.parent();
        e.remove();
        if (!inside) {
            return;
        }
        int text = gone[TEXT];
        int link = gone[LINK];
        int punct = gone[PUNCT];
        for (Element a = parent; a != null; a = a.parent()) {
            int[] s = figures(a);
            s[TEXT] -= text;
            s[PUNCT] -= punct;
            if (isLink(a)) {
                int before = s[LINK];
                s[LINK] = s[TEXT];
                link = before - s[LINK];
            } else {
                s[LINK] -= link;
            }
            if (a == root) {
                break;
            }
        }
    }

    private static void addText(int[] p, String text) {
        // every character of the body passes here: the tests are written so that the quick JIT (C1) calls
        // nothing for most of them (white space by comparisons, punctuation by a test it inlines), and the
        // counts are kept in locals
        int n = text.length();
        int chars = 0;
        int punctuation = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == '\u00A0' || c >= '\u1680' && DomQuery.isWideSpace(c)) {
                continue;
            }
            chars++;
            if (isPunctuation(c)) {
                punctuation++;
            }
        }
        p[TEXT] += chars;
        p[PUNCT] += punctuation;
    }

    /**
     * Sentence punctuation, Latin and CJK: a sign of running prose rather than labels and links. Asked for
     * characters of text one by one: all of it lies below '@' or from U+060C up, so the usual letter is
     * answered here, in a method small enough for the quick JIT (C1) to inline, and only the rest by the list
     * in {@link #isListedPunctuation}.
     */
    static boolean isPunctuation(char c) {
        return (c < '@' || c >= '\u060C') && isListedPunctuation(c);
    }

    private static boolean isListedPunctuation(char c) {
        switch (c) {
            case ',': case '.': case ';': case ':': case '!': case '?':
            case '\u3001': case '\u3002': case '\uFF0C': case '\uFF0E': case '\uFF1F': case '\uFF01':
            case '\u060C': case '\u061F':
                return true;
            default:
                return false;
        }
    }

    /**
     * The element's figures, or null when it was not measured. Callers ask for several figures of one element
     * in a row (its text, then its link text and punctuation), so the last element asked for is kept: the
     * figures are changed in place, never replaced, so what is kept stays current.
     */
    private int[] figures(Element e) {
        if (e != lastAsked) {
            lastAsked = e;
            lastFigures = stats.get(e);
        }
        return lastFigures;
    }

    /** Characters of text, white space left out; 0 for an element that was not measured. */
    int text(Element e) {
        int[] s = figures(e);
        return s == null ? 0 : s[TEXT];
    }

    /** Characters of text inside links. */
    int linkText(Element e) {
        int[] s = figures(e);
        return s == null ? 0 : s[LINK];
    }

    /** Sentence punctuation marks. */
    int punctuation(Element e) {
        int[] s = figures(e);
        return s == null ? 0 : s[PUNCT];
    }

    /** The share of the element's text that sits inside links, from 0 to 1. */
    double linkDensity(Element e) {
        int t = text(e);
        return t == 0 ? 0 : Math.min(1.0, (double) linkText(e) / t);
    }
}
