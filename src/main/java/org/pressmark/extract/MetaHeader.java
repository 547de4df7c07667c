package org.pressmark.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The visible header of a post: its headline (the {@code h1} that names the post) and the short lines of
 * text just before and after it, where templates print the date and the byline. Built in one pass over
 * the body's text, leaving out scripts and the parts of the page about other content (related posts,
 * comments, sidebars, navigation, the site footer).
 */
final class MetaHeader {

    /** Class and id tokens of containers about other content: their dates and names are not the post's. */
    private static final Set<String> ELSEWHERE = Set.of(
            "related", "relatedposts", "comment", "comments", "commentlist", "respond", "sidebar", "popular",
            "popularposts", "featuredpost", "trending", "recommended", "linkwithin", "outbrain", "taboola",
            "disqus", "blogarchive", "breadcrumb", "breadcrumbs",
            "cookie", "cookies", "consent", "newsletter", "menu", "navigation", "navbar", "pagination", "pager");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "td", "th", "header", "section",
            "article", "blockquote", "figcaption", "address", "ul", "ol", "dl", "table", "tr", "main", "br", "hr",
            "footer", "form", "pre", "figure", "aside", "nav");
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "svg", "select", "button", "textarea", "nav", "aside", "head");
    private static final int T_SKIPPED = 1;
    private static final int T_BLOCK = 1 << 1;
    private static final int T_HEADING = 1 << 2;
    /**
     * For each tag the scan treats apart, what it is ({@link #SKIPPED}, {@link #BLOCKS}, h1 to h3): one look-up
     * a tag.
     */
    private static final java.util.Map<String, Integer> TAGS = tagFlags();

    private static java.util.Map<String, Integer> tagFlags() {
        java.util.Map<String, Integer> tags = new java.util.HashMap<>();
        SKIPPED.forEach(t -> tags.merge(t, T_SKIPPED, (a, b) -> a | b));
        BLOCKS.forEach(t -> tags.merge(t, T_BLOCK, (a, b) -> a | b));
        for (String h : new String[] {"h1", "h2", "h3"}) {
            tags.merge(h, T_HEADING, (a, b) -> a | b);
        }
        return tags;
    }

    /** The flags of the tag in {@link #TAGS}, 0 for the others. */
    private static int tagFlags(String tag) {
        Integer f = TAGS.get(tag);
        return f == null ? 0 : f;
    }

    /** Class and id tokens that mark an element holding the author's name. */
    private static final Set<String> AUTHOR_TOKENS = Set.of(
            "author", "authors", "autor", "autoren", "autorin", "byline", "verfasser", "writer", "creator");
    /** Tokens that, beside an author token, mark a box about the author (biography, picture), not the byline. */
    private static final Set<String> NOT_BYLINE = Set.of(
            "bio", "box", "info", "avatar", "image", "img", "photo", "picture", "description", "about", "link",
            "url", "more", "posts", "list", "label", "title", "text", "wrapper", "container");
    /** Tokens of a post's container, whose own footer is the post's ({@link #insideArticle}). */
    private static final Set<String> POST_TOKENS = Set.of("post", "hentry", "article", "entry", "news");

    // flags of the class and id words the scan asks about, one look-up a word ({@link #flags})
    private static final int F_ELSEWHERE = 1;
    private static final int F_SIDEBAR = 1 << 1;
    private static final int F_FOOTER = 1 << 2;
    private static final int F_AUTHOR = 1 << 3;
    private static final int F_NOT_BYLINE = 1 << 4;
    private static final int F_POST = 1 << 5;
    private static final int F_TERM_PREFIX = 1 << 6;
    private static final int F_MODIFIER = 1 << 7;

    private static final org.jsoup.select.Evaluator H1 = org.jsoup.select.QueryParser.parse("h1");
    private static final org.jsoup.select.Evaluator MAIN = org.jsoup.select.QueryParser.parse("main");
    private static final org.jsoup.select.Evaluator MAIN_OR_ARTICLE =
            org.jsoup.select.QueryParser.parse("main, article");

    /** How much text before and after the headline counts as the header. */
    private static final int BEFORE_CHARS = 300;
    private static final int AFTER_CHARS = 900;
    private static final int MAX_LINES = 40;

    /** A run of text inside one block element. */
    record Line(String text, Element block) {
    }


    private final List<Line> lines = new ArrayList<>();
    /** Elements the scan entered (all but those about other content and inside scripts, styles, nav), filed. */
    private final MetaIndex index;
    /** For each heading, the index of its first line. */
    private final java.util.Map<Element, Integer> headingAt = new java.util.IdentityHashMap<>();
    private final List<Element> headings = new ArrayList<>();
    private final List<Element> authorMarked = new ArrayList<>();
    private final Element body;
    private Element headline;
    private List<Line> before = List.of();
    private List<Line> after = List.of();

    private MetaHeader(Element body, MetaIndex index) {
        this.body = body;
        this.index = index;
    }

    /**
     * Elements whose class or id names them the author's name or byline ({@code c-article__author},
     * {@code autor}), in page order, outside the parts about other content and author biographies.
     */
    List<Element> authorMarked() {
        return authorMarked;
    }

    /** The headline element, or null when the page has none that names the post. */
    Element headline() {
        return headline;
    }

    /** All lines of the page's text outside the parts about other content, in page order. */
    List<Line> lines() {
        return java.util.Collections.unmodifiableList(lines);
    }

    /** The lines after the headline, nearest first. */
    List<Line> after() {
        return after;
    }

    /** The lines before the headline, nearest first. */
    List<Line> before() {
        return before;
    }

    /** The elements the scan entered, filed for the metadata rules, and the page's meta, link and JSON-LD elements. */
    MetaIndex index() {
        return index;
    }

    /**
     * Reads the body once: its lines of visible text, its headings and the elements named for the author,
     * leaving out the parts about other content.
     */
    static MetaHeader scan(Element head, Element body) {
        return scan(head, body, null);
    }

    /**
     * Reads the body once as {@link #scan(Element, Element)} does, filing only the class names and ids given.
     *
     * @param keys the class names and ids the index files ({@link MetaIndex.Keys#of}), or null for all
     */
    static MetaHeader scan(Element head, Element body, MetaIndex.Keys keys) {
        MetaHeader m = new MetaHeader(body, new MetaIndex(keys));
        if (head != null) {
            // a plain walk: getAllElements would build a list of the head's many meta and link elements first
            DomQuery.traverse(head, (node, depth) -> {
                if (node instanceof Element e) {
                    m.index.anywhere(e);
                }
            });
        }
        if (body != null) {
            m.read();
        }
        return m;
    }

    private void read() {
        LineText text = new LineText();
        Element[] block = {null};
        Element[] hidden = {null};
        // the root of a part left out of the header (furniture, scripts): its meta, link and JSON-LD elements
        // are still noted, in the same pass
        Element[] skipped = {null};
        TextNode[] lastText = {null};
        DomQuery.traverse(body, new NodeVisitor() {
            /**
             * Whether the element entered at each depth (below a skipped part's root) is a block: noted on the
             * way in, so that {@link #tail} need not look its tag up again.
             */
            private boolean[] blockAt = new boolean[64];

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (skipped[0] != null) {
                        index.anywhere(e);
                        return;
                    }
                    String tag = e.normalName();
                    int tagFlags = tagFlags(tag);
                    if (depth == blockAt.length) {
                        blockAt = java.util.Arrays.copyOf(blockAt, 2 * depth);
                    }
                    blockAt[depth] = (tagFlags & T_BLOCK) != 0;
                    if ((tagFlags & T_SKIPPED) != 0) {
                        skip(e);
                        return;
                    }
                    // read once for the vocabulary and the index, by the lower-case names the parser gives
                    // attributes ({@link DomQuery#attr}): className() and id() search the names in any case
                    Attributes attributes = e.attributesSize() > 0 ? e.attributes() : null;
                    String classes = attributes != null ? attributes.get("class").trim() : ""; // as className()
                    String id = attributes != null ? attributes.get("id") : "";
                    if (e == body) {
                        // the body's classes describe the page layout ("sidebar-right")
                        index.add(e, attributes, classes, id);
                        return;
                    }
                    if (!classes.isEmpty() || !id.isEmpty()) {
                        int flags = flags(classes, id);
                        if (ownOtherContent(e, flags)) {
                            skip(e);
                            return;
                        }
                        if (authorMarked(flags)) {
                            authorMarked.add(e);
                        }
                    } else if (tag.equals("footer") && !insideArticle(e)) {
                        skip(e);
                        return;
                    }
                    index.add(e, attributes, classes, id);
                    if (hidden[0] == null && DomVocabulary.isHidden(e)) {
                        hidden[0] = e; // microdata often hides in such elements; their text is no line
                    }
                    if ((tagFlags & T_BLOCK) != 0) {
                        flush(text, block[0]);
                        block[0] = e;
                    }
                    if ((tagFlags & T_HEADING) != 0) {
                        headings.add(e);
                        headingAt.put(e, lines.size());
                    }
                } else if (node instanceof TextNode t && hidden[0] == null && skipped[0] == null) {
                    if (block[0] == null) {
                        block[0] = (Element) t.parent();
                    }
                    String w = t.getWholeText();
                    if (lastText[0] != null && lastText[0].parent() != t.parent() && text.any
                            && !w.isEmpty() && glued(text.last, w.charAt(0))) {
                        text.append(" ");
                    }
                    text.append(w);
                    lastText[0] = t;
                }
            }

            private void skip(Element e) {
                skipped[0] = e;
                index.anywhere(e);
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipped[0] != null) {
                    if (node == skipped[0]) {
                        skipped[0] = null;
                    }
                    return;
                }
                if (node instanceof Element e) {
                    index.close();
                    if (e == hidden[0]) {
                        hidden[0] = null;
                    }
                    if (blockAt[depth]) {
                        flush(text, block[0]);
                        block[0] = e.parent();
                    }
                }
            }
        });
        flush(text, block[0]);
    }

    /**
     * Finds the headline and takes the lines around it.
     *
     * @param post   the element holding the post (perhaps the body)
     * @param titles titles the page's metadata gives, to recognise the headline among several
     *               {@code h1}; may contain nulls
     * @param site   the site name, which an {@code h1} holding the logo repeats, or null
     */
    void locate(Element post, List<String> titles, String site) {
        // titles and headings normalised once: the tests below compare each heading with each title
        List<String> normTitles = new ArrayList<>(titles.size());
        for (String t : titles) {
            normTitles.add(t == null ? null : norm(t));
        }
        Element h = findHeadline(post, normTitles, site == null ? "" : norm(site));
        headline = h;
        if (h == null) {
            return;
        }
        int at = headingAt.get(h);
        List<Line> b = new ArrayList<>();
        List<Line> a = new ArrayList<>();
        int chars = 0;
        for (int i = at - 1; i >= 0 && chars < BEFORE_CHARS && b.size() < MAX_LINES; i--) {
            b.add(lines.get(i));
            chars += lines.get(i).text().length();
        }
        chars = 0;
        for (int i = at; i < lines.size() && chars < AFTER_CHARS && a.size() < MAX_LINES; i++) {
            Line l = lines.get(i);
            if (DomQuery.within(l.block(), h)) {
                continue; // the headline itself
            }
            a.add(l);
            chars += l.text().length();
        }
        before = List.copyOf(b);
        after = List.copyOf(a);
    }

    /** Whether the class and id words name the author's name or byline, and not a box about the author. */
    private static boolean authorMarked(int flags) {
        return (flags & F_AUTHOR) != 0 && (flags & F_NOT_BYLINE) == 0;
    }

    /**
     * The text with each run of white space (ASCII white space, no-break, figure, narrow no-break and zero-width
     * spaces) made one space and the ends trimmed, without a regular expression: the scan does this for every
     * line of the page.
     */
    static String collapseSpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (DomQuery.isCollapsedSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /**
     * Whether two texts of sibling inline elements meet where a reader sees two words, though the markup puts
     * no space between them ("<span>Ann Lee</span><span>7.12.2022</span>" laid out with padding): a letter
     * against a digit, two numbers ("<span>Mar 21</span><span>2010</span>"), or a lower-case letter against a
     * capital.
     */
    static boolean glued(char before, char after) {
        return Character.isLetter(before) && Character.isDigit(after)
                || Character.isDigit(before) && (Character.isLetter(after) || Character.isDigit(after))
                || Character.isLowerCase(before) && Character.isUpperCase(after);
    }

    private void flush(LineText text, Element block) {
        if (!text.any) {
            return;
        }
        String t = text.take();
        if (!t.isEmpty()) {
            lines.add(new Line(t, block));
        }
    }

    /**
     * The text of the line being read, its spaces collapsed as it is appended, as {@link #collapseSpaces}
     * does afterwards: the scan appends every text node of the page, and most of what lies between blocks
     * is white space, which so never makes a string.
     */
    private static final class LineText {
        private final StringBuilder out = new StringBuilder();
        /** Whether a run of spaces is pending, to be written as one space before the next other character. */
        private boolean space;
        /** Whether any text (perhaps only spaces) was appended since the last {@link #take}. */
        boolean any;
        /** The last character appended, as it stood in the text. */
        char last;

        void append(String w) {
            int n = w.length();
            if (n == 0) {
                return;
            }
            any = true;
            int i = 0;
            while (i < n) {
                if (DomQuery.isCollapsedSpace(w.charAt(i))) {
                    space = out.length() > 0;
                    i++;
                    continue;
                }
                // a run of words, single plain spaces between them kept as they are, appended at once
                int j = i + 1;
                while (j < n) {
                    char d = w.charAt(j);
                    if (!DomQuery.isCollapsedSpace(d)) {
                        j++;
                    } else if (d == ' ' && j + 1 < n && !DomQuery.isCollapsedSpace(w.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(w, i, j);
                i = j;
            }
            last = w.charAt(n - 1);
        }

        /** The line's text, stripped, and a fresh start. */
        String take() {
            String t = out.length() == 0 ? "" : out.toString().strip();
            out.setLength(0);
            space = false;
            any = false;
            return t;
        }
    }

    /**
     * The headline: an {@code h1} of the post; else an {@code h1} (or, lacking one, an {@code h2}) whose text
     * one of the metadata titles contains; else the page's only {@code h1}.
     *
     * @param titles the titles, each {@link #norm normalised}; may contain nulls
     */
    private Element findHeadline(Element post, List<String> titles, String site) {
        java.util.Map<Element, String> normText = new java.util.IdentityHashMap<>();
        java.util.function.Function<Element, String> text = e -> normText.computeIfAbsent(e, x -> norm(x.text()));
        List<Element> h1s = new ArrayList<>();
        for (Element e : headings) {
            if (!e.normalName().equals("h1")) {
                continue;
            }
            String h = text.apply(e);
            // an h1 around the logo names the site, not the post
            if (!h.isEmpty() && !h.equals(site) && !DomVocabulary.isHidden(e) && !sameAsSuffix(h, titles)) {
                h1s.add(e);
            }
        }
        // the longest h1 a title holds: a section's h1 ("Fachmeldungen") can stand in the title beside the post's
        Element matched = null;
        for (Element e : h1s) {
            if (matchesTitle(text.apply(e), titles)
                    && (matched == null || text.apply(e).length() > text.apply(matched).length())) {
                matched = e;
            }
        }
        if (matched != null) {
            return matched;
        }
        if (post != null && post != body) {
            for (Element e : h1s) {
                if (DomQuery.within(e, post)) {
                    return e;
                }
            }
        }
        if (h1s.size() == 1) {
            return h1s.get(0);
        }
        if (h1s.isEmpty()) {
            for (Element e : headings) {
                if (e.normalName().equals("h2") && matchesTitle(text.apply(e), titles)) {
                    return e;
                }
            }
            // a template that sets its headline in an h3 (a component library's typography) and has no h2
            // either: only an h3 that is the whole title, not a teaser's heading that a longer title holds;
            // where h2s stand above the h3s (a blog's date headers over its post titles) the h3 is a post's
            boolean h2 = false;
            for (Element e : headings) {
                h2 |= e.normalName().equals("h2");
            }
            for (Element e : headings) {
                if (!h2 && e.normalName().equals("h3") && !DomVocabulary.isHidden(e)
                        && isTitle(text.apply(e), titles)) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * Whether the text is only the shorter, last part of a title after a separator, as the site name in
     * "A long post title | Site".
     *
     * @param h      the normalised text
     * @param titles the normalised titles; may contain nulls
     */
    private static boolean sameAsSuffix(String h, List<String> titles) {
        for (String n : titles) {
            if (n == null) {
                continue;
            }
            if (!n.equals(h) && n.endsWith(h) && n.length() - h.length() > h.length() + 2) {
                String sep = n.substring(0, n.length() - h.length()).stripTrailing();
                if (sep.endsWith("|") || sep.endsWith("-") || sep.endsWith("\"") || sep.endsWith(":")
                        || sep.endsWith("/") || sep.endsWith("\u00b7")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the normalised text is one of the normalised titles (nulls among them passed over). */
    private static boolean isTitle(String h, List<String> titles) {
        if (h.length() < 4) {
            return false;
        }
        for (String t : titles) {
            if (t != null && t.equals(h)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the normalised titles (nulls among them passed over) holds the normalised text. */
    private static boolean matchesTitle(String h, List<String> titles) {
        if (h.length() < 4) {
            return false;
        }
        for (String t : titles) {
            if (t != null && t.contains(h)) {
                return true;
            }
        }
        return false;
    }

    /** First words of class names that carry a post's category or tag after them. */
    private static final Set<String> TERM_PREFIXES = Set.of("category", "tag", "format");

    /** Words that make the next part of a class name a description of the layout ("has-sidebar"). */
    private static final Set<String> MODIFIERS = Set.of("has", "with", "w", "no", "without", "show", "hide", "and");

    /**
     * The lower-case word tokens of the element's class names and id, as {@link DomVocabulary#tokens} reads
     * them (a modifier word such as "has" drops the rest of its class name), without regular expressions:
     * the scan asks this for every element of the page.
     */
    static List<String> tokens(Element e) {
        List<String> out = new ArrayList<>(4);
        read(e.className(), out);
        read(e.id(), out);
        return out;
    }

    /**
     * The flags of the vocabularies that the element's class and id tokens ({@link #tokens}) belong to, read
     * without making a string of any token.
     */
    private static int flags(Element e) {
        return flags(e.className(), e.id());
    }

    /** The flags of the vocabularies that the tokens of a class attribute and an id belong to ({@link #flags(Element)}). */
    private static int flags(String classes, String id) {
        return read(classes, null) | read(id, null);
    }

    /** Every vocabulary the scan asks about, each word with the flags of the sets that hold it. */
    private static final WordFlags VOCABULARY = vocabulary();

    private static WordFlags vocabulary() {
        java.util.Map<String, Integer> table = new java.util.HashMap<>();
        for (String w : ELSEWHERE) {
            table.merge(w, w.equals("sidebar") ? F_SIDEBAR : F_ELSEWHERE, (a, b) -> a | b);
        }
        table.merge("footer", F_FOOTER, (a, b) -> a | b);
        AUTHOR_TOKENS.forEach(w -> table.merge(w, F_AUTHOR, (a, b) -> a | b));
        NOT_BYLINE.forEach(w -> table.merge(w, F_NOT_BYLINE, (a, b) -> a | b));
        POST_TOKENS.forEach(w -> table.merge(w, F_POST, (a, b) -> a | b));
        TERM_PREFIXES.forEach(w -> table.merge(w, F_TERM_PREFIX, (a, b) -> a | b));
        MODIFIERS.forEach(w -> table.merge(w, F_MODIFIER, (a, b) -> a | b));
        return new WordFlags(table);
    }

    /**
     * Reads the word tokens of a class attribute or id: adds them to {@code out} when it is not null, and
     * returns the flags of those in the vocabulary.
     */
    private static int read(String names, List<String> out) {
        int flags = 0;
        int n = names.length();
        int i = 0;
        boolean modified = false;
        while (i < n) {
            char ch = names.charAt(i);
            if (DomQuery.isSpace(ch)) {
                modified = false; // a new class name
                i++;
                continue;
            }
            if (!isWordChar(ch)) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && isWordChar(names.charAt(j))) {
                j++;
            }
            int f = VOCABULARY.of(names, i, j);
            boolean first = i == 0 || DomQuery.isSpace(names.charAt(i - 1));
            if (first && j < n && names.charAt(j) == '-' && (f & F_TERM_PREFIX) != 0) {
                // WordPress names the post's categories and tags in its classes ("category-popular",
                // "tag-related"): the words are the post's terms, not a description of the element
                modified = true;
            } else if ((f & F_MODIFIER) != 0) {
                modified = true;
            } else if (!modified) {
                flags |= f;
                if (out != null) {
                    out.add(names.substring(i, j).toLowerCase(Locale.ROOT));
                }
            }
            i = j;
        }
        return flags;
    }

    private static boolean isWordChar(char c) {
        return DomQuery.isAsciiLetterOrDigit(c);
    }

    /** Whether the element itself (not its ancestors) is about other content, given its class and id flags. */
    private static boolean ownOtherContent(Element a, int flags) {
        String tag = a.normalName();
        if (tag.equals("nav") || tag.equals("aside")) {
            return true;
        }
        boolean elsewhere = (flags & F_ELSEWHERE) != 0;
        if (!elsewhere && (flags & F_SIDEBAR) != 0) {
            // an article's own side column (credits, the date it went online) is the post's; so is a layout's
            // name for the page beside its sidebar ("one-sidebar-second") around the h1
            boolean articleColumn = !tag.equals("article") && DomQuery.insideTag(a, "article");
            boolean pageBeside = !articleColumn && DomQuery.first(a, H1) != null
                    && DomQuery.first(a, MAIN_OR_ARTICLE) == null && a.childrenSize() > 1;
            elsewhere = !articleColumn && !pageBeside;
        }
        if (elsewhere) {
            // an article holding a headline is the post, whatever layout words its classes carry
            // ("sticky-sidebar-parent"); a wrapper around the page's main element ("nav-overlay-wrapper"
            // of a script-driven menu) holds the page's content, not other content
            return !(tag.equals("article") && DomQuery.first(a, H1) != null) && DomQuery.first(a, MAIN) == null;
        }
        return (tag.equals("footer") || (flags & F_FOOTER) != 0) && !insideArticle(a);
    }

    private static boolean insideArticle(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("article") || a.hasAttr("itemtype") && a.attr("itemtype").contains("Article")) {
                return true;
            }
            if (!a.className().isEmpty() || !a.id().isEmpty()) {
                if ((flags(a) & F_POST) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String SINGLE_QUOTES = "\u2018\u2019\u201A\u201B\u2032\u00B4`\u2039\u203A";
    private static final String DOUBLE_QUOTES = "\u201C\u201D\u201E\u201F\u00AB\u00BB";
    private static final java.util.regex.Pattern EDGE_PUNCTUATION =
            java.util.regex.Pattern.compile("^[\\p{P}\\s|~^]+|[\\p{P}\\s|~^]+$");

    /**
     * A form of a title for comparison: Unicode-normalised, lower case, typographic quotes and dashes made
     * plain, soft hyphens dropped, white space collapsed, punctuation trimmed at the ends.
     */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        // NFKC leaves ASCII text as it is: most titles need no normalisation pass
        String t = (DomQuery.isAscii(s, 0, s.length()) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC))
                .toLowerCase(Locale.ROOT).replace("\u00AD", "");
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (SINGLE_QUOTES.indexOf(c) >= 0) {
                c = '\'';
            } else if (DOUBLE_QUOTES.indexOf(c) >= 0) {
                c = '"';
            } else if (c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
                c = '-';
            }
            b.append(c);
        }
        t = HtmlBlocks.collapse(b.toString()).strip();
        return trimEdgePunctuation(t);
    }

    /**
     * The text without the punctuation, ASCII white space, "|", "~" and "^" at its ends, as
     * {@link #EDGE_PUNCTUATION} removes them, read with a loop: titles and headings are compared in this form.
     */
    private static String trimEdgePunctuation(String t) {
        int n = t.length();
        if (n > 0 && t.charAt(n - 1) == '\u0085') {
            // the pattern's "$" also matches before a final line terminator, and next line is the only one
            // that neither the character class holds nor strip() removes: the rare text ending in it keeps the pattern
            return EDGE_PUNCTUATION.matcher(t).replaceAll("");
        }
        int start = 0;
        while (start < n) {
            int c = t.codePointAt(start);
            if (!isEdge(c)) {
                break;
            }
            start += Character.charCount(c);
        }
        int end = n;
        while (end > start) {
            int c = t.codePointBefore(end);
            if (!isEdge(c)) {
                break;
            }
            end -= Character.charCount(c);
        }
        return t.substring(start, end);
    }

    /** Whether the character is one that {@link #EDGE_PUNCTUATION} trims: {@code [\p{P}\s|~^]}. */
    private static boolean isEdge(int c) {
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION:
                return true;
            default:
                return DomQuery.isPatternSpace(c) || c == '|' || c == '~' || c == '^';
        }
    }
}
