package org.pressmark.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The elements of a page that metadata rules ask about, gathered while {@link MetaHeader} walks the body
 * once: every element outside the parts about other content, filed by tag, class, id and a few
 * attributes ({@code itemprop}, {@code rel}, {@code itemtype}), plus the {@code meta}, {@code link} and
 * JSON-LD {@code script} elements and licence links of the whole page. A {@link Query} then looks up
 * only the elements that can match it instead of running a selector over the whole page for every field.
 */
final class MetaIndex {

    /** Attributes whose presence is filed, so that queries keyed on them need not look at every element. */
    private static final Set<String> ATTRIBUTES = Set.of("itemprop", "rel", "itemtype", "property");
    private static final String[] FILED_ATTRIBUTES = ATTRIBUTES.toArray(new String[0]);
    /** The keys the filed attributes are looked up by, "[" and the name, in the order of {@link #FILED_ATTRIBUTES}. */
    private static final String[] ATTRIBUTE_KEYS = java.util.Arrays.stream(FILED_ATTRIBUTES).map(a -> "[" + a)
            .toArray(String[]::new);

    /**
     * A filed element with its place in document order and the place after its last filed descendant: the
     * elements inside it are those placed from {@code order} up to {@code end}.
     */
    private static final class Hit {
        final Element element;
        final int order;
        int end;

        Hit(Element element, int order) {
            this.element = element;
            this.order = order;
            this.end = Integer.MAX_VALUE; // until the scan leaves the element
        }
    }

    /**
     * The class names and ids that queries can look elements up by, for an index that files only those.
     *
     * @param classNames the class names to file, lower case; null to file every class name
     * @param ids        the ids to file, lower case; null to file every id
     */
    record Keys(WordFlags classNames, WordFlags ids) {

        /**
         * The class names and ids the queries look elements up by (and those of their ancestor steps, which
         * tell where an alternative cannot match).
         */
        static Keys of(List<Query> queries) {
            return new Keys(Query.names(queries, "."), Query.names(queries, "#"));
        }
    }

    /** The class names to file, lower case; null to file every class name. */
    private final WordFlags classNames;
    /** The ids to file, lower case; null to file every id. */
    private final WordFlags ids;
    /** The filed elements the scan is inside, innermost last. */
    private final List<Hit> open = new ArrayList<>();
    /** How many elements are filed (those outside the parts about other content): the place of the next. */
    private int filed;
    /**
     * The hits of the elements searched in ({@link #select}'s roots), null for one not filed: a few a page, so
     * that the scan need not map each of the page's thousands of elements to its hit.
     */
    private final Map<Element, Hit> roots = new IdentityHashMap<>();
    /** Elements by class name (lower case), by "#" + id, "[" + attribute name and tag, one map each. */
    private final Map<String, List<Hit>> byClass = new HashMap<>();
    private final Map<String, List<Hit>> byOther = new HashMap<>();
    private final List<Element> metas = new ArrayList<>();
    private final List<Element> links = new ArrayList<>();
    private final List<Element> jsonLd = new ArrayList<>();
    private final List<Element> scripts = new ArrayList<>();
    private boolean baseHref;
    private Element licence;

    /** An index that files every class name and id, for any query. */
    MetaIndex() {
        this(null);
    }

    /**
     * An index that files only the class names and ids given (the others are asked by no query), so that the
     * scan makes no string of the many class names and ids nobody asks for.
     *
     * @param keys the class names and ids to file ({@link Keys#of}), or null for all
     */
    MetaIndex(Keys keys) {
        this.classNames = keys == null ? null : keys.classNames();
        this.ids = keys == null ? null : keys.ids();
    }

