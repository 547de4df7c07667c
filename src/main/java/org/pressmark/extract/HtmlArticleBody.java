package org.pressmark.extract;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article text a page states in its JSON-LD ({@code articleBody} of a schema.org Article, NewsArticle,
 * BlogPosting and the like, at the top level, in an array or in {@code @graph}), used as evidence for
 * which element holds the article. Only the DOM is ever output; this text just measures candidates.
 *
 * <p>The text becomes a set of word 4-shingles (single CJK characters count as words). One pass over the
 * body counts, for every element, its shingles and those shared with the set; the element whose shingles
 * agree best with the set (Dice coefficient) is preferred over the chosen root when it agrees clearly
 * better. A root that already holds most of the stated text is kept even if a smaller element agrees
 * better, because pages often state only the opening of the article.
 */
final class HtmlArticleBody {

    /** Stated texts shorter than this (non-space characters) are too short to be evidence. */
    static final int MIN_CHARS = 200;
    private static final int MAX_SHINGLES = 5000;
    private static final int MIN_SHINGLES = 20;
    /** The best element must agree at least this well to be taken at all. */
    private static final double MIN_AGREEMENT = 0.5;
    /** ... and this much better than the chosen root. */
    private static final double MARGIN = 0.15;
    /** Share of the stated text a root must hold to be kept against a better-agreeing element inside it. */
    private static final double KEEP_RECALL = 0.8;
    /** Elements that hold a line or a paragraph, never a whole article. */
    private static final Set<String> NOT_ROOTS = Set.of(
            "p", "span", "a", "b", "i", "em", "strong", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "pre", "figcaption", "small", "font", "label", "time", "cite", "q", "code");

    private final Set<Long> shingles;
    /** The stated text as the page gives it, HTML or plain text. */
    private final String stated;
    /** Its characters of text, white space left out. */
    private final long chars;

    private HtmlArticleBody(Set<Long> shingles, String stated, long chars) {
        this.shingles = shingles;
        this.stated = stated;
        this.chars = chars;
    }

