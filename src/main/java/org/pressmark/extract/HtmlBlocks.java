package org.pressmark.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.pressmark.model.Block;
import org.pressmark.model.Inline;

/**
 * Turns a cleaned content element into model blocks. Divs and other containers are transparent; text
 * outside paragraphs becomes paragraphs split at a double {@code <br>}; white space is collapsed; empty
 * blocks are dropped, and a heading equal to the article title is dropped. Not thread-safe: make one per
 * conversion.
 */
final class HtmlBlocks {

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "dt", "dd", "table",
            "figure", "figcaption", "pre", "hr", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "address", "center", "details", "summary", "fieldset", "li", "hgroup", "body",
            "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "form", "picture", "video", "audio",
            "iframe", "object", "embed", "canvas", "svg", "menu");
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "iframe", "object", "embed", "form", "button", "input",
            "select", "textarea", "svg", "canvas", "video", "audio", "map", "head", "title", "meta", "link",
            "source", "track", "wbr");
    private static final Set<String> EMBED_CLASSES = Set.of(
            "twitter-tweet", "mastodon-embed", "bluesky-embed", "instagram-media", "tiktok-embed",
            "threads-embed", "fb-xfbml-parse-ignore");

    /** Selectors used per element, parsed once. */
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator TR_CAPTION = QueryParser.parse(".tr-caption");
    private static final Evaluator NESTED_TABLE = QueryParser.parse("table table");
    private static final Evaluator TR = QueryParser.parse("tr");
    private static final Evaluator TABLE = QueryParser.parse("table");
    private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");
    private static final Evaluator FIGURE = QueryParser.parse("figure");
    private static final Evaluator NESTED_FIGURE = QueryParser.parse("figure figure");
    private static final Evaluator BLOCKQUOTE = QueryParser.parse("blockquote");
    private static final Evaluator EMOJI = QueryParser.parse("img.emoji, img.wp-smiley");
    private static final Evaluator CODE = QueryParser.parse("code");

    private final String title;
    /** Whether the last text emitted ended in white space, so a following space is dropped. */
    private boolean lastSpace = true;
    /** The absolute URLs of links and images, the page's base parsed once for all of them. */
    private final LinkUrls urls = new LinkUrls();

    /** @param title the article title, or {@code null}; a heading with the same text is dropped */
    HtmlBlocks(String title) {
        this.title = title == null || MetaHeader.norm(title).isEmpty() ? null : MetaHeader.norm(title);
    }

    /** Converts the content of an element to blocks. */
    List<Block> convert(Element root) {
        List<Block> out = new ArrayList<>();
        List<Inline> buf = new ArrayList<>();
        lastSpace = true;
        walk(root, buf, out);
        flush(buf, out);
        return out;
    }

    /** Converts the content of an element, block children flattened, to inline content. */
    List<Inline> inlineContent(Element e) {
        List<Inline> out = new ArrayList<>();
        lastSpace = true;
        flattenInto(e, out);
        return trimEnd(out);
    }

    // ---- block level -------------------------------------------------------------------------

    private void walk(Element parent, List<Inline> buf, List<Block> out) {
        for (Node n : parent.childNodes()) {
            if (n instanceof TextNode t) {
                text(t.getWholeText(), buf);
            } else if (n instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    lineBreak(buf, out);
                } else if (tag.equals("img")) {
                    if (isInlineImage(e)) {
                        inline(e, buf);
                    } else {
                        flush(buf, out);
                        addFigure(e, List.of(), out);
                    }
                } else if (isCaptionBesidePicture(e)) {
                    flush(buf, out);
                    List<Inline> caption = inlineContent(e);
                    if (!Inline.isBlank(caption)) {
                        out.add(new Block.Figure(null, null, caption));
                    }
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush(buf, out);
                    block(e, buf, out);
                    flush(buf, out);
                } else if (isTransparentInline(tag)) {
                    walk(e, buf, out);
                } else if (imageOnly(e)) {
                    flush(buf, out);
                    for (Element img : e.select(IMG)) {
                        addFigure(img, List.of(), out);
                    }
                } else {
                    inline(e, buf);
                }
            }
        }
    }

    /**
     * A caption kept outside {@code figure}: an element named as a caption ({@code wp-caption-text},
     * {@code newsCaption}, {@code image-caption}) beside a picture in the same container. It describes the
     * picture, so it becomes a figure's caption rather than a paragraph.
     */
    private static boolean isCaptionBesidePicture(Element e) {
        // a word of the names can only end in "caption" when the class or id holds it: most elements go
        // without splitting their names
        if (!containsCaption(DomQuery.attr(e, "class")) && !containsCaption(DomQuery.attr(e, "id"))) {
            return false;
        }
        boolean named = false;
        for (String t : DomVocabulary.tokens(e)) {
            if (t.endsWith("caption")) {
                named = true;
                break;
            }
        }
        if (!named || e.parent() == null || e.selectFirst(IMG) != null || e.text().length() > 400) {
            return false;
        }
        return e.parent().selectFirst(IMG) != null;
    }

    /** Whether the value holds "caption" in any case. */
    private static boolean containsCaption(String value) {
        for (int i = 0; i + CAPTION.length() <= value.length(); i++) {
            if (value.regionMatches(true, i, CAPTION, 0, CAPTION.length())) {
                return true;
            }
        }
        return false;
    }

    private static final String CAPTION = "caption";

    private void block(Element e, List<Inline> buf, List<Block> out) {
        String tag = e.normalName();
        switch (tag) {
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
                heading(e, out);
                break;
            case "blockquote":
                quotation(e, null, out);
                break;
            case "ul": case "ol": case "menu": {
                if (isPictureList(e)) {
                    gallery(e, out);
                    break;
                }
                Block.ListBlock list = list(e);
                if (!list.items().isEmpty()) {
                    out.add(list);
                }
                break;
            }
            case "table":
                table(e, out);
                break;
            case "figure":
                figure(e, out);
                break;
            case "pre":
                preformatted(e, out);
                break;
            case "hr":
                break;
            case "dt": {
                List<Inline> content = inlineContent(e);
                if (!Inline.isBlank(content)) {
                    out.add(new Block.Paragraph(List.of(new Inline.Styled(Inline.Style.BOLD, content))));
                }
                break;
            }
            default:
                walk(e, buf, out);
        }
    }

    private void heading(Element e, List<Block> out) {
        List<Inline> content = inlineContent(e);
        if (Inline.isBlank(content)) {
            return;
        }
        // compared in the form the metadata compares titles in, so "…" and "...", or curly and straight
        // quotes, do not keep a heading that repeats the title
        if (title != null && MetaHeader.norm(Inline.plainText(content)).equals(title)) {
            return;
        }
        int level = Math.max(2, e.normalName().charAt(1) - '0');
        out.add(new Block.Heading(level, content));
    }

    private void quotation(Element e, List<Inline> outerAttribution, List<Block> out) {
        String attribution = outerAttribution == null || Inline.isBlank(outerAttribution) ? null
                : Inline.plainText(outerAttribution);
        Element attr = null;
        for (Element child : e.children()) {
            if (child.normalName().equals("footer")) {
                attr = child;
            }
        }
        Element last = e.children().isEmpty() ? null : e.children().last();
        if (attr == null && last != null && last.normalName().equals("cite") && nothingAfter(last)) {
            attr = last;
        }
        if (attr != null) {
            String a = collapse(attr.text()).strip();
            attr.remove();
            if (!a.isEmpty() && attribution == null) {
                attribution = stripDash(a);
            }
        }
        Block.QuoteKind kind = isEmbed(e) ? Block.QuoteKind.EMBEDDED_POST : Block.QuoteKind.QUOTATION;
        List<Block> blocks = new HtmlBlocks(null).convert(e);
        if (kind == Block.QuoteKind.EMBEDDED_POST && attribution == null && blocks.size() > 1
                && blocks.get(blocks.size() - 1) instanceof Block.Paragraph p) {
            String text = Inline.plainText(p.content()).strip();
            if (text.startsWith("\u2014") || text.startsWith("- ") || text.startsWith("\u2013")) {
                attribution = stripDash(text);
                blocks = blocks.subList(0, blocks.size() - 1);
            }
        }
        if (!blocks.isEmpty()) {
            out.add(new Block.Quotation(blocks, attribution, kind));
        }
    }

    private static boolean nothingAfter(Node n) {
        for (Node next = n.nextSibling(); next != null; next = next.nextSibling()) {
            if (!(next instanceof TextNode t) || !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String stripDash(String s) {
        return s.replaceFirst("^[\u2014\u2013\\-~]+\\s*", "").strip();
    }

    private static boolean isEmbed(Element e) {
        for (String c : e.classNames()) {
            if (EMBED_CLASSES.contains(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list whose every item opens with a picture: a gallery or slideshow, whose item texts are captions,
     * not points of a list. Emoji do not make a picture, and an item whose text comes before its picture
     * (a recipe step with its photo) is a point of the list.
     */
    private static boolean isPictureList(Element e) {
        int items = 0;
        for (Element li : e.children()) {
            if (!li.normalName().equals("li")) {
                continue;
            }
            Element img = li.selectFirst(IMG);
            if (img == null || img.is(EMOJI) || textBefore(li, img)) {
                return false;
            }
            items++;
        }
        return items > 0;
    }

    /** Whether any text of the container comes before the element, in document order. */
    private static boolean textBefore(Element container, Element target) {
        for (Node n = container.childNodeSize() > 0 ? container.childNode(0) : null; n != null; ) {
            if (n == target) {
                return false;
            }
            if (n instanceof TextNode t && !t.isBlank()) {
                return true;
            }
            if (n instanceof Element el && el.childNodeSize() > 0 && !SKIPPED.contains(el.normalName())) {
                n = el.childNode(0);
                continue;
            }
            while (n != null && n != container && n.nextSibling() == null) {
                n = n.parentNode();
            }
            n = n == null || n == container ? null : n.nextSibling();
        }
        return false;
    }

    /** Each item of a picture list as a figure captioned with the item's text. */
    private void gallery(Element e, List<Block> out) {
        for (Element li : e.children()) {
            if (li.normalName().equals("li")) {
                List<Inline> caption = inlineContent(li);
                addFigure(li.selectFirst(IMG), Inline.isBlank(caption) ? List.of() : caption, out);
            }
        }
    }

    private Block.ListBlock list(Element e) {
        boolean ordered = e.normalName().equals("ol");
        List<Block.ListItem> items = new ArrayList<>();
        for (Element li : e.children()) {
            if (!li.normalName().equals("li")) {
                continue;
            }
            List<Inline> content = new ArrayList<>();
            List<Block.ListBlock> sublists = new ArrayList<>();
            lastSpace = true;
            for (Node n : li.childNodes()) {
                if (n instanceof TextNode t) {
                    text(t.getWholeText(), content);
                } else if (n instanceof Element c) {
                    String tag = c.normalName();
                    if (tag.equals("ul") || tag.equals("ol")) {
                        Block.ListBlock sub = list(c);
                        if (!sub.items().isEmpty()) {
                            sublists.add(sub);
                        }
                    } else if (BLOCK_TAGS.contains(tag)) {
                        text(" ", content);
                        flattenInto(c, content);
                        text(" ", content);
                    } else {
                        inline(c, content);
                    }
                }
            }
            List<Inline> trimmed = trimEnd(content);
            if (!Inline.isBlank(trimmed) || !sublists.isEmpty()) {
                items.add(new Block.ListItem(trimmed, sublists));
            }
        }
        return new Block.ListBlock(ordered, items);
    }

    private void table(Element e, List<Block> out) {
        if (e.hasClass("tr-caption-container")) {
            // Blogger's image-with-caption table
            Element img = e.selectFirst(IMG);
            Element cap = e.selectFirst(TR_CAPTION);
            if (img != null) {
                addFigure(img, cap == null ? List.of() : inlineContent(cap), out);
                return;
            }
        }
        if ("presentation".equals(e.attr("role")) || !e.select(NESTED_TABLE).isEmpty()) {
            for (Element tr : rows(e)) {
                for (Element cell : tr.children()) {
                    List<Inline> buf = new ArrayList<>();
                    lastSpace = true;
                    walk(cell, buf, out);
                    flush(buf, out);
                }
            }
            return;
        }
        List<Block.TableRow> rows = new ArrayList<>();
        for (Element tr : rows(e)) {
            List<Block.TableCell> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                String tag = cell.normalName();
                if (!tag.equals("td") && !tag.equals("th")) {
                    continue;
                }
                cells.add(new Block.TableCell(tag.equals("th"), span(cell.attr("colspan")),
                        span(cell.attr("rowspan")), inlineContent(cell)));
            }
            if (!cells.isEmpty()) {
                rows.add(new Block.TableRow(cells));
            }
        }
        Element caption = null;
        for (Element c : e.children()) {
            if (c.normalName().equals("caption")) {
                caption = c;
            }
        }
        if (!rows.isEmpty()) {
            out.add(new Block.Table(caption == null ? List.of() : inlineContent(caption), rows));
        }
    }

    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element tr : table.select(TR)) {
            if (tr.closest(TABLE) == table) {
                rows.add(tr);
            }
        }
        return rows;
    }

    private static int span(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return 1; // most cells have no span; parsing "" would throw
        }
        try {
            int n = Integer.parseInt(v);
            return Math.max(1, Math.min(n, 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void figure(Element e, List<Block> out) {
        Element figcaption = e.selectFirst(FIGCAPTION);
        boolean ownCaption = figcaption != null && figcaption.closest(FIGURE) == e;
        List<Inline> caption = ownCaption ? inlineContent(figcaption) : List.of();
        if (!e.select(NESTED_FIGURE).isEmpty()) {
            List<Inline> buf = new ArrayList<>();
            walk(e, buf, out);
            flush(buf, out);
            return;
        }
        Element table = e.selectFirst(TABLE);
        Element quote = e.selectFirst(BLOCKQUOTE);
        List<Element> imgs = e.select(IMG);
        if (table != null && imgs.isEmpty()) {
            List<Block> tmp = new ArrayList<>();
            table(table, tmp);
            for (Block b : tmp) {
                if (b instanceof Block.Table t && t.caption().isEmpty()) {
                    out.add(new Block.Table(caption, t.rows()));
                } else {
                    out.add(b);
                }
            }
        } else if (quote != null && imgs.isEmpty()) {
            if (ownCaption) {
                figcaption.remove();
            }
            quotation(quote, caption, out);
        } else if (!imgs.isEmpty()) {
            for (int i = 0; i < imgs.size(); i++) {
                addFigure(imgs.get(i), i == imgs.size() - 1 ? caption : List.of(), out);
            }
        } else {
            if (ownCaption) {
                figcaption.remove();
            }
            List<Inline> buf = new ArrayList<>();
            walk(e, buf, out);
            flush(buf, out);
            if (!Inline.isBlank(caption)) {
                out.add(new Block.Paragraph(caption));
            }
        }
    }

    private void addFigure(Element img, List<Inline> caption, List<Block> out) {
        String src = imageSource(img);
        String alt = img.hasAttr("alt") ? collapse(img.attr("alt")).strip() : "";
        if (src == null && alt.isEmpty() && Inline.isBlank(caption)) {
            return;
        }
        if (isTrackingPixel(img)) {
            return;
        }
        out.add(new Block.Figure(src, alt.isEmpty() ? null : alt, caption));
    }

    private String imageSource(Element img) {
        for (String attr : new String[] {"src", "data-src", "data-lazy-src", "data-original"}) {
            String raw = img.attr(attr).strip();
            if (raw.isEmpty() || raw.startsWith("data:")) {
                continue;
            }
            String abs = urls.absolute(img, attr);
            return abs.isEmpty() ? raw : abs;
        }
        return null;
    }

    private static boolean isTrackingPixel(Element img) {
        return img.attr("width").strip().equals("1") && img.attr("height").strip().equals("1");
    }

    private static boolean isInlineImage(Element img) {
        return img.hasClass("emoji") || img.hasClass("wp-smiley");
    }

    /** An inline element that holds images and no text, such as Blogger's {@code <a><img></a>}. */
    private static boolean imageOnly(Element e) {
        return DomQuery.first(e, IMG) != null && e.text().isBlank() && DomQuery.first(e, EMOJI) == null;
    }

    private void preformatted(Element e, List<Block> out) {
        StringBuilder sb = new StringBuilder();
        rawText(e, sb);
        String text = sb.toString();
        if (text.startsWith("\r\n")) {
            text = text.substring(2);
        } else if (text.startsWith("\n")) {
            text = text.substring(1);
        }
        text = text.stripTrailing();
        if (text.isBlank()) {
            return;
        }
        out.add(new Block.Preformatted(text, language(e)));
    }

    private static void rawText(Element e, StringBuilder sb) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (n instanceof Element c) {
                if (c.normalName().equals("br")) {
                    sb.append('\n');
                } else {
                    rawText(c, sb);
                }
            }
        }
    }

    private static String language(Element pre) {
        List<Element> places = new ArrayList<>();
        places.add(pre);
        places.addAll(pre.select(CODE));
        for (Element p : places) {
            for (String c : p.classNames()) {
                String lc = c.toLowerCase(Locale.ROOT);
                if (lc.startsWith("language-") && lc.length() > 9) {
                    return lc.substring(9);
                }
                if (lc.startsWith("lang-") && lc.length() > 5) {
                    return lc.substring(5);
                }
            }
        }
        return null;
    }

    private void flush(List<Inline> buf, List<Block> out) {
        lastSpace = true;
        if (buf.isEmpty()) {
            return; // most flushes come between blocks, with nothing read since the last one
        }
        List<Inline> content = trimEnd(buf); // a copy
        buf.clear();
        if (!Inline.isBlank(content)) {
            out.add(new Block.Paragraph(content));
        }
    }

    /** A {@code <br>}: a line break in the paragraph, or the end of the paragraph when it is the second. */
    private void lineBreak(List<Inline> buf, List<Block> out) {
        if (buf.isEmpty()) {
            return;
        }
        Inline last = buf.get(buf.size() - 1);
        if (last instanceof Inline.LineBreak) {
            flush(buf, out);
            return;
        }
        List<Inline> trimmed = trimEnd(buf); // a copy
        buf.clear();
        buf.addAll(trimmed);
        if (buf.isEmpty()) {
            return;
        }
        buf.add(new Inline.LineBreak());
        lastSpace = true;
    }

    // ---- inline level ------------------------------------------------------------------------

    private static boolean isTransparentInline(String tag) {
        switch (tag) {
            case "span": case "font": case "small": case "big": case "abbr": case "acronym": case "time":
            case "mark": case "label": case "bdi": case "bdo": case "data": case "nobr": case "o:p":
                return true;
            default:
                return false;
        }
    }

    private void flattenInto(Element e, List<Inline> out) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                text(t.getWholeText(), out);
            } else if (n instanceof Element c) {
                String tag = c.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (BLOCK_TAGS.contains(tag)) {
                    text(" ", out);
                    flattenInto(c, out);
                    text(" ", out);
                } else {
                    inline(c, out);
                }
            }
        }
    }

    private void inline(Element e, List<Inline> out) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        switch (tag) {
            case "em": case "i": case "cite": case "dfn": case "var":
                styled(Inline.Style.ITALIC, e, out);
                return;
            case "strong": case "b":
                styled(Inline.Style.BOLD, e, out);
                return;
            case "u": case "ins":
                styled(Inline.Style.UNDERLINE, e, out);
                return;
            case "s": case "del": case "strike":
                styled(Inline.Style.STRIKETHROUGH, e, out);
                return;
            case "sup":
                styled(Inline.Style.SUPERSCRIPT, e, out);
                return;
            case "sub":
                styled(Inline.Style.SUBSCRIPT, e, out);
                return;
            case "br":
                trimEndInPlace(out);
                out.add(new Inline.LineBreak());
                lastSpace = true;
                return;
            case "img":
                if (isInlineImage(e) && !e.attr("alt").isEmpty()) {
                    text(e.attr("alt"), out);
                }
                return;
            case "code": case "kbd": case "samp": case "tt": {
                String code = collapse(e.text());
                if (lastSpace && code.startsWith(" ")) {
                    code = code.substring(1);
                }
                if (!code.isEmpty()) {
                    out.add(new Inline.Code(code));
                    lastSpace = code.endsWith(" ");
                }
                return;
            }
            case "q": {
                List<Inline> inner = new ArrayList<>();
                text("\u201C", inner);
                children(e, inner);
                trimEndInPlace(inner);
                inner.add(new Inline.Text("\u201D"));
                lastSpace = false;
                out.add(new Inline.Quote(merge(inner)));
                return;
            }
            case "a":
                link(e, out);
                return;
            default:
                if (BLOCK_TAGS.contains(tag)) {
                    text(" ", out);
                    flattenInto(e, out);
                    text(" ", out);
                } else {
                    children(e, out);
                }
        }
    }

    private void link(Element e, List<Inline> out) {
        String raw = e.attr("href").strip();
        if (raw.isEmpty() || raw.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
            children(e, out);
            return;
        }
        String abs = urls.absolute(e, "href");
        String href = abs.isEmpty() ? raw : abs;
        List<Inline> inner = new ArrayList<>();
        boolean spaceBefore = lastSpace;
        children(e, inner);
        if (Inline.isBlank(inner)) {
            if (!inner.isEmpty() && !spaceBefore) {
                text(" ", out);
            }
            return;
        }
        out.add(new Inline.Link(href, merge(inner)));
    }

    private void styled(Inline.Style style, Element e, List<Inline> out) {
        List<Inline> inner = new ArrayList<>();
        boolean spaceBefore = lastSpace;
        children(e, inner);
        if (inner.isEmpty()) {
            return;
        }
        if (Inline.isBlank(inner)) {
            if (!spaceBefore) {
                out.add(new Inline.Text(" "));
                mergeLast(out);
            }
            return;
        }
        out.add(new Inline.Styled(style, merge(inner)));
    }

    private void children(Element e, List<Inline> out) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                text(t.getWholeText(), out);
            } else if (n instanceof Element c) {
                inline(c, out);
            }
        }
    }

    private void text(String raw, List<Inline> out) {
        String s = collapse(raw);
        if (lastSpace && s.startsWith(" ")) {
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            return;
        }
        out.add(new Inline.Text(s));
        mergeLast(out);
        lastSpace = s.endsWith(" ");
    }

    private static void mergeLast(List<Inline> out) {
        int n = out.size();
        if (n >= 2 && out.get(n - 1) instanceof Inline.Text b && out.get(n - 2) instanceof Inline.Text a) {
            out.remove(n - 1);
            out.set(n - 2, new Inline.Text(a.text() + b.text()));
        }
    }

    private static List<Inline> merge(List<Inline> in) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : in) {
            out.add(i);
            mergeLast(out);
        }
        return out;
    }

    /** Collapses runs of white space, no-break spaces included, to one space. */
    static String collapse(String s) {
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (DomQuery.isCollapsedSpace(c)
                    && (c != ' ' || (i + 1 < n && DomQuery.isCollapsedSpace(s.charAt(i + 1))))) {
                sb = new StringBuilder(n);
                sb.append(s, 0, i);
                boolean inSpace = false;
                for (int j = i; j < n; j++) {
                    char d = s.charAt(j);
                    if (DomQuery.isCollapsedSpace(d)) {
                        if (!inSpace) {
                            sb.append(' ');
                        }
                        inSpace = true;
                    } else {
                        sb.append(d);
                        inSpace = false;
                    }
                }
                break;
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static void trimEndInPlace(List<Inline> list) {
        List<Inline> t = trimEnd(list);
        list.clear();
        list.addAll(t);
    }

    /** Removes trailing white space and trailing line breaks, looking into the last marks. */
    static List<Inline> trimEnd(List<Inline> in) {
        List<Inline> list = new ArrayList<>(in);
        while (!list.isEmpty()) {
            int last = list.size() - 1;
            Inline i = list.get(last);
            Inline replacement;
            if (i instanceof Inline.Text t) {
                String s = t.text().stripTrailing();
                replacement = s.isEmpty() ? null : new Inline.Text(s);
            } else if (i instanceof Inline.LineBreak) {
                replacement = null;
            } else if (i instanceof Inline.Styled st) {
                List<Inline> c = trimEnd(st.content());
                replacement = c.isEmpty() ? null : new Inline.Styled(st.style(), c);
            } else if (i instanceof Inline.Link l) {
                List<Inline> c = trimEnd(l.content());
                replacement = c.isEmpty() ? null : new Inline.Link(l.href(), c);
            } else if (i instanceof Inline.Code c) {
                String s = c.text().stripTrailing();
                replacement = s.isEmpty() ? null : new Inline.Code(s);
            } else {
                replacement = i;
            }
            if (replacement == null) {
                list.remove(last);
                continue;
            }
            list.set(last, replacement);
            break;
        }
        return list;
    }

    /** Text in a form for comparing texts cheaply: lower case, white space collapsed. */
    static String comparable(String s) {
        return collapse(s).strip().toLowerCase(Locale.ROOT);
    }
}
