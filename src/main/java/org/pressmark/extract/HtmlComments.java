package org.pressmark.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.pressmark.model.Block;
import org.pressmark.model.Comment;
import org.pressmark.model.PageDate;

/**
 * Reads reader comments in the shapes Blogger and WordPress give them, and removes the comment
 * sections from the page so that they stay out of the body.
 */
final class HtmlComments {

    /** Whole comment areas, form and counter included. */
    /** The verb some templates print after a commenter's name ("Ada says:"). */
    private static final Pattern SPEECH_VERB = Pattern.compile("(?i)\\s*(says|said|wrote)\\s*:?$");
    private static final String SECTIONS = "#comments, .comments, .comments-area, .comment-list, .commentlist, "
            + "#respond, .comment-respond, .comment-form, #disqus_thread, #comment-form, .comment-footer";
    private static final String CONTENT = ".comment-content, .comment-body-text, .comment-text, .comment-body";
    private static final String AUTHOR = ".fn, cite.user, .comment-author, .user, .author";
    private static final String DATE = ".datetime, .comment-date, .comment-metadata, .comment-meta, .date, .published";

    /** The lists and areas that hold comment items: an element classed "comment" inside one is an item. */
    private static final Evaluator ITEM_CONTAINERS = DomQuery.anyOf(
            ".comment-list, .commentlist, #comments, .comments, .comment-thread, #comments-block");
    private static final DomQuery.AnyOf SECTIONS_QUERY = (DomQuery.AnyOf) DomQuery.anyOf(SECTIONS);
    private static final Evaluator CONTENT_QUERY = DomQuery.anyOf(CONTENT);
    private static final Evaluator AUTHOR_QUERY = DomQuery.anyOf(AUTHOR);
    private static final Evaluator DATE_QUERY = DomQuery.anyOf(DATE);
    private static final DomQuery.AnyOf COMMENT_QUERY = (DomQuery.AnyOf) DomQuery.anyOf(".comment");
    private static final Evaluator IN_COMMENT_FURNITURE = DomQuery.anyOf(".comment-meta, .comment-metadata, "
            + ".comment-author, .reply, .comment-reply-link, .comment-actions, .vcard, footer");

    private HtmlComments() {
    }

    /**
     * Reads the comments of a page and removes every comment section from it.
     *
     * @param body the page body; changed
     * @param stats the figures of the body, kept up to date as the sections go
     * @return the comments in page order, replies after the comment they answer
     */
    static List<Comment> extractAndRemove(Element body, DomStats stats) {
        // the measured elements give the candidates; for the few elements classed "comment", their ancestors
        // tell whether they are items of a comment list (WordPress list items and articles, Blogger thread
        // items). No jsoup query with a descendant combinator is run on single elements: those keep a
        // per-thread memo of the document that only a full select clears.
        // one pass over the measured elements finds both the items and the sections
        List<List<Element>> found = stats.select(body, COMMENT_QUERY, SECTIONS_QUERY);
        List<Element> candidates = found.get(0);
        List<Element> sections = found.get(1);
        List<Comment> comments = new ArrayList<>();
        for (Element item : candidates) {
            Element parent = item.parent();
            if (parent == null || parent.closest(ITEM_CONTAINERS) == null
                    || item.closest(HtmlContent.PLATFORM_QUERY) != null && item.closest(SECTIONS_QUERY) == null) {
                continue;
            }
            Comment c = read(item);
            if (c != null) {
                comments.add(c);
            }
        }
        for (Element section : sections) {
            if (section.parent() != null && stats.select(section, HtmlContent.PLATFORM_QUERY).isEmpty()) {
                stats.remove(section);
            }
        }
        return comments;
    }

    private static Comment read(Element item) {
        Element content = own(item, CONTENT_QUERY);
        if (content == null) {
            return null;
        }
        // a WordPress .comment-body also holds the author and date: drop them from the text
        Element text = content.clone();
        text.select(IN_COMMENT_FURNITURE).remove();
        List<Block> blocks = new HtmlBlocks(null).convert(text);
        if (blocks.isEmpty()) {
            return null;
        }
        return new Comment(author(item), date(item), blocks);
    }

    private static String author(Element item) {
        Element a = own(item, AUTHOR_QUERY);
        if (a == null) {
            return null;
        }
        Element fn = a.selectFirst(".fn");
        String name = HtmlBlocks.collapse((fn != null ? fn : a).text()).strip();
        name = SPEECH_VERB.matcher(name).replaceFirst("").strip();
        return name.isEmpty() ? null : name;
    }

    private static PageDate date(Element item) {
        for (Element t : item.select("time[datetime]")) {
            if (t.closest(COMMENT_QUERY) == item) {
                Optional<PageDate> d = MetaDates.parseIso(t.attr("datetime"));
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        Element d = own(item, DATE_QUERY);
        if (d != null) {
            Optional<PageDate> parsed = MetaDates.parseAny(d.text());
            if (parsed.isPresent()) {
                return parsed.get();
            }
        }
        return null;
    }

    /** The first match that belongs to this comment, not to a reply nested in it. */
    private static Element own(Element item, Evaluator query) {
        for (Element e : item.select(query)) {
            if (e != item && e.closest(COMMENT_QUERY) == item) {
                return e;
            }
        }
        return null;
    }
}