    /**
     * Files an element of the body that is not about other content; {@link #close()} ends it.
     *
     * @param attributes the element's attributes, or null when it has none
     * @param classes    the element's class attribute ({@link Element#className})
     * @param id         the element's id ({@link Element#id})
     */
    void add(Element e, Attributes attributes, String classes, String id) {
        Hit hit = new Hit(e, filed++);
        open.add(hit);
        put(byOther, e.normalName(), hit);
        int len = classes.length();
        int i = 0;
        while (i < len) {
            while (i < len && DomQuery.isSpace(classes.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < len && !DomQuery.isSpace(classes.charAt(j))) {
                j++;
            }
            String name = j > i ? filedName(classNames, classes, i, j) : null;
            if (name != null) {
                put(byClass, name, hit);
            }
            i = j;
        }
        String filedId = id.isEmpty() ? null : filedName(ids, id, 0, id.length());
        if (filedId != null) {
            put(byOther, "#" + filedId, hit);
        }
        if (attributes != null) {
            for (int a = 0; a < FILED_ATTRIBUTES.length; a++) {
                // by the lower-case name the parser gives attributes, as DomQuery.hasAttr reads them
                if (attributes.hasKey(FILED_ATTRIBUTES[a])) {
                    put(byOther, ATTRIBUTE_KEYS[a], hit);
                }
            }
        }
        anywhere(e);
    }

    /**
     * The part of {@code s} from {@code from} to {@code to} in lower case, when the names (null for all) hold
     * it; else null. A name of ASCII letters only is looked up without making a string of it first.
     */
    private static String filedName(WordFlags names, String s, int from, int to) {
        if (names != null && DomQuery.isAscii(s, from, to) && names.of(s, from, to) == 0) {
            return null;
        }
        String name = s.substring(from, to).toLowerCase(Locale.ROOT);
        return names == null || names.of(name, 0, name.length()) != 0 ? name : null;
    }

    /** Notes that the scan has left the filed element it entered last: every element filed since lies inside it. */
    void close() {
        open.remove(open.size() - 1).end = filed;
    }

    /**
     * Notes an element of any part of the page (head, furniture included) if it is a meta, link, script or
     * base element, or a licence link. The scan hands every element of the head and the body to it once.
     */
    void anywhere(Element e) {
        String tag = e.normalName();
        if (tag.equals("meta")) {
            metas.add(e);
        } else if (tag.equals("link")) {
            if (e.hasAttr("href")) {
                links.add(e);
            }
        } else if (tag.equals("script")) {
            scripts.add(e);
            if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json") || untypedJsonLd(e)) {
                jsonLd.add(e);
            }
        } else if (tag.equals("base")) {
            baseHref |= e.hasAttr("href");
        } else if (tag.equals("a") && licence == null && e.hasAttr("rel") && hasWord(e.attr("rel"), "license")) {
            licence = e;
        }
    }

    /**
     * Whether a script without a type attribute (so JavaScript to the browser) holds a JSON-LD object all the
     * same: templates that forget the type still write a JSON object naming a schema.org context.
     */
    private static boolean untypedJsonLd(Element script) {
        if (script.hasAttr("type") || script.hasAttr("src")) {
            return false;
        }
        // most such scripts are JavaScript: their first character says so without copying their text
        String data = DomQuery.data(script);
        int i = 0;
        while (i < data.length() && Character.isWhitespace(data.charAt(i))) {
            i++;
        }
        return i < data.length() && (data.charAt(i) == '{' || data.charAt(i) == '[')
                && data.contains("\"@context\"") && data.contains("schema.org");
    }

