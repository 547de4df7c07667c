package org.pressmark.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the elements that hold the article text and strips the furniture inside them.
 *
 * <p>Platform markup comes first (Blogger, WordPress, hAtom, h-entry, schema.org), then the generic
 * {@code article}, {@code main} and {@code [role=main]}; the best candidate by text length and link
 * density wins. When no markup matches, or what matches holds almost nothing, a text-density score over
 * the block containers picks the subtree. A body split into sibling sections of the same kind (text,
 * figure, text) is taken whole. The posts of a forum thread (vBulletin, XenForo) are the roots, one per
 * post; ingredients and steps marked up as a recipe widen a root that misses them. All measures come from
 * one {@link DomStats} pass, so the cost is linear in the size of the page.
 */
final class HtmlContent {

    /** Content markup of blog platforms and vocabularies, the most specific first. */
    static final String PLATFORM = ".post-body, .entry-content, .post-content, .e-content, "
            + "[itemprop=articleBody], .article-body, .article-content, .story-body, .post-entry, "
            + ".article__body, .article-text, .entry-body, .post__content, .story-content, .article__content, "
            + ".body-text, .gh-content, .single-post-content, .td-post-content, .blog-post-body";
    /** {@link #PLATFORM}, parsed once. */
    static final Evaluator PLATFORM_QUERY = DomQuery.anyOf(PLATFORM);
    private static final Evaluator QUOTE_OR_FIGURE = QueryParser.parse("blockquote, figure");
    private static final Evaluator IMG = QueryParser.parse("img");
    /** Posts embedded from social networks, which templates often wrap in a container named "social" or "widget". */
    private static final Evaluator EMBEDDED_POST = DomQuery.anyOf("blockquote.twitter-tweet, blockquote.instagram-media, "
            + "blockquote.tiktok-embed, blockquote.mastodon-embed, blockquote.bluesky-embed, blockquote.threads-embed");
    private static final Evaluator GENERIC_QUERY = DomQuery.anyOf("article, main, [role=main]");
    private static final Set<String> ALWAYS_REMOVED = Set.of(
        "script", "style", "noscript", "template", "iframe", "object", "embed", "form", "button", "input",
        "select", "textarea", "svg", "canvas", "link", "meta", "dialog");
    /** Containers that the density fallback scores. */
    private static final Set<String> SCORED = Set.of("p", "pre", "blockquote", "td", "div", "section", "li");
    /** Containers that, holding mostly links, are lists of other pages rather than text. */
    private static final Set<String> LINK_CONTAINERS = Set.of(
            "ul", "ol", "div", "section", "table", "dl", "menu", "p", "span", "center");

    private HtmlContent() {
    }

    /**
     * Removes what is never article text anywhere in the body: scripts, forms, hidden elements.
     *
     * @param stats the figures of the body, kept up to date as elements go
     */
    static void removeNonContent(Element body, DomStats stats) {
        int total = stats.text(body);
        List<Element> doomed = new ArrayList<>();
        List<Element> unwrapped = new ArrayList<>();
        for (Element e : stats.elements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (ALWAYS_REMOVED.contains(tag)) {
                if (tag.equals("form") && stats.text(e) * 2 >= total) {
                    unwrapped.add(e); // some sites wrap the whole page in one form
                } else {
                    doomed.add(e);
                }
            } else if (DomVocabulary.isHidden(e) && stats.text(e) * 2 < total) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            stats.remove(e);
        }
        for (Element e : unwrapped) {
            if (e.parent() != null) {
                e.unwrap();
            }
        }
    }

    /**
     * Picks the content roots.
     *
     * @return the elements holding the article in page order, or the body alone when nothing better is found
     */
    static List<Element> findRoots(Element body) {
        return findRoots(body, DomStats.of(body), null, null);
    }

    /**
     * Picks the content roots, preferring the element that agrees clearly best with the article text the
     * page states in its JSON-LD, when it states one; a block just before the root that opens with the
     * description the page states in its metadata is the article's lead.
     *
     * @param stats the figures of the body as it is now
     * @param stated the stated article text, or null
     * @param description the page's stated description, or null
     * @return the elements holding the article in page order, or the body alone when nothing better is found
     */
    static List<Element> findRoots(Element body, DomStats stats, HtmlArticleBody stated, String description) {
        Marked marked = new Marked();
        Element dense = densest(body, stats, marked);
        if (marked.posts.size() > 1) {
            return List.copyOf(marked.posts);
        }
        Element platform = best(body, PLATFORM_QUERY, stats, dense);
        if (platform == null) {
            platform = productDescription(body, stats);
        }
        Element candidate = platform != null ? platform : best(body, GENERIC_QUERY, stats, dense);
        Element root;
        if (candidate == null) {
            root = dense == null ? body : dense;
        } else {
            int len = stats.text(candidate);
            boolean tooSmall = len < 200;
            if (dense != null && tooSmall && stats.text(dense) > 2 * len && !DomQuery.isAncestor(dense, candidate)) {
                root = dense;
            } else {
                root = candidate;
            }
        }
        if (stated != null) {
            root = stated.prefer(root, body);
        }
        root = withRecipe(root, marked.recipe, body);
        List<Element> roots = root.normalName().equals("td") ? layoutCells(root, stats) : withSiblings(root, stats);
        Element lead = leadBefore(roots.get(0), body, stats, descriptionStart(description));
        if (lead != null) {
            List<Element> withLead = new ArrayList<>(roots.size() + 1);
            withLead.add(lead);
            withLead.addAll(roots);
            return withLead;
        }
        return roots;
    }

