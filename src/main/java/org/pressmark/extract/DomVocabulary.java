package org.pressmark.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * The class and id vocabulary of page furniture, matched as word tokens: {@code share-bar} and
 * {@code post_share} hold the token {@code share}, {@code shareholder} does not. Also tells hidden
 * elements and elements inside furniture apart.
 */
final class DomVocabulary {

    /** Single tokens that mark furniture wherever they appear in a class or id. */
    private static final Set<String> FURNITURE = Set.of(
            "share", "shares", "sharing", "sharedaddy", "social", "sociable", "addthis", "addtoany",
            "related", "relatedposts", "comment", "comments", "commentlist", "respond", "newsletter",
            "subscribe", "subscription", "signup", "promo", "promotion", "advert", "advertisement", "ad",
            "ads", "adsense", "sponsor", "sponsored", "sidebar", "widget", "widgets", "breadcrumb",
            "breadcrumbs", "pagination", "pager", "cookie", "cookies", "consent", "paywall", "byline",
            "navigation", "navbar", "menu", "masthead", "linkwithin", "popular", "trending", "recommended",
            "outbrain", "taboola", "disqus", "printfriendly", "skip", "featuredpost", "popularposts", "date", "dateline", "timestamp",
            "copyright", "print", "donation", "donations", "donate", "disclosure", "notice", "rating", "ratings",
            "overlay", "popup", "flyout", "postmetadata", "cta",
            // boxes of the publisher's, not the article's: contact details, a shop's buy box, the licence note,
            // and a group of teasers of other pages (a single "teaser" may be the lead, a group never is)
            "contact", "contactbox", "buybox", "license", "licence", "lizenz", "teasers");

    /** Token pairs that mark furniture together, such as {@code author-bio} or {@code read-more}. */
    private static final List<String[]> FURNITURE_PAIRS = List.of(
            new String[] {"author", "bio"}, new String[] {"author", "box"}, new String[] {"about", "author"},
            new String[] {"author", "info"}, new String[] {"read", "more"}, new String[] {"more", "stories"},
            new String[] {"entry", "meta"}, new String[] {"post", "meta"}, new String[] {"post", "footer"},
            new String[] {"entry", "footer"}, new String[] {"post", "header"}, new String[] {"post", "labels"},
            new String[] {"tags", "links"}, new String[] {"cat", "links"}, new String[] {"post", "author"},
            new String[] {"post", "navigation"}, new String[] {"nav", "links"}, new String[] {"blog", "pager"},
            new String[] {"screen", "reader"}, new String[] {"you", "may"}, new String[] {"see", "also"},
            new String[] {"posted", "on"}, new String[] {"buy", "box"}, new String[] {"back", "link"},
            new String[] {"link", "back"});

    /** The pairs written as one word, as older themes do ({@code postmeta}, {@code entryfooter}, {@code authorbio}). */
    private static final Set<String> FURNITURE_JOINED = joined(FURNITURE_PAIRS);

    private DomVocabulary() {
    }

    private static Set<String> joined(List<String[]> pairs) {
        Set<String> out = new java.util.HashSet<>();
        for (String[] p : pairs) {
            out.add(p[0] + p[1]);
        }
        return Set.copyOf(out);
    }

    /**
     * Words that make the next token a layout modifier ("has-sidebar", "and-w-sidebar", "one-sidebar",
     * "two-sidebars"), not a name: they describe how many columns a page has, not what one holds.
     */
    private static final Set<String> MODIFIERS = Set.of(
            "has", "with", "w", "no", "without", "show", "hide", "and", "one", "two", "three");

    /**
     * Namespaces of page builders whose every component is a "widget" ({@code elementor-widget},
     * {@code elementor-widget-text-editor}): after such a namespace the word names the component kind,
     * not a sidebar widget, and is left out. What follows it still counts ({@code elementor-widget-share-buttons}).
     */
    private static final Set<String> BUILDERS = Set.of("elementor");
    private static final int MAX_MODIFIER = MODIFIERS.stream().mapToInt(String::length).max().orElse(0);
    private static final int MAX_BUILDER = BUILDERS.stream().mapToInt(String::length).max().orElse(0);

