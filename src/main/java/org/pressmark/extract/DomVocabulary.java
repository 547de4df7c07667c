package org.pressmark.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
            "outbrain", "taboola", "disqus", "printfriendly", "skip", "featuredpost", "popularposts", "date", "dateline", "timestamp");

    /** Token pairs that mark furniture together, such as {@code author-bio} or {@code read-more}. */
    private static final List<String[]> FURNITURE_PAIRS = List.of(
            new String[] {"author", "bio"}, new String[] {"author", "box"}, new String[] {"about", "author"},
            new String[] {"author", "info"}, new String[] {"read", "more"}, new String[] {"more", "stories"},
            new String[] {"entry", "meta"}, new String[] {"post", "meta"}, new String[] {"post", "footer"},
            new String[] {"entry", "footer"}, new String[] {"post", "header"}, new String[] {"post", "labels"},
            new String[] {"tags", "links"}, new String[] {"cat", "links"}, new String[] {"post", "author"},
            new String[] {"post", "navigation"}, new String[] {"nav", "links"}, new String[] {"blog", "pager"},
            new String[] {"screen", "reader"}, new String[] {"you", "may"}, new String[] {"see", "also"},
            new String[] {"posted", "on"});

    private DomVocabulary() {
    }

    /** Words that make the next token a layout modifier ("has-sidebar", "and-w-sidebar"), not a name. */
    private static final Set<String> MODIFIERS = Set.of("has", "with", "w", "no", "without", "show", "hide", "and");

    /**
     * Splits class names and the id into lower-case word tokens, leaving out tokens that a modifier word
     * turns into a description of the layout: {@code has-sidebar} names a page with a sidebar, not one.
     */
    static List<String> tokens(Element e) {
        List<String> out = new ArrayList<>();
        for (String name : (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).split("\\s+")) {
            boolean modified = false;
            for (String t : name.split("[^a-z0-9]+")) {
                if (t.isEmpty()) {
                    continue;
                }
                if (MODIFIERS.contains(t)) {
                    modified = true;
                    continue;
                }
                if (!modified) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Whether the element's class or id names it page furniture. */
    static boolean isFurnitureByName(Element e) {
        List<String> tokens = tokens(e);
        if (tokens.isEmpty()) {
            return false;
        }
        for (String t : tokens) {
            if (FURNITURE.contains(t)) {
                return true;
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            for (String[] pair : FURNITURE_PAIRS) {
                if (tokens.get(i).equals(pair[0]) && tokens.get(i + 1).equals(pair[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the element is hidden: the {@code hidden} attribute, {@code aria-hidden}, or an inline style. */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden").strip())) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    /** Tokens of containers that hold other posts or readers' words, never the post's own metadata. */
    private static final Set<String> ELSEWHERE = Set.of(
            "related", "relatedposts", "comment", "comments", "commentlist", "respond", "sidebar",
            "popular", "popularposts", "featuredpost", "trending", "recommended", "linkwithin", "outbrain",
            "taboola", "disqus", "blogarchive");

    /**
     * Whether the element sits in a part of the page about other content — related posts, comments,
     * sidebars, footers, navigation — so that a date or name found there is not the post's own.
     */
    static boolean aboutOtherContent(Element e) {
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("nav") || tag.equals("aside")) {
                return true;
            }
            boolean inPost = a.closest("article, .post, .hentry, .h-entry") != null;
            if (!inPost && (tag.equals("footer") || tokens(a).contains("footer"))) {
                return true;
            }
            for (String t : tokens(a)) {
                if (ELSEWHERE.contains(t)) {
                    return true;
                }
            }
        }
        return false;
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