    private static final Evaluator DESCRIPTION_PROPERTY = DomQuery.anyOf("[itemprop=description]");

    /**
     * The description of the product a page marks up with schema.org microdata (an {@code itemprop=description}
     * whose item is a {@code Product}): the text of a shop's product page, which no article markup names. The
     * longest one outside the parts of the page about other content; or null.
     */
    private static Element productDescription(Element body, DomStats stats) {
        Element best = null;
        int total = stats.text(body);
        for (Element e : stats.select(body, DESCRIPTION_PROPERTY)) {
            int len = stats.text(e);
            if (len > 0 && (best == null || len > stats.text(best)) && isProduct(DomQuery.itemOf(e))
                    && !elsewhere(e, body, total, stats)) {
                best = e;
            }
        }
        return best;
    }

    private static boolean isProduct(Element item) {
        if (item == null) {
            return false;
        }
        String type = item.attr("itemtype").strip();
        return type.endsWith("schema.org/Product") || type.endsWith("schema.org/Product/");
    }

    /** The most text a header block before the body may hold, title, lead, byline and labels together. */
    private static final int MAX_HEADER_TEXT = 1200;
    /** Class and id words of a lead paragraph set apart from the body text. */
    private static final Set<String> LEAD_NAMES = Set.of(
            "lead", "teaser", "intro", "excerpt", "summary", "standfirst", "abstract", "einleitung", "chapo",
            "kicker", "subtitle", "deck", "vorspann");

    /**
     * The article's lead, when templates keep it apart from the body container: an element named as a
     * lead (teaser, intro, excerpt, standfirst) just before the root, or before an ancestor that holds
     * little besides the root. It must read as prose: some length, few links.
     */
    private static Element leadBefore(Element root, Element body, DomStats stats, String described) {
        int rootText = stats.text(root);
        for (Element a = root; a != null && a != body; a = a.parent()) {
            if (a != root && stats.text(a) > rootText * 1.3 + 800) {
                return null;
            }
            for (Element prev = a.previousElementSibling(); prev != null; prev = prev.previousElementSibling()) {
                int len = stats.text(prev);
                if (len == 0) {
                    continue;
                }
                if (isReadableLead(prev, stats)) {
                    return prev;
                }
                Element stating = described != null && len >= 40 && len <= MAX_HEADER_TEXT
                        ? statesDescription(prev, described, stats) : null;
                if (stating != null) {
                    return stating;
                }
                // a header block before the body (title, lead, byline) holds the lead among its parts
                Element inner = len >= 40 && len <= MAX_HEADER_TEXT ? leadIn(prev, stats) : null;
                if (inner != null) {
                    return inner;
                }
                if (len > 40 && !prev.normalName().equals("figure") && prev.selectFirst(IMG) == null) {
                    break; // only the nearest text before the root can be its lead; labels and pictures may sit between
                }
            }
        }
        return null;
    }

    /** Characters of the stated description that a lead must open with. */
    private static final int DESCRIPTION_PREFIX = 50;