    /**
     * Splits class names and the id into lower-case word tokens, leaving out tokens that a modifier word
     * turns into a description of the layout: {@code has-sidebar} names a page with a sidebar, not one.
     */
    static List<String> tokens(Element e) {
        if (e.attributesSize() == 0) {
            return List.of();
        }
        Attributes attributes = e.attributes();
        String classValue = attributes.get("class");
        String idValue = attributes.get("id");
        if (classValue.isEmpty() && idValue.isEmpty()) {
            return List.of();
        }
        // the same element is asked several times (density walk, candidates, furniture): tokenize once
        Object cached = attributes.userData(TOKENS_KEY);
        if (cached instanceof TokenList t && t.classValue.equals(classValue) && t.idValue.equals(idValue)) {
            return t.tokens;
        }
        List<String> tokens = tokenize(classValue, idValue);
        attributes.userData(TOKENS_KEY, new TokenList(classValue, idValue, tokens));
        return tokens;
    }

    /** The tokens of a class attribute's value and an id's, as {@link #tokens(Element)} gives them. */
    static List<String> tokenize(String classValue, String idValue) {
        List<String> out = new ArrayList<>();
        tokenize(classValue, out);
        tokenize(idValue, out);
        return List.copyOf(out);
    }

    private static final String TOKENS_KEY = "pressmark.tokens";

    /** Tokens of an element with the attribute values they were taken from, so a changed class is seen. */
    private record TokenList(String classValue, String idValue, List<String> tokens) {
    }

    /**
     * Words that, after {@code live} in one class name ({@code live-match-comments}, {@code live-comment-body}),
     * name the running commentary of an event as it happens, which is the page's text, not readers' comments.
     */
    private static final Set<String> LIVE_COMMENTARY = Set.of("comment", "comments");