    /** Whether the space-separated value holds the word, in any case (as {@code [rel~=word]} asks). */
    static boolean hasWord(String value, String word) {
        int len = value.length();
        int i = 0;
        while (i < len) {
            while (i < len && Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < len && !Character.isWhitespace(value.charAt(j))) {
                j++;
            }
            if (j - i == word.length() && value.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
            i = j;
        }
        return false;
    }

    private static void put(Map<String, List<Hit>> map, String key, Hit hit) {
        List<Hit> l = map.get(key);
        if (l == null) {
            l = new ArrayList<>(4);
            map.put(key, l);
        }
        l.add(hit);
    }

    /** Whether the element was filed: it is in the body, outside the parts about other content. */
    boolean contains(Element e) {
        return hitOf(e) != null;
    }

    /**
     * The hit of a filed element, found among the filed elements of its tag, or null for an element not filed;
     * asked once the scan is done, as the answer is kept.
     */
    private Hit hitOf(Element e) {
        if (roots.containsKey(e)) {
            return roots.get(e);
        }
        Hit hit = null;
        List<Hit> sameTag = byOther.get(e.normalName());
        for (int i = 0; sameTag != null && i < sameTag.size() && hit == null; i++) {
            if (sameTag.get(i).element == e) {
                hit = sameTag.get(i);
            }
        }
        roots.put(e, hit);
        return hit;
    }

    /** The page's {@code meta} elements in document order. */
    List<Element> metas() {
        return metas;
    }

    /** The page's {@code link} elements with an {@code href}, in document order. */
    List<Element> links() {
        return links;
    }

    /** The page's JSON-LD {@code script} elements in document order. */
    List<Element> jsonLd() {
        return jsonLd;
    }

    /** All the page's {@code script} elements in document order, JSON-LD or not. */
    List<Element> scripts() {
        return java.util.Collections.unmodifiableList(scripts);
    }

    /** Whether the page has a {@code base} element with an {@code href}, which fixes its links. */
    boolean hasBaseHref() {
        return baseHref;
    }

    /** The page's first link with {@code rel=license}, or null. */
    Element licence() {
        return licence;
    }

    /**
     * The filed elements that match the query inside the root (the root itself included, and the query's
     * ancestors looked for no higher than the root, as {@link Element#select} does), in document order.
     *
     * @param root the element to search in, or null for the whole body
     */
    List<Element> select(Query query, Element root) {
        Hit r = root == null ? null : hitOf(root);
        if (root != null && r == null) {
            return List.of();
        }
        int from = r == null ? 0 : r.order;
        int to = r == null ? Integer.MAX_VALUE : r.end;
        List<Hit> hits = new ArrayList<>();
        for (Query.Part p : query.parts) {
            List<Hit> l = candidates(p, query, root, from, to);
            if (l != null) {
                // each list is in document order: the root's elements are one run of it
                for (int i = firstAtOrAfter(l, from); i < l.size() && l.get(i).order < to; i++) {
                    hits.add(l.get(i));
                }
            }
        }
        if (query.parts.size() > 1) {
            hits.sort((a, b) -> Integer.compare(a.order, b.order));
        }
        List<Element> out = new ArrayList<>();
        Hit last = null;
        for (Hit h : hits) {
            if (h == last) {
                continue; // found by two alternatives
            }
            last = h;
            if (query.matches(h.element, root)) {
                out.add(h.element);
            }
        }
        return out;
    }

    /**
     * The filed elements that match the query inside the root, as {@link #select} finds them, one at a time
     * in document order: for a caller that reads only the first few of a query that many elements match.
     *
     * @param root the element to search in, or null for the whole body
     */
    java.util.Iterator<Element> iterate(Query query, Element root) {
        Hit r = root == null ? null : hitOf(root);
        if (root != null && r == null) {
            return java.util.Collections.emptyIterator();
        }
        int from = r == null ? 0 : r.order;
        int to = r == null ? Integer.MAX_VALUE : r.end;
        List<List<Hit>> lists = new ArrayList<>(query.parts.size());
        for (Query.Part p : query.parts) {
            List<Hit> l = candidates(p, query, root, from, to);
            if (l != null) {
                lists.add(l);
            }
        }
        int[] at = new int[lists.size()];
        for (int k = 0; k < at.length; k++) {
            at[k] = firstAtOrAfter(lists.get(k), from);
        }
        return new java.util.Iterator<>() {
            private Element next = advance();

            /** The next match: the candidate lists merged in document order, each element once. */
            private Element advance() {
                while (true) {
                    Hit least = null;
                    for (int k = 0; k < at.length; k++) {
                        List<Hit> l = lists.get(k);
                        if (at[k] < l.size() && l.get(at[k]).order < to
                                && (least == null || l.get(at[k]).order < least.order)) {
                            least = l.get(at[k]);
                        }
                    }
                    if (least == null) {
                        return null;
                    }
                    for (int k = 0; k < at.length; k++) {
                        List<Hit> l = lists.get(k);
                        if (at[k] < l.size() && l.get(at[k]) == least) {
                            at[k]++; // found by two alternatives: once
                        }
                    }
                    if (query.matches(least.element, root)) {
                        return least.element;
                    }
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Element next() {
                if (next == null) {
                    throw new java.util.NoSuchElementException();
                }
                Element e = next;
                next = advance();
                return e;
            }
        };
    }

    /**
     * The filed elements under the key of the alternative's last part, or null when none can match it in the
     * root: an ancestor step that no filed element between {@code from} and {@code to} could match (the
     * elements between a filed element and the root are all filed) leaves the alternative without a match,
     * so its candidates, perhaps every link of the post, are not looked at one by one.
     */
    private List<Hit> candidates(Query.Part p, Query query, Element root, int from, int to) {
        List<Hit> l = filed(p.key);
        if (l == null) {
            if (!files(p.key)) {
                throw new IllegalArgumentException("the index files no " + p.key + " for " + query);
            }
            return null;
        }
        if (root != null) {
            for (String key : p.ancestorKeys) {
                if (key == null || !files(key)) {
                    continue; // not filed: no evidence either way
                }
                List<Hit> a = filed(key);
                int i = a == null ? 0 : firstAtOrAfter(a, from);
                if (a == null || i == a.size() || a.get(i).order >= to) {
                    return null;
                }
            }
        }
        return l;
    }

    /** Whether the index files the elements under a key: all but the class names and ids it was not given. */
    private boolean files(String key) {
        WordFlags names = key.startsWith(".") ? classNames : key.startsWith("#") ? ids : null;
        return names == null || names.of(key, 1, key.length()) != 0;
    }

    /** The filed elements under a key ("." and a class name, "#" and an id, "[" and an attribute, a tag), or null. */
    private List<Hit> filed(String key) {
        return key.startsWith(".") ? byClass.get(key.substring(1)) : byOther.get(key);
    }

    /** The index of the first hit of the list (in document order) placed at or after {@code from}. */
    private static int firstAtOrAfter(List<Hit> hits, int from) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).order < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * A selector group parsed once: comma-separated alternatives, each a compound selector, perhaps after
     * ancestor compound selectors ({@code ".hentry .author .fn"}; only the descendant combinator). Each alternative is looked up by a class,
     * id, filed attribute or tag of its last part.
     */
    static final class Query {

        /** The last compound selector, and the ancestor steps before it, nearest first. */
        private record Part(List<Evaluator> ancestors, Evaluator subject, String key, List<String> ancestorKeys) {
        }

        private final List<Part> parts = new ArrayList<>();
        private final String css;

        private Query(String css) {
            this.css = css;
            for (String alternative : css.split(",")) {
                String[] steps = alternative.strip().split("\\s+");
                String subject = steps[steps.length - 1];
                List<Evaluator> ancestors = new ArrayList<>();
                List<String> ancestorKeys = new ArrayList<>();
                for (int i = steps.length - 2; i >= 0; i--) {
                    ancestors.add(QueryParser.parse(steps[i]));
                    ancestorKeys.add(keyOrNull(steps[i]));
                }
                parts.add(new Part(List.copyOf(ancestors), QueryParser.parse(subject), key(subject),
                        java.util.Collections.unmodifiableList(ancestorKeys)));
            }
        }

        /** Parses a selector group. */
        static Query of(String css) {
            return new Query(css);
        }

        /**
         * The names of the keys with the given mark ("." class names, "#" ids) that the queries look elements
         * up by, their own and those of their ancestor steps ({@link Keys#of}).
         */
        private static WordFlags names(List<Query> queries, String mark) {
            Map<String, Integer> names = new HashMap<>();
            for (Query q : queries) {
                for (Part p : q.parts) {
                    if (p.key.startsWith(mark)) {
                        names.put(p.key.substring(1), 1);
                    }
                    for (String k : p.ancestorKeys) {
                        if (k != null && k.startsWith(mark)) {
                            names.put(k.substring(1), 1);
                        }
                    }
                }
            }
            return new WordFlags(names);
        }

        @Override
        public String toString() {
            return css;
        }

        /** The key of a compound selector ({@link #key}), or null when it has none. */
        private static String keyOrNull(String compound) {
            try {
                return key(compound);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** The most selective key of a compound selector: a class, else an id, else a filed attribute, else the tag. */
        private static String key(String compound) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([.#])([\\w-]+)").matcher(compound);
            if (m.find()) {
                return m.group(1) + m.group(2).toLowerCase(Locale.ROOT);
            }
            m = java.util.regex.Pattern.compile("\\[([\\w-]+)").matcher(compound);
            if (m.find() && ATTRIBUTES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return "[" + m.group(1).toLowerCase(Locale.ROOT);
            }
            m = java.util.regex.Pattern.compile("^([a-zA-Z][\\w-]*)").matcher(compound);
            if (m.find()) {
                return m.group(1).toLowerCase(Locale.ROOT);
            }
            throw new IllegalArgumentException("no class, id, filed attribute or tag to look up: " + compound);
        }

        /** Whether the element matches one alternative, its ancestor steps found no higher than the root. */
        boolean matches(Element e, Element root) {
            for (Part p : parts) {
                if (!p.subject.matches(e, e)) {
                    continue;
                }
                // the nearest ancestor matching each step, from the innermost: enough for descendant chains
                int step = 0;
                for (Element a = e == root ? null : e.parent(); a != null && step < p.ancestors.size(); a = a.parent()) {
                    if (p.ancestors.get(step).matches(a, a)) {
                        step++;
                    }
                    if (a == root) {
                        break;
                    }
                }
                if (step == p.ancestors.size()) {
                    return true;
                }
            }
            return false;
        }
    }
}