    /**
     * The opening of the stated description, whitespace collapsed, when it is long enough to tell a lead
     * (descriptions are often the lead cut short); or null.
     */
    static String descriptionStart(String description) {
        if (description == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(DESCRIPTION_PREFIX);
        boolean space = false;
        for (int i = 0; i < description.length() && out.length() < DESCRIPTION_PREFIX; i++) {
            char c = description.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.length() >= 40 ? out.toString() : null;
    }

    /**
     * The outermost element of a small block before the body whose text opens with the page's stated
     * description and reads as prose: a lead that templates set apart without naming it.
     */
    private static Element statesDescription(Element block, String described, DomStats stats) {
        for (Element e : block.getAllElements()) {
            if (stats.text(e) >= described.length() && stats.linkDensity(e) < 0.3
                    && (stats.punctuation(e) >= 1 || stats.text(e) >= 100)
                    && !isHeading(e) && e.text().startsWith(described)) {
                return e;
            }
        }
        return null;
    }

    private static boolean isHeading(Element e) {
        String tag = e.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static boolean isLead(Element e, DomStats stats) {
        for (String t : stats.tokens(e)) {
            if (LEAD_NAMES.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The root with its siblings of the same tag and class, when the article is split into such parts
     * (text sections between figures or advertisements) and those parts hold text of their own. Sibling
     * {@code article} elements are separate posts and are never joined. When the root has no such siblings
     * but is the text column of a chunk (text beside an advertising rail) and the chunk repeats with the same
     * tag and class, the same text column of each repeat is taken too.
     */
    private static List<Element> withSiblings(Element root, DomStats stats) {
        if (!joinable(root)) {
            return List.of(root);
        }
        List<Element> parts = new ArrayList<>();
        for (Element sibling : root.parent().children()) {
            if (sibling == root || samePart(sibling, root, stats)) {
                parts.add(sibling);
            }
        }
        if (parts.size() > 1) {
            return parts;
        }
        // the chunk may be wrapped more than once (a wrapper per part, advertisements injected between wrappers)
        Element chunk = root.parent();
        // a root named as content by its platform may have its repeats in bare wrappers; a box found by density not
        boolean content = root.is(PLATFORM_QUERY);
        for (int depth = 0; depth < MAX_CHUNK_DEPTH; depth++) {
            if (!(joinable(chunk) || content && bareWrapper(chunk)) || isPost(chunk)
                    || stats.text(root) < 0.8 * stats.text(chunk)) {
                return parts;
            }
            List<Element> columns = columns(chunk, root, depth == 0, stats);
            if (columns.size() > 1) {
                return columns;
            }
            chunk = chunk.parent();
        }
        return parts;
    }

    /**
     * The root cell with the cells of prose in the other rows of its table, in page order, when the page is laid
     * out in a table with a row for each text box (site builders of the table era): the text is split into
     * boxes, each box a cell of its own row. Cells holding tables, lists of links, furniture or little text stay out.
     */
    private static List<Element> layoutCells(Element root, DomStats stats) {
        Element row = root.parent();
        Element table = row == null ? null : row.parent();
        if (table != null && !table.normalName().equals("table")) {
            table = table.parent(); // tbody
        }
        if (row == null || !row.normalName().equals("tr") || table == null || !table.normalName().equals("table")) {
            return List.of(root);
        }
        List<Element> cells = new ArrayList<>();
        for (Element section : table.children()) {
            for (Element r : section.normalName().equals("tr") ? List.of(section) : section.children()) {
                for (Element cell : r.children()) {
                    if (cell == root || r != row && isProseCell(cell, stats)) {
                        cells.add(cell);
                    }
                }
            }
        }
        return cells.size() > 1 ? cells : List.of(root);
    }

    /** The least text a cell of a layout table needs to count as a box of the text. */
    private static final int MIN_CELL_TEXT = 100;

    private static boolean isProseCell(Element cell, DomStats stats) {
        return cell.normalName().equals("td") && stats.text(cell) >= MIN_CELL_TEXT && stats.linkDensity(cell) < 0.3
                && stats.punctuation(cell) >= 2 && !stats.isFurnitureByName(cell)
                && cell.selectFirst(TABLE) == null;
    }

    private static final Evaluator TABLE = QueryParser.parse("table");

    /** How many wrappers around the root {@link #withSiblings} climbs to find the repeats of its chunk. */
    private static final int MAX_CHUNK_DEPTH = 3;

    /**
     * The root and, in each repeat of its chunk (a sibling with the chunk's tag and class), the first part of
     * the same kind: a child of the repeat when the chunk is the root's parent, else any descendant.
     */
    private static List<Element> columns(Element chunk, Element root, boolean children, DomStats stats) {
        List<Element> columns = new ArrayList<>();
        for (Element sibling : chunk.parent().children()) {
            if (sibling == chunk) {
                columns.add(root);
            } else if (sibling.normalName().equals(chunk.normalName()) && sibling.className().equals(chunk.className())) {
                for (Element column : children ? sibling.children() : sibling.getElementsByTag(root.normalName())) {
                    if (samePart(column, root, stats)) {
                        if (!mostlyFurniture(column, stats)) {
                            columns.add(column);
                        }
                        break;
                    }
                }
            }
        }
        return columns;
    }

    /** Whether half the element's text or more sits in one element named as furniture (related posts, a share bar). */
    private static boolean mostlyFurniture(Element part, DomStats stats) {
        int half = (stats.text(part) + 1) / 2;
        for (Element e : part.getAllElements()) {
            if (e != part && stats.text(e) >= half && stats.isFurnitureByName(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an element is a bare wrapper around one part: a {@code div} without class or id holding a single
     * element, as script frameworks wrap each slide or section of a body. Its repeats are its bare siblings.
     */
    private static boolean bareWrapper(Element e) {
        return e.parent() != null && e.normalName().equals("div") && e.childrenSize() == 1
                && e.className().isBlank() && e.id().isEmpty();
    }

    /** Whether an element may be joined with parts of the same kind: it has a class, a parent, and is no post. */
    private static boolean joinable(Element e) {
        // sibling articles are separate posts, never parts of one
        return e.parent() != null && !e.className().isBlank() && !e.normalName().equals("body")
                && !e.normalName().equals("article");
    }

    /** Whether an element is another part of the same body as the root: same tag and class, text of its own. */
    private static boolean samePart(Element e, Element root, DomStats stats) {
        return e != root && e.normalName().equals(root.normalName()) && e.className().equals(root.className())
                && stats.text(e) >= 100 && stats.linkDensity(e) < 0.5 && !stats.isFurnitureByName(e);
    }

    /** A post container by markup: {@code article}, {@code .post}, {@code .hentry}, {@code .h-entry}. */
    private static boolean isPost(Element e) {
        return e.normalName().equals("article") || e.hasClass("post") || e.hasClass("hentry") || e.hasClass("h-entry");
    }

    /**
     * The best candidate matched by the query. Post cards (articles among sibling articles) only count
     * when the densest text sits in one of them: otherwise they are a grid of related or latest posts
     * beside the real body.
     */
    private static Element best(Element body, Evaluator query, DomStats stats, Element dense) {
        List<Element> found = new ArrayList<>();
        int total = stats.text(body);
        for (Element e : stats.select(body, query)) {
            if (stats.text(e) > 0 && !DomQuery.insideTag(e, "a") && !elsewhere(e, body, total, stats)) {
                found.add(e);
            }
        }
        if (found.stream().noneMatch(e -> isCard(e) && dense != null && DomQuery.within(dense, e))) {
            found.removeIf(HtmlContent::isCard);
        }
        // a candidate holding other candidates (a listing of posts) scores only its own text
        Map<Element, Integer> nested = new IdentityHashMap<>();
        for (Element e : found) {
            for (Element p = e.parent(); p != null && p != body; p = p.parent()) {
                if (found.contains(p)) {
                    nested.merge(p, stats.text(e), Integer::sum);
                    break;
                }
            }
        }
        Element best = null;
        double bestScore = -1;
        for (Element e : found) {
            int own = stats.text(e) - nested.getOrDefault(e, 0);
            double score = Math.max(own, stats.text(e) * 0.1) * (1 - stats.linkDensity(e));
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
                if (e != best && stats.text(e) >= 0.8 * stats.text(best) && DomQuery.isAncestor(best, e)) {
                    best = e;
                    moved = true;
                    break;
                }
            }
        }
        return best;
    }

    /** An {@code article} with sibling articles: one card of a grid or listing of posts. */
    private static boolean isCard(Element e) {
        if (!e.normalName().equals("article") || e.parent() == null) {
            return false;
        }
        int articles = 0;
        for (Element sibling : e.parent().children()) {
            if (sibling.normalName().equals("article") && ++articles >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a candidate sits in navigation, an aside, a footer outside a post, or a container named for
     * other content (related posts, a sidebar). A container that holds most of the page is a layout
     * column whatever its name says ({@code has-right-sidebar} wrappers), so it does not count.
     */
    private static boolean elsewhere(Element e, Element body, int total, DomStats stats) {
        if (!DomVocabulary.aboutOtherContent(e, stats)) {
            return false;
        }
        for (Element a = e; a != null && a != body; a = a.parent()) {
            String tag = a.normalName();
            boolean named = tag.equals("nav") || tag.equals("aside")
                    || DomVocabulary.isElsewhereByName(stats.tokens(a)) && !namedForItsLayout(a, e);
            if (named && stats.text(a) * 2 < total) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a container's name for other content describes the layout around it, not what it holds: the
     * candidate itself named as content by its platform ({@code article-content sticky-sidebar-relative}), or
     * an {@code article} holding the page's headline ({@code article sticky-sidebar-parent}).
     */
    private static boolean namedForItsLayout(Element a, Element candidate) {
        if (a == candidate) {
            return a.is(PLATFORM_QUERY);
        }
        return a.normalName().equals("article") && a.selectFirst(H1) != null;
    }

    private static final Evaluator H1 = QueryParser.parse("h1");

    /** schema.org microdata properties naming the ingredients and the steps of a recipe. */
    private static final Set<String> RECIPE_PROPERTIES = Set.of("recipeIngredient", "ingredients", "recipeInstructions");

    /**
     * The root widened to the recipe the page marks up, when the ingredients or steps (schema.org microdata)
     * lie outside it: recipe cards hold them in lists and tables beside the prose, which the density score
     * passes over. The recipe's container replaces a root inside it or beside it.
     */
    private static Element withRecipe(Element root, List<Element> parts, Element body) {
        Element recipe = null;
        boolean outside = false;
        for (Element part : parts) {
            if (!DomQuery.within(part, root)) {
                outside = true;
            }
            recipe = recipe == null ? part : commonAncestor(recipe, part);
        }
        if (!outside || recipe == null || recipe == body || DomQuery.within(body, recipe)) {
            return root;
        }
        // a root inside the recipe is part of it; a root beside it is a box of the page around the recipe
        return recipe;
    }

    private static Element commonAncestor(Element a, Element b) {
        for (Element p = a; p != null; p = p.parent()) {
            if (DomQuery.within(b, p)) {
                return p;
            }
        }
        return a.ownerDocument();
    }

    /** Elements the density walk meets that markup names as parts of the text, in page order. */
    private static final class Marked {
        /** Ingredients and steps of a schema.org recipe (microdata). */
        final List<Element> recipe = new ArrayList<>();
        /** The message bodies of forum posts. */
        final List<Element> posts = new ArrayList<>();
    }

    /**
     * The message body of a post in a forum thread, by the templates of the common forum platforms: vBulletin's
     * {@code blockquote.postcontent}, XenForo's {@code .bbWrapper} directly in its {@code .message-body}.
     */
    private static boolean isForumPost(Element e, DomStats stats) {
        return e.normalName().equals("blockquote") ? stats.hasClass(e, "postcontent")
                : stats.hasClass(e, "bbwrapper") && e.parent() != null && stats.hasClass(e.parent(), "message-body");
    }

    /**
     * Text-density fallback: scores paragraphs into their containers and picks the best container; on the way
     * collects the parts of a recipe and the posts of a forum thread.
     */
    private static Element densest(Element body, DomStats stats, Marked marked) {
        Map<Element, Double> scores = new HashMap<>();
        scoreInto(body, body, false, stats, scores, marked);
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            double score = s.getValue() * (1 - stats.linkDensity(s.getKey()));
            if (score > bestScore) {
                best = s.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /** Walks the tree once, leaving out subtrees that are about other content. */
    private static void scoreInto(Element e, Element body, boolean skip, DomStats stats, Map<Element, Double> scores,
            Marked marked) {
        int total = stats.text(body);
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (!(e.childNode(i) instanceof Element c)) {
                continue;
            }
            int len = stats.text(c);
            if (RECIPE_PROPERTIES.contains(DomQuery.attr(c, "itemprop"))) {
                marked.recipe.add(c);
            } else if (len > 0 && isForumPost(c, stats)) {
                marked.posts.add(c);
            }
            String tag = c.normalName();
            boolean scored = SCORED.contains(tag);
            boolean holdsText = len > 0;
            if (!scored && !holdsText) {
                continue; // neither scored nor walked into: whether it is about other content does not matter
            }
            boolean elsewhere = skip || tag.equals("nav") || tag.equals("aside") || tag.equals("footer")
                    || tag.equals("header")
                    // a container holding most of the page is a layout column whatever its name says
                    // (l-sidebar-fixed around the body), as it is for the candidates; a list is no column:
                    // a list of related posts may outweigh a short post and is still about other pages
                    || DomVocabulary.isElsewhereByName(stats.tokens(c)) && (len * 2 < total
                            || tag.equals("ul") || tag.equals("ol"));
            if (!elsewhere && scored) {
                scoreOne(c, body, stats, scores);
            }
            if (holdsText) {
                scoreInto(c, body, elsewhere, stats, scores, marked);
            }
        }
    }

    /** Whether any child element is a block (a {@code br} or an inline mark is not). */
    private static boolean hasBlockChild(Element e) {
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
            if (c.isBlock()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code !Character.isWhitespace(c)}, asked for every character of the text a scored element holds
     * itself. The usual character, from '!' to U+167F (none of them white space), is answered by comparisons
     * small enough for the quick JIT (C1) to inline; only the rest go to the JDK's tables, which C1 reaches
     * through calls. (The full JIT is faster with the tables for spaces than with
     * {@link DomQuery#isSpace}'s comparisons.)
     */
    static boolean isNotWhitespace(char c) {
        return c > ' ' && c < '\u1680' || !Character.isWhitespace(c);
    }

    private static void scoreOne(Element e, Element body, DomStats stats, Map<Element, Double> scores) {
        String tag = e.normalName();
        // a div of lines without blocks in it (text broken with br) is a paragraph written without p: its
        // score goes to its container, so that text set in such modules outweighs a boxed paragraph beside it;
        // a div that is mostly a link (a teaser's headline) is no paragraph
        boolean paragraphLike = tag.equals("p") || tag.equals("pre") || tag.equals("blockquote")
                || tag.equals("div") && stats.linkDensity(e) < 0.5 && !hasBlockChild(e);
        int len;
        int punct;
        if (paragraphLike) {
            len = stats.text(e);
            punct = stats.punctuation(e);
        } else {
            len = 0;
            punct = 0;
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        char ch = s.charAt(i);
                        if (isNotWhitespace(ch)) {
                            len++;
                            if (DomStats.isPunctuation(ch)) {
                                punct++;
                            }
                        }
                    }
                } else if (n instanceof Element c && !c.isBlock()) {
                    len += stats.text(c);
                    punct += stats.punctuation(c);
                }
            }
        }
        if (len < 20) {
            return;
        }
        double score = 1 + Math.min(len / 85.0, 3) + 0.5 * punct;
        Element parent = paragraphLike ? e.parent() : e;
        if (parent == null) {
            return;
        }
        scores.merge(parent, score, Double::sum);
        if (parent.parent() != null && parent != body) {
            scores.merge(parent.parent(), score / 2, Double::sum);
        }
    }

    /**
     * Removes furniture inside a content root: navigation, asides, footers, headers, elements whose class
     * or id names furniture, and containers of mostly links (lists of other pages, tag clouds, share
     * bars). Never the root itself, nor an element holding most of the text.
     *
     * @param stats figures of the root's subtree as it is now (those of the whole body serve)
     */
    static void removeFurniture(Element root, DomStats stats) {
        int total = stats.text(root);
        List<Element> doomed = new ArrayList<>();
        List<Element> leads = new ArrayList<>();
        List<Element> posts = stats.select(root, EMBEDDED_POST); // once, so furniture candidates need no search of their own
        for (Element card : postCards(root, stats, total)) {
            doomed.add(card);
            leads.add(null);
        }
        collectFurniture(root, posts, stats, total, doomed, leads);
        for (int i = 0; i < doomed.size(); i++) {
            Element lead = leads.get(i);
            if (lead != null) {
                doomed.get(i).before(lead); // the lead leaves the header before the header goes
            }
            doomed.get(i).remove();
        }
    }

    private static void collectFurniture(Element parent, List<Element> posts, DomStats stats, int total, List<Element> doomed,
                                         List<Element> leads) {
        for (int i = 0, n = parent.childNodeSize(); i < n; i++) {
            if (!(parent.childNode(i) instanceof Element e)) {
                continue;
            }
            if (opensRestrictedMessage(e, stats)) {
                // what follows the marker is the message to readers without access, not the article
                for (Element m = e; m != null; m = m.nextElementSibling()) {
                    doomed.add(m);
                    leads.add(null);
                }
                return;
            }
            if (isFurniture(e, posts, stats, total)) {
                Element label = e.previousElementSibling();
                if (label != null && !e.normalName().equals("p") && isLabel(label, stats)
                        && (isLinkList(e, e.normalName(), stats) || isPromoTeaser(e, stats))
                        && (doomed.isEmpty() || doomed.get(doomed.size() - 1) != label)) {
                    doomed.add(label); // "More on this topic:" over a list of links goes with the list
                    leads.add(null);
                }
                doomed.add(e);
                leads.add(e.normalName().equals("header") ? leadIn(e, stats) : null);
            } else {
                collectFurniture(e, posts, stats, total, doomed, leads);
            }
        }
    }

    /** Class and id words of a paywall or of content kept for subscribers. */
    private static final Set<String> RESTRICTED_NAMES = Set.of("paywall", "restrict", "restricted");
    /** Class and id words of a marker that opens something. */
    private static final Set<String> START_NAMES = Set.of("start", "begin", "begins");

    /**
     * An empty marker named as the start of a restricted-content message ({@code restrict-content-message-start}),
     * as subscription plugins set it where the free part of an article ends, after some text: the appeal to
     * subscribe that follows it is no part of the article.
     */
    private static boolean opensRestrictedMessage(Element e, DomStats stats) {
        if (stats.text(e) > 0 || e.nextElementSibling() == null) {
            return false;
        }
        boolean restricted = false;
        boolean start = false;
        for (String t : stats.tokens(e)) {
            restricted |= RESTRICTED_NAMES.contains(t);
            start |= START_NAMES.contains(t);
        }
        if (!restricted || !start) {
            return false;
        }
        // the free part of the article comes first; a marker before any text opens nothing that can be told apart
        for (Element m = e.previousElementSibling(); m != null; m = m.previousElementSibling()) {
            if (stats.text(m) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A heading or a short line without links that is no sentence (at most one punctuation mark, ending in a
     * letter, a digit or a colon): the label of what follows.
     */
    private static boolean isLabel(Element e, DomStats stats) {
        String tag = e.normalName();
        boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
        if (!heading && !tag.equals("p") && !tag.equals("div")) {
            return false;
        }
        int len = stats.text(e);
        if (len == 0 || len > 80 || stats.linkText(e) > 0 || stats.punctuation(e) > 1) {
            return false;
        }
        String text = e.text();
        char last = text.charAt(text.length() - 1);
        return last == ':' || Character.isLetterOrDigit(last);
    }

    /**
     * The article's lead inside a header of the post (title, lead, byline and date kept together): the first
     * element named as a lead (intro, excerpt, subtitle, standfirst) that reads as prose; or null.
     */
    private static Element leadIn(Element header, DomStats stats) {
        for (Element e : header.getAllElements()) {
            if (e != header && isReadableLead(e, stats)) {
                return e;
            }
        }
        return null;
    }

    /** The least text a lead holds. */
    private static final int MIN_LEAD_TEXT = 40;

    /**
     * An element named as a lead that reads as one. Its length is asked first: it rules out most elements
     * (icons, labels, empty wrappers) without splitting their names.
     */
    private static boolean isReadableLead(Element e, DomStats stats) {
        return stats.text(e) >= MIN_LEAD_TEXT && isLead(e, stats) && readsAsLead(e, stats);
    }

    /**
     * Few links, some punctuation, not named as furniture, and not cut short with an ellipsis as teasers of
     * posts are; the length ({@link #MIN_LEAD_TEXT}) is {@link #isReadableLead}'s first test.
     */
    private static boolean readsAsLead(Element e, DomStats stats) {
        if (stats.linkDensity(e) >= 0.3 || stats.punctuation(e) < 1 || stats.isFurnitureByName(e)) {
            return false;
        }
        String text = e.text();
        return !text.endsWith("...") && !text.endsWith("…") && !text.endsWith("[…]");
    }

    private static boolean isFurniture(Element e, List<Element> posts, DomStats stats, int total) {
        String tag = e.normalName();
        int len = stats.text(e);
        if (len * 2 > total) {
            return isListOfOtherPosts(e, stats); // beside a short post, the list of related posts may be the longer part
        }
        boolean furniture = tag.equals("nav") || tag.equals("aside")
                || tag.equals("footer") && e.closest(QUOTE_OR_FIGURE) == null
                || tag.equals("header") && e.closest(QUOTE_OR_FIGURE) == null && !isReadableLead(e, stats)
                || stats.isFurnitureByName(e) || DomVocabulary.isHidden(e);
        if (furniture) {
            return !holdsPlatformContent(e, stats) && !wrapsEmbeddedPost(e, posts, stats);
        }
        return isLinkList(e, tag, stats) || isPromoTeaser(e, stats);
    }

    /** Post containers by markup, as {@link #isPost} tells them. */
    private static final Evaluator POST_QUERY = DomQuery.anyOf("article, .post, .hentry, .h-entry");

    /**
     * Cards of other posts inside the root: post containers by markup (an {@code article}, {@code .hentry})
     * whose headline is a link and which hold little text besides their links, as blog modules and post grids
     * set them beside the text. The post's own headline is not a link to itself. Together they must hold less
     * than half the root's text, so that a listing taken as the root keeps its posts.
     */
    private static List<Element> postCards(Element root, DomStats stats, int total) {
        List<Element> cards = new ArrayList<>();
        int text = 0;
        for (Element e : stats.select(root, POST_QUERY)) {
            if (e == root || !cards.isEmpty() && DomQuery.isAncestor(cards.get(cards.size() - 1), e)
                    || stats.text(e) - stats.linkText(e) > MAX_TEASER_TEXT || !hasLinkedHeadline(e, stats)) {
                continue;
            }
            cards.add(e);
            text += stats.text(e);
        }
        return text * 2 < total ? cards : List.of();
    }

    /** Whether a heading inside the element is all or nearly all link text, or sits inside a link. */
    private static boolean hasLinkedHeadline(Element e, DomStats stats) {
        for (Element h : e.getAllElements()) {
            if (isHeading(h) && stats.text(h) > 0
                    && (stats.linkText(h) * 5 >= stats.text(h) * 4 || insideLink(h, e))) {
                return true;
            }
        }
        return false;
    }

    /** The fewest items of a list of other posts that may outweigh the post itself. */
    private static final int MIN_OTHER_POSTS = 3;

    /**
     * A list named for other content (related, popular posts) whose every item opens with a link: the
     * titles of other posts with their excerpts, however much of the root's text the excerpts make.
     */
    private static boolean isListOfOtherPosts(Element e, DomStats stats) {
        String tag = e.normalName();
        if (!tag.equals("ul") && !tag.equals("ol") || !DomVocabulary.isElsewhereByName(stats.tokens(e))) {
            return false;
        }
        int items = 0;
        for (Element li : e.children()) {
            if (!li.normalName().equals("li") || !opensWithLink(li, stats)) {
                return false;
            }
            items++;
        }
        return items >= MIN_OTHER_POSTS;
    }

    /** Whether the element's first text is the text of a link among its children. */
    private static boolean opensWithLink(Element e, DomStats stats) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    return false;
                }
            } else if (n instanceof Element c && stats.text(c) > 0) {
                return c.normalName().equals("a");
            }
        }
        return false;
    }

    /** The most text a teaser of other pages holds besides its links: a headline's blurb, a few of them. */
    private static final int MAX_TEASER_TEXT = 500;

    /**
     * A teaser of another page set into the text: an element named a teaser (by class, id or a custom tag
     * such as {@code inline-teaser}) whose headline is a link, with a short blurb. A lead named "teaser"
     * has no linked headline, so it stays.
     */
    static boolean isPromoTeaser(Element e, DomStats stats) {
        if (!namedTeaser(e, stats)) {
            return false;
        }
        int unlinked = stats.text(e) - stats.linkText(e);
        // a teaser whose headline is no link still leads on with a link ("To the magazine") and says little
        return unlinked <= MAX_TEASER_TEXT && hasLinkedHeadline(e, stats)
                || stats.linkText(e) > 0 && unlinked <= MAX_LINK_TEASER_TEXT;
    }

    /** The most text besides its links a teaser without a linked headline holds: a label and a title. */
    private static final int MAX_LINK_TEASER_TEXT = 100;

    /** Whether an element sits in a link up to the given ancestor: an {@code a}, or a custom element with an href. */
    private static boolean insideLink(Element e, Element upTo) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.hasAttr("href")) {
                return true;
            }
            if (p == upTo) {
                return false;
            }
        }
        return false;
    }

    private static boolean namedTeaser(Element e, DomStats stats) {
        if (e.normalName().contains("teaser")) {
            return true;
        }
        for (String t : stats.tokens(e)) {
            if (t.equals("teaser") || t.equals("teasers")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A container that is mostly link text with little punctuation: related posts, tag lists, share
     * buttons, "more from" lists. A list of links needs only half its text linked; other containers more.
     */
    static boolean isLinkList(Element e, String tag, DomStats stats) {
        if (!LINK_CONTAINERS.contains(tag)) {
            return false;
        }
        int len = stats.text(e);
        if (len == 0) {
            return false;
        }
        double density = stats.linkDensity(e);
        int unlinked = len - stats.linkText(e);
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("menu") || tag.equals("dl");
        if (list) {
            return density >= 0.5 && unlinked < 300 && !hasProseItems(e, stats);
        }
        if (tag.equals("p")) {
            return density >= 0.9 && len < 200 && !linkAmongProse(e, stats);
        }
        return density >= 0.65 && unlinked < 150;
    }

    /**
     * A paragraph that is one link set between two paragraphs of prose: an address, a document or a page the
     * text points to in its course, not a teaser of other posts (those come in runs, or at the end).
     */
    private static boolean linkAmongProse(Element p, DomStats stats) {
        if (p.childrenSize() != 1 || !p.child(0).normalName().equals("a")) {
            return false;
        }
        return isProse(p.previousElementSibling(), stats) && isProse(p.nextElementSibling(), stats);
    }

    private static boolean isProse(Element e, DomStats stats) {
        return e != null && e.normalName().equals("p") && stats.text(e) >= 25 && stats.punctuation(e) >= 1
                && stats.linkDensity(e) < 0.3;
    }

    /** Whether a list's items read as sentences (a list of footnotes or of sources with comments). */
    private static boolean hasProseItems(Element list, DomStats stats) {
        int items = 0;
        int prose = 0;
        for (Element li : list.children()) {
            items++;
            if (stats.text(li) - stats.linkText(li) > 60 && stats.punctuation(li) >= 2) {
                prose++;
            }
        }
        return items > 0 && prose * 2 >= items;
    }

    /**
     * Whether a container named as furniture mostly wraps posts embedded from a social network: the quoted
     * post is part of the article, however its wrapper is named ({@code social-media-embed}, {@code article-widget}).
     */
    private static boolean wrapsEmbeddedPost(Element e, List<Element> posts, DomStats stats) {
        int embedded = 0;
        for (Element post : posts) {
            if (DomQuery.isAncestor(e, post)) {
                embedded += stats.text(post);
            }
        }
        return embedded > 0 && embedded * 2 >= stats.text(e);
    }

    private static boolean holdsPlatformContent(Element e, DomStats stats) {
        List<Element> found = stats.select(e, PLATFORM_QUERY);
        return !found.isEmpty() && found.get(0) != e;
    }
}