    /** Splits one attribute value into tokens; a scan by hand, since this runs for every element. */
    private static void tokenize(String value, List<String> out) {
        boolean modified = false;
        boolean builder = false;
        boolean live = false;
        int n = value.length();
        int i = 0;
        while (i < n) {
            char c = value.charAt(i);
            if (DomQuery.isSpace(c)) {
                modified = false; // a new class name
                builder = false;
                live = false;
                i++;
                continue;
            }
            if ((i == 0 || DomQuery.isSpace(value.charAt(i - 1))) && isTermClass(value, i)
                    && value.contains("type-")) {
                while (i < n && !DomQuery.isSpace(value.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (!isTokenChar(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isTokenChar(value.charAt(i))) {
                i++;
            }
            String t = value.substring(start, i).toLowerCase(Locale.ROOT);
            // the set look-ups are skipped for tokens too long to be in them, as most are
            if (t.length() <= MAX_MODIFIER && MODIFIERS.contains(t)) {
                modified = true;
            } else if (builder && t.equals("widget")) {
                builder = false;
            } else if (live && LIVE_COMMENTARY.contains(t)) {
                continue; // left out: the commentary's parts are no comment section
            } else if (!modified) {
                out.add(t);
                builder = t.length() <= MAX_BUILDER && BUILDERS.contains(t);
                live = live || t.equals("live");
            }
        }
    }

    /**
     * Whether the class name at {@code start} names a category or tag the post is filed under
     * ({@code category-popular}, {@code tag-social-media}, as WordPress writes them on every post beside its
     * {@code type-post}): its words are the site's own topics, not the element's role. Callers check for the
     * {@code type-} class, so that a {@code tag-links} box elsewhere keeps its name.
     */
    private static boolean isTermClass(String value, int start) {
        return value.startsWith("category-", start) || value.startsWith("tag-", start);
    }

    private static boolean isTokenChar(char c) {
        return DomQuery.isAsciiLetterOrDigit(c);
    }

    /** Whether the element's class or id names it page furniture. */
    static boolean isFurnitureByName(Element e) {
        return isFurnitureByName(tokens(e));
    }

    /** {@link #isFurnitureByName(Element)} on the element's {@link #tokens(Element) tokens}. */
    static boolean isFurnitureByName(List<String> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        for (String t : tokens) {
            if (FURNITURE.contains(t) || FURNITURE_JOINED.contains(t)) {
                return true;
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            for (String[] pair : FURNITURE_PAIRS) {
                if (tokens.get(i).equals(pair[0]) && tokens.get(i + 1).equals(pair[1])) {
                    return true;
                }
            }
            if (i + 2 < tokens.size() && isInsertedBlock(tokens.get(i), tokens.get(i + 1), tokens.get(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A numbered block that a WordPress insertion plugin puts into the post ({@code code-block code-block-3}):
     * advertisements, disclosures, calls to follow. The number tells it from a listing of program code.
     */
    private static boolean isInsertedBlock(String first, String second, String third) {
        if (!first.equals("code") || !second.equals("block") || third.isEmpty()) {
            return false;
        }
        for (int i = 0; i < third.length(); i++) {
            if (third.charAt(i) < '0' || third.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the element is hidden: the {@code hidden} attribute, {@code aria-hidden}, or an inline style. */
    static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        Attributes attributes = e.attributes();
        if (attributes.hasKey("hidden") || "true".equalsIgnoreCase(attributes.get("aria-hidden").strip())) {
            return true;
        }
        String style = attributes.get("style");
        if (style.isEmpty()) {
            return false;
        }
        return containsIgnoringSpaces(style, "display:none") || containsIgnoringSpaces(style, "visibility:hidden");
    }

    /**
     * Whether the style holds the lower-case ASCII declaration in any ASCII case, with any plain spaces
     * (U+0020, not other white space) in or around it, as if the style were lower-cased and its spaces
     * removed, without copying it: this is asked for every element of the page. Lower-casing never turns a
     * character outside ASCII into a letter of either declaration, so only ASCII letters are folded.
     */
    private static boolean containsIgnoringSpaces(String style, String declaration) {
        char first = declaration.charAt(0);
        int n = style.length();
        for (int start = 0; start < n; start++) {
            if (lowerAscii(style.charAt(start)) != first) {
                continue;
            }
            int k = 1;
            for (int i = start + 1; i < n && k < declaration.length(); i++) {
                char c = style.charAt(i);
                if (c == ' ') {
                    continue;
                }
                if (lowerAscii(c) != declaration.charAt(k)) {
                    break;
                }
                k++;
            }
            if (k == declaration.length()) {
                return true;
            }
        }
        return false;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Tokens of containers that hold other posts or readers' words, never the post's own metadata. */
    private static final Set<String> ELSEWHERE = Set.of(
            "related", "relatedposts", "comment", "comments", "commentlist", "respond", "sidebar",
            "popular", "popularposts", "featuredpost", "trending", "recommended", "linkwithin", "outbrain",
            "taboola", "disqus", "blogarchive", "popup", "flyout", "testimonial", "testimonials", "slider", "carousel");

    /**
     * Whether the element sits in a part of the page about other content — related posts, comments,
     * sidebars, footers, navigation — so that a date or name found there is not the post's own.
     *
     * @param stats the figures of the page, whose names of the elements, read once, serve here
     */
    static boolean aboutOtherContent(Element e, DomStats stats) {
        // a footer inside a post is the post's own; find the outermost post container first
        Element outermostPost = null;
        for (Element a = e; a != null; a = a.parent()) {
            if (isPost(a, stats)) {
                outermostPost = a;
            }
        }
        boolean inPost = outermostPost != null;
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("nav") || tag.equals("aside")) {
                return true;
            }
            List<String> tokens = stats.tokens(a);
            if (!inPost && (tag.equals("footer") || tokens.contains("footer"))) {
                return true;
            }
            for (String t : tokens) {
                if (ELSEWHERE.contains(t)) {
                    return true;
                }
            }
            if (a == outermostPost) {
                inPost = false;
            }
        }
        return false;
    }

    /** Whether the element's own class or id names a part about other content (comments, related posts). */
    static boolean isElsewhereByName(Element e) {
        return isElsewhereByName(tokens(e));
    }

    /** {@link #isElsewhereByName(Element)} on the element's {@link #tokens(Element) tokens}. */
    static boolean isElsewhereByName(List<String> tokens) {
        for (String t : tokens) {
            if (ELSEWHERE.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPost(Element a, DomStats stats) {
        return a.normalName().equals("article") || stats.hasClass(a, "post") || stats.hasClass(a, "hentry")
                || stats.hasClass(a, "h-entry");
    }

    /** Whether the element or one of its ancestors (up to the body) is furniture by name or by tag. */
    static boolean insideFurniture(Element e) {
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("nav") || tag.equals("aside") || isFurnitureByName(a) || isHidden(a)) {
                return true;
            }
        }
        return false;
    }
}
