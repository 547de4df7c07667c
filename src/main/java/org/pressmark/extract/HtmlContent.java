package org.pressmark.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article text and strips the furniture inside it.
 *
 * <p>Platform markup comes first (Blogger, WordPress, hAtom, h-entry, schema.org), then the generic
 * {@code article}, {@code main} and {@code [role=main]}; the best candidate by text length and link
 * density wins. When no markup matches, or what matches holds almost nothing, a text-density score over
 * the block containers picks the subtree.
 */
final class HtmlContent {

    /** Content markup of blog platforms and vocabularies, the most specific first. */
    static final String PLATFORM = ".post-body, .entry-content, .post-content, .e-content, "
            + "[itemprop=articleBody], .article-body, .article-content, .story-body, .post-entry";
    private static final String GENERIC = "article, main, [role=main]";
    private static final String[] ALWAYS_REMOVED = {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "form", "button", "input",
        "select", "textarea", "svg", "canvas", "link", "meta"};

    private HtmlContent() {
    }

    /** Removes what is never article text anywhere in the body: scripts, forms, hidden elements. */
    static void removeNonContent(Element body) {
        int total = textLength(body);
        for (String tag : ALWAYS_REMOVED) {
            for (Element e : body.select(tag)) {
                if (tag.equals("form") && textLength(e) * 2 >= total) {
                    e.unwrap(); // some sites wrap the whole page in one form
                } else {
                    e.remove();
                }
            }
        }
        total = textLength(body);
        for (Element e : body.select("*")) {
            if (e != body && DomVocabulary.isHidden(e) && textLength(e) * 2 < total) {
                e.remove();
            }
        }
    }

    /**
     * Picks the content root.
     *
     * @return the element holding the article, or the body when nothing better is found
     */
    static Element findRoot(Element body) {
        Element platform = best(body, PLATFORM);
        Element candidate = platform != null ? platform : best(body, GENERIC);
        Element dense = densest(body);
        if (candidate == null) {
            return dense == null ? body : dense;
        }
        int len = textLength(candidate);
        if (dense != null && len < 200 && textLength(dense) > 2 * len && !isAncestor(dense, candidate)) {
            return dense;
        }
        return candidate;
    }

    private static Element best(Element body, String query) {
        List<Element> found = new ArrayList<>();
        for (Element e : body.select(query)) {
            if (!DomVocabulary.aboutOtherContent(e) && textLength(e) > 0) {
                found.add(e);
            }
        }
        Element best = null;
        double bestScore = -1;
        for (Element e : found) {
            double score = textLength(e) * (1 - linkDensity(e));
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        // an inner candidate holding nearly all the text is the tighter fit (it leaves out the header)
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Element e : found) {
                if (e != best && isAncestor(best, e) && textLength(e) >= 0.8 * textLength(best)) {
                    best = e;
                    moved = true;
                    break;
                }
            }
        }
        return best;
    }

    /** Text-density fallback: scores paragraphs into their containers and picks the best container. */
    private static Element densest(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element e : body.select("p, pre, blockquote, td, div, section, li")) {
            if (e.closest("nav, aside, footer, header") != null || DomVocabulary.aboutOtherContent(e)) {
                continue;
            }
            String tag = e.normalName();
            boolean paragraphLike = tag.equals("p") || tag.equals("pre") || tag.equals("blockquote");
            String text = paragraphLike ? e.text() : ownText(e);
            int len = text.strip().length();
            if (len < 25) {
                continue;
            }
            double score = 1 + Math.min(len / 100.0, 3);
            for (int i = 0; i < text.length(); i++) {
                if (",.;:!?".indexOf(text.charAt(i)) >= 0) {
                    score += 0.5;
                }
            }
            Element parent = paragraphLike ? e.parent() : e;
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score, Double::sum);
            if (parent.parent() != null && parent != body) {
                scores.merge(parent.parent(), score / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            double score = s.getValue() * (1 - linkDensity(s.getKey()));
            if (score > bestScore) {
                best = s.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /** Text of an element's own text nodes and inline children, without its block children. */
    private static String ownText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.text());
            } else if (n instanceof Element c && !c.isBlock()) {
                sb.append(c.text());
            }
            sb.append(' ');
        }
        return sb.toString();
    }

    /**
     * Removes furniture inside the content root: navigation, asides, footers, headers, and elements whose
     * class or id names furniture. Never the root itself, nor an element holding most of the text.
     */
    static void removeFurniture(Element root) {
        int total = textLength(root);
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.select("*")) {
            if (e == root || doomed.stream().anyMatch(d -> isAncestor(d, e))) {
                continue;
            }
            String tag = e.normalName();
            boolean furniture = tag.equals("nav") || tag.equals("aside")
                    || ((tag.equals("footer") || tag.equals("header")) && e.closest("blockquote, figure") == null)
                    || DomVocabulary.isFurnitureByName(e) || DomVocabulary.isHidden(e);
            if (furniture && textLength(e) * 2 <= total && !holdsPlatformContent(e)) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    private static boolean holdsPlatformContent(Element e) {
        return !e.select(PLATFORM).isEmpty() && e.select(PLATFORM).first() != e;
    }

    static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    static int textLength(Element e) {
        return e.text().length();
    }

    /** The share of an element's text that sits inside links. */
    static double linkDensity(Element e) {
        int total = textLength(e);
        if (total == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : e.select("a[href]")) {
            linked += a.text().length();
        }
        return Math.min(1.0, (double) linked / total);
    }
}
