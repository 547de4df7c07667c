package org.pressmark.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element of a subtree, computed in one bottom-up pass so that scoring many
 * nested candidates costs O(n) instead of one {@code Element.text()} per candidate. Lengths count the
 * characters that are not white space. The figures describe the tree when they were taken: removing
 * elements afterwards leaves the ancestors' figures as they were.
 */
final class DomStats {

    private static final int TEXT = 0;
    private static final int LINK = 1;
    private static final int PUNCT = 2;

    private final Map<Element, int[]> stats = new IdentityHashMap<>();

    private DomStats() {
    }

    /** Measures the element and everything in it. */
    static DomStats of(Element root) {
        DomStats s = new DomStats();
        // the running figures of the elements open on the path from the root, innermost last; an element's
        // figures are final when its end is reached, and are then added to its parent's
        java.util.ArrayList<int[]> open = new java.util.ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element) {
                    open.add(new int[3]);
                } else if (node instanceof TextNode t && !open.isEmpty()) {
                    addText(open.get(open.size() - 1), t.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    int[] own = open.remove(open.size() - 1);
                    if (e.normalName().equals("a") && e.hasAttr("href")) {
                        own[LINK] = own[TEXT];
                    }
                    s.stats.put(e, own);
                    if (!open.isEmpty()) {
                        int[] p = open.get(open.size() - 1);
                        p[TEXT] += own[TEXT];
                        p[LINK] += own[LINK];
                        p[PUNCT] += own[PUNCT];
                    }
                }
            }
        }, root);
        return s;
    }

    private static void addText(int[] p, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == '\u00A0' || c > 0x7F && Character.isWhitespace(c)) {
                continue;
            }
            p[TEXT]++;
            if (isPunctuation(c)) {
                p[PUNCT]++;
            }
        }
    }

    /** Sentence punctuation, Latin and CJK: a sign of running prose rather than labels and links. */
    static boolean isPunctuation(char c) {
        switch (c) {
            case ',': case '.': case ';': case ':': case '!': case '?':
            case '\u3001': case '\u3002': case '\uFF0C': case '\uFF0E': case '\uFF1F': case '\uFF01':
            case '\u060C': case '\u061F':
                return true;
            default:
                return false;
        }
    }

    /** Characters of text, white space left out; 0 for an element that was not measured. */
    int text(Element e) {
        int[] s = stats.get(e);
        return s == null ? 0 : s[TEXT];
    }

    /** Characters of text inside links. */
    int linkText(Element e) {
        int[] s = stats.get(e);
        return s == null ? 0 : s[LINK];
    }

    /** Sentence punctuation marks. */
    int punctuation(Element e) {
        int[] s = stats.get(e);
        return s == null ? 0 : s[PUNCT];
    }

    /** The share of the element's text that sits inside links, from 0 to 1. */
    double linkDensity(Element e) {
        int t = text(e);
        return t == 0 ? 0 : Math.min(1.0, (double) linkText(e) / t);
    }
}