    /**
     * Reads the longest {@code articleBody} of the page's JSON-LD, once. Call before the scripts are removed.
     *
     * @param scripts the page's {@code script} elements, in page order
     * @return the evidence, or null when no block states a substantial article text
     */
    static HtmlArticleBody of(List<Element> scripts) {
        String best = null;
        for (Element script : scripts) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            Object root;
            try {
                root = MetaJson.parse(script.data());
            } catch (IllegalArgumentException e) {
                continue;
            }
            String found = longest(root, 0, 0);
            if (found != null && (best == null || found.length() > best.length())) {
                best = found;
            }
        }
        if (best == null) {
            return null;
        }
        String text = isHtml(best) ? Jsoup.parse(best).text() : Parser.unescapeEntities(best, false);
        long chars = chars(text);
        if (chars < MIN_CHARS) {
            return null;
        }
        Set<Long> set = new HashSet<>();
        Shingler s = new Shingler();
        s.feed(text, h -> {
            if (set.size() < MAX_SHINGLES) {
                set.add(h);
            }
        });
        return set.size() < MIN_SHINGLES ? null : new HtmlArticleBody(set, best, chars);
    }

    private static boolean isHtml(String text) {
        return text.indexOf('<') >= 0 && text.indexOf('>') >= 0;
    }

    /** How many times longer than the text found in the page the stated text must be to stand in for it. */
    private static final int STAND_IN_RATIO = 4;

    /**
     * Whether the stated text should stand in for the text found in the page's markup: a page whose
     * article is drawn by its scripts holds little of it in the markup, while its JSON-LD states it whole.
     *
     * @param found the plain text of the blocks read from the page
     */
    boolean standsInFor(String found) {
        return chars(found) * STAND_IN_RATIO < chars;
    }

    /** Characters of a text, white space left out: the measure of both the stated and the found text. */
    private static long chars(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }

    /**
     * The stated text as an element to read blocks from: stated HTML as parsed, plain text as one
     * paragraph per line.
     */
    Element asElement() {
        if (isHtml(stated)) {
            return Jsoup.parseBodyFragment(stated).body();
        }
        Element body = Jsoup.parseBodyFragment("").body();
        for (String line : LINES.split(Parser.unescapeEntities(stated, false))) {
            if (!line.isBlank()) {
                body.appendElement("p").text(line.strip());
            }
        }
        return body;
    }

    private static final Pattern LINES = Pattern.compile("\\R");

    /** The longest articleBody in objects at most one object level deep (top level, arrays, @graph). */
    private static String longest(Object node, int objects, int depth) {
        if (depth > 20) {
            return null;
        }
        String best = null;
        if (node instanceof Map<?, ?> m) {
            if (objects > 1) {
                return null; // nested deeper: parts, related articles, reviews — not the page's own article
            }
            best = bodyOf(m.get("articleBody"));
            if (best == null && isHowTo(m)) {
                best = howTo(m);
            }
            for (Object v : m.values()) {
                best = longer(best, longest(v, objects + 1, depth + 1));
            }
        } else if (node instanceof List<?> l) {
            for (Object v : l) {
                best = longer(best, longest(v, objects, depth + 1));
            }
        }
        return best;
    }

    private static boolean isHowTo(Map<?, ?> m) {
        Object type = m.get("@type");
        return "HowTo".equals(type) || type instanceof List<?> l && l.contains("HowTo");
    }

    /**
     * The text of a schema.org HowTo as HTML: its description, then each step (a step's name as a heading,
     * its text, and the texts of its directions and tips), sections of steps in order.
     */
    private static String howTo(Map<?, ?> m) {
        StringBuilder html = new StringBuilder();
        appendText(m.get("description"), html);
        appendSteps(m.get("step"), html, 0);
        return html.length() == 0 ? null : html.toString();
    }

    private static void appendSteps(Object steps, StringBuilder html, int depth) {
        if (depth > 4) {
            return;
        }
        if (steps instanceof List<?> l) {
            for (Object step : l) {
                appendSteps(step, html, depth + 1);
            }
        } else if (steps instanceof Map<?, ?> step) {
            if (step.get("name") instanceof String name && !name.isBlank()) {
                html.append("<h2>").append(Entities.escape(Parser.unescapeEntities(name, false))).append("</h2>");
            }
            appendText(step.get("text"), html);
            appendSteps(step.get("itemListElement"), html, depth + 1);
        } else if (steps instanceof String text) {
            appendText(text, html);
        }
    }

    /** Appends a text, HTML as it is and plain text as a paragraph. */
    private static void appendText(Object value, StringBuilder html) {
        if (!(value instanceof String text) || text.isBlank()) {
            return;
        }
        if (isHtml(text)) {
            html.append(text);
        } else {
            html.append("<p>").append(Entities.escape(Parser.unescapeEntities(text, false))).append("</p>");
        }
    }

    private static String bodyOf(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof List<?> l) {
            StringBuilder sb = new StringBuilder();
            for (Object v : l) {
                if (v instanceof String s) {
                    sb.append(s).append('\n');
                }
            }
            return sb.length() == 0 ? null : sb.toString();
        }
        return null;
    }

    private static String longer(String a, String b) {
        return b != null && (a == null || b.length() > a.length()) ? b : a;
    }

    /**
     * The root to use: the element agreeing clearly better with the stated text than the chosen root, or
     * the chosen root.
     */
    Element prefer(Element root, Element body) {
        Map<Element, int[]> counts = count(body);
        int size = shingles.size();
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, int[]> c : counts.entrySet()) {
            Element e = c.getKey();
            if (NOT_ROOTS.contains(e.normalName())) {
                continue;
            }
            double score = dice(c.getValue(), size);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best == null || best == root || bestScore < MIN_AGREEMENT) {
            return root;
        }
        int[] r = counts.getOrDefault(root, new int[2]);
        if (bestScore < dice(r, size) + MARGIN) {
            return root;
        }
        if (DomQuery.isAncestor(root, best) && Math.min(r[0], size) >= KEEP_RECALL * size) {
            return root;
        }
        return best;
    }

    private static double dice(int[] c, int size) {
        return 2.0 * Math.min(c[0], size) / (size + c[1]);
    }

    /** Per element: shingles shared with the stated text, and all shingles, inside it. */
    private Map<Element, int[]> count(Element body) {
        Map<Element, int[]> counts = new IdentityHashMap<>();
        Shingler s = new Shingler();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && node.parent() instanceof Element p) {
                    int[] c = counts.computeIfAbsent(p, k -> new int[2]);
                    // a shingle counts for the element of its last word, whose subtree is not yet summed up
                    s.feed(t.getWholeText(), h -> {
                        c[1]++;
                        if (shingles.contains(h)) {
                            c[0]++;
                        }
                    });
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e != body && e.parent() != null) {
                    int[] own = counts.get(e);
                    if (own != null) {
                        int[] p = counts.computeIfAbsent(e.parent(), k -> new int[2]);
                        p[0] += own[0];
                        p[1] += own[1];
                    }
                }
            }
        }, body);
        return counts;
    }

    /** Callback for each shingle hash. */
    private interface ShingleSink {
        void accept(long hash);
    }

    /** Splits text into lower-case words, carrying the last three words across calls. */
    private static final class Shingler {
        private static final long MIX = 0x9E3779B97F4A7C15L;
        private final int[] last = new int[3];
        private int seen;
        /**
         * The word being read, as its {@link String#hashCode()} and its length in chars: a word is only ever
         * hashed, so its hash is summed up char by char instead of building the string.
         */
        private int wordHash;
        private int wordLength;

        void feed(String text, ShingleSink sink) {
            for (int i = 0; i < text.length(); ) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    // ASCII, most of the text: answered by tests the quick JIT (C1) inlines, where the
                    // general path below makes calls for each character (the JDK's tables, isCjk, append)
                    i++;
                    if (DomQuery.isAsciiLetterOrDigit(c)) {
                        wordHash = 31 * wordHash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
                        wordLength++;
                    } else if (wordLength != 0) {
                        flush(sink);
                    }
                    continue;
                }
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLetterOrDigit(cp)) {
                    if (isCjk(cp)) {
                        flush(sink);
                        append(cp);
                        flush(sink);
                    } else {
                        append(Character.toLowerCase(cp));
                    }
                } else {
                    flush(sink);
                }
            }
            flush(sink); // a text node ends a word: markup between words without spaces is rare in prose
        }

        /** Adds a code point to the word's hash as String.hashCode counts it: by its UTF-16 chars. */
        private void append(int cp) {
            if (Character.isBmpCodePoint(cp)) {
                wordHash = 31 * wordHash + cp;
                wordLength++;
            } else {
                wordHash = 31 * wordHash + Character.highSurrogate(cp);
                wordHash = 31 * wordHash + Character.lowSurrogate(cp);
                wordLength += 2;
            }
        }

        private void flush(ShingleSink sink) {
            if (wordLength == 0) {
                return;
            }
            int h = wordHash;
            wordHash = 0;
            wordLength = 0;
            if (seen >= 3) {
                long hash = ((((long) last[0] * MIX + last[1]) * MIX + last[2]) * MIX) + h;
                sink.accept(hash);
            }
            last[0] = last[1];
            last[1] = last[2];
            last[2] = h;
            seen++;
        }

        /** No letter of these scripts lies below the Thai block: Latin, Greek, Cyrillic and the like skip the look-up. */
        private static final int FIRST_CJK_OR_THAI = 0x0E00;

        private static boolean isCjk(int cp) {
            if (cp < FIRST_CJK_OR_THAI) {
                return false;
            }
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.THAI;
        }
    }
}
