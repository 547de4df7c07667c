package org.pressmark.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pressmark.model.Metadata;
import org.pressmark.model.Metadata.Origin;
import org.pressmark.model.PageDate;

/**
 * Reads the metadata of an HTML page and records where each value was found. For every field the
 * sources are tried in one order of trust: JSON-LD, then microdata and microformats, then Open Graph,
 * then other {@code <meta>} tags (Dublin Core, name=author...), then template markup; the first that
 * gives a value wins. Dates from comments, related posts and sidebars are never taken, nor dates in the
 * future. The text direction is left to the caller, which knows the body.
 */
final class MetaExtractor {

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "blogposting", "liveblogposting", "socialmediaposting", "discussionforumposting", "posting", "report",
            "howto", "recipe");
    private static final String POST_SCOPE = ".hentry, .h-entry, article, .post, [itemtype*=Article], "
            + "[itemtype*=BlogPosting]";
    private static final MetaIndex.Query POST_QUERY = MetaIndex.Query.of(POST_SCOPE);
    private static final org.jsoup.select.Evaluator POST_EVALUATOR = org.jsoup.select.QueryParser.parse(POST_SCOPE);
    private static final MetaIndex.Query PLATFORM_QUERY = MetaIndex.Query.of(HtmlContent.PLATFORM);
    private static final MetaIndex.Query SITE_TITLE = MetaIndex.Query.of(
            "#header .title, .Header .title, .site-title, #site-title, .blog-title");
    private static final MetaIndex.Query MF_TITLE = MetaIndex.Query.of(".h-entry .p-name, .hentry .entry-title");
    private static final MetaIndex.Query POST_TITLE = MetaIndex.Query.of(".post-title, .entry-title");
    private static final MetaIndex.Query MD_AUTHOR = MetaIndex.Query.of("[itemprop=author]");
    private static final org.jsoup.select.Evaluator HTML = org.jsoup.select.QueryParser.parse("html");
    private static final org.jsoup.select.Evaluator TITLE = org.jsoup.select.QueryParser.parse("title");
    private static final org.jsoup.select.Evaluator MD_NAME = org.jsoup.select.QueryParser.parse("[itemprop=name]");
    private static final MetaIndex.Query MF_AUTHOR = MetaIndex.Query.of(
            ".h-entry .p-author, .hentry .author .fn, .hentry .vcard .fn, .hentry .author.vcard");
    private static final org.jsoup.select.Evaluator MF_NAME = org.jsoup.select.QueryParser.parse(".p-name, .fn");
    private static final MetaIndex.Query MARKUP_AUTHOR = MetaIndex.Query.of(
            "a[rel~=author], .byline, .post-author, .author .fn, .author-name, .entry-author, .author");
    private static final org.jsoup.select.Evaluator MARKUP_NAME =
            org.jsoup.select.QueryParser.parse(".fn, [rel~=author], .author-name");
    private static final MetaIndex.Query MF_PUBLISHED = MetaIndex.Query.of(".h-entry .dt-published, .hentry .published");
    private static final MetaIndex.Query MF_UPDATED = MetaIndex.Query.of(".hentry .updated, .h-entry .dt-updated");
    private static final MetaIndex.Query DATE_MARKUP = MetaIndex.Query.of(
            ".date-header, .dateline, .post-date, .entry-date, .posted-on, .timestamp, .date, .postmetadata, .submitted");
    private static final MetaIndex.Query DATELINE = MetaIndex.Query.of("p, div, span, em, small");
    private static final MetaIndex.Query HEADER_TIME = MetaIndex.Query.of("header time[datetime], time[pubdate], "
            + "time.entry-date[datetime], .entry-meta time[datetime], .post-meta time[datetime]");
    private static final MetaIndex.Query ANY_TIME = MetaIndex.Query.of("time[datetime]");
    private static final MetaIndex.Query TIME_TEXT = MetaIndex.Query.of("time");
    private static final MetaIndex.Query MD_KEYWORDS = MetaIndex.Query.of("[itemprop=keywords]");
    private static final MetaIndex.Query MF_CATEGORY = MetaIndex.Query.of(".h-entry .p-category");
    private static final MetaIndex.Query TAG_LINKS = MetaIndex.Query.of("a[rel~=tag], .post-labels a, .tags-links a");
    private static final MetaIndex.Query PARAGRAPHS = MetaIndex.Query.of("p");
    private static final MetaIndex.Query ITEMPROP = MetaIndex.Query.of("[itemprop]");
    private static final MetaIndex.Query RDFA = MetaIndex.Query.of("[property]");
    /** The class names and ids the queries above look up: the only ones the page's index files. */
    private static final MetaIndex.Keys FILED_KEYS = MetaIndex.Keys.of(List.of(
            POST_QUERY, PLATFORM_QUERY, SITE_TITLE, MF_TITLE, POST_TITLE, MD_AUTHOR, MF_AUTHOR, MARKUP_AUTHOR,
            MF_PUBLISHED, MF_UPDATED, DATE_MARKUP, DATELINE, HEADER_TIME, ANY_TIME, TIME_TEXT, MD_KEYWORDS,
            MF_CATEGORY, TAG_LINKS, PARAGRAPHS, ITEMPROP, RDFA));
    private static final List<String> ROLE_WORDS = List.of(
            "staff", "writer", "reporter", "editor", "correspondent", "contributor", "columnist",
            "photographer", "freelance", "journalist", "author", "senior", "chief", "bureau", "desk",
            "special to", "news service", "agency", "guest post",
            // the same roles in the other languages of the bylines read ("Jan Berg, Kolumnist")
            "autor", "autorin", "gastautor", "gastautorin", "kolumnist", "kolumnistin", "redakteur", "redakteurin",
            "chefredakteur", "chefredakteurin", "korrespondent", "korrespondentin", "journalistin", "fotograf",
            "fotografin", "journaliste", "chroniqueur", "chroniqueuse",
            "r\u00e9dacteur", "r\u00e9dactrice", "correspondant", "correspondante", "periodista", "redactor",
            "redactora", "corresponsal", "columnista", "giornalista", "redattore", "redattrice", "corrispondente");

    private final Document doc;
    private final Instant reference;
    private final List<Map<String, Object>> jsonObjects = new ArrayList<>();
    private final Map<String, Map<String, Object>> byId = new HashMap<>();
    private final Map<String, List<String>> metas = new HashMap<>();
    /** JSON-LD authors typed as organizations: they name who runs the site, a person named elsewhere wins. */
    private final Set<String> organizations = new java.util.HashSet<>();
    private final Map<String, Object> article;
    private final Element post;
    private final MetaHeader header;
    private final MetaIndex index;
    private final Map<MetaIndex.Query, List<Element>> scopedCache = new java.util.IdentityHashMap<>();
    /** Link addresses by relation, null where the page has no such link ({@link #linkHref}). */
    private final Map<String, String> linkHrefs = new HashMap<>();
    private String pageUrl;
    private boolean pageUrlKnown;
    /** The names of who runs the site, compared with author names ({@link #genericAuthors}); made once. */
    private SiteOwners owners;
    /** The dates found in texts of the page, by text ({@link #dateIn}). */
    private final Map<String, Optional<PageDate>> datesIn = new HashMap<>();
    /** The text of the page's title element ({@link #pageTitle}), null until it is looked for. */
    private String pageTitle;

    private MetaExtractor(Document doc, Instant reference) {
        this.doc = doc;
        this.reference = reference;
        this.header = MetaHeader.scan(doc.head(), doc.body(), FILED_KEYS);
        this.index = header.index();
        readJsonLd();
        readMetas();
        this.article = findArticleObject();
        this.post = findPost();
    }

    /**
     * Reads the metadata of a page, the direction left at its default.
     *
     * @param doc       the parsed page, before any content is removed from it
     * @param reference dates later than a day after this instant are not believed (the capture date,
     *                  or now)
     * @return the metadata with origins
     */
    static Metadata extract(Document doc, Instant reference) {
        return reading(doc, reference).metadata();
    }

    /**
     * The metadata of a page, the direction left at its default, with what the one walk of the page that
     * reads them also found for the extraction of its content.
     *
     * @param metadata    the metadata with origins
     * @param scripts     every {@code script} element of the page, in document order
     * @param hasBaseHref whether the page has a {@code base} element with an {@code href}
     */
    record Reading(Metadata metadata, List<Element> scripts, boolean hasBaseHref) {
    }

    /**
     * Reads the metadata of a page, as {@link #extract} does, with the page's scripts and whether a base
     * element fixes its links: the walk of the whole page that files its elements for the metadata rules
     * meets them all, so that the content's extraction need not walk the page again for them.
     */
    static Reading reading(Document doc, Instant reference) {
        MetaExtractor m = new MetaExtractor(doc, reference);
        return new Reading(m.read(), m.index.scripts(), m.index.hasBaseHref());
    }

    /** A value and where it was found. */
    private record Found<T>(T value, Origin origin) {
    }

    private Metadata read() {
        Metadata.Builder b = Metadata.builder();
        Found<String> site = first(
                found(jsonSite(), Origin.JSON_LD),
                found(meta("og:site_name"), Origin.OPENGRAPH),
                found(meta("application-name"), Origin.META),
                found(markupText(SITE_TITLE),
                        Origin.MARKUP));
        if (site != null) {
            b.site(site.value(), site.origin());
        }
        String siteName = site == null ? null : site.value();
        List<String> titles = new ArrayList<>();
        titles.add(jsonString(article, "headline"));
        titles.add(meta("og:title"));
        titles.add(meta("twitter:title"));
        titles.add(pageTitle());
        header.locate(post, titles, siteName);
        Found<String> title = title(siteName);
        if (title != null) {
            b.title(title.value(), title.origin());
        }
        Found<List<String>> authors = authors(siteName);
        if (authors != null) {
            b.authors(authors.value(), authors.origin());
        }
        Found<PageDate> published = published();
        if (published != null) {
            b.published(published.value(), published.origin());
        }
        Found<PageDate> modified = modified();
        if (modified != null) {
            b.modified(modified.value(), modified.origin());
        }
        Element html = doc.selectFirst(HTML);
        String htmlLang = languageTag(firstNonBlank(html == null ? null : html.attr("lang"),
                html == null ? null : html.attr("xml:lang"), doc.body() == null ? null : doc.body().attr("lang")));
        String declaredOgLocale = languageTag(meta("og:locale"));
        // og:locale is often a plugin's default ("en_US"); when it contradicts the language the html element
        // declares for the page's own text, the html lang overrules it. When they agree, og:locale stays, as
        // it usually adds the region.
        String ogLocale = declaredOgLocale != null && htmlLang != null
                && !declaredOgLocale.split("-")[0].equalsIgnoreCase(htmlLang.split("-")[0]) ? null : declaredOgLocale;
        // the guess from the text, the costliest, only for a page that declares no language
        Found<String> language = firstMapped(MetaExtractor::languageTag,
                () -> found(jsonString(article, "inLanguage"), Origin.JSON_LD),
                () -> found(ogLocale, Origin.OPENGRAPH),
                () -> found(firstNonBlank(meta("content-language"), meta("dc.language"), meta("language")),
                        Origin.META),
                () -> found(htmlLang, Origin.MARKUP),
                () -> found(MetaLanguage.guess(headerTexts()), Origin.TEXT));
        if (language != null) {
            b.language(language.value(), language.origin());
        }
        Found<String> url = firstMapped(this::absoluteHttp,
                () -> found(firstNonBlank(jsonString(article, "url"), mainEntityOfPage()), Origin.JSON_LD),
                () -> found(meta("og:url"), Origin.OPENGRAPH),
                () -> found(linkHref("canonical"), Origin.META));
        if (url != null) {
            b.url(url.value(), url.origin());
        }
        Found<String> description = first(
                found(jsonString(article, "description"), Origin.JSON_LD),
                found(meta("og:description"), Origin.OPENGRAPH),
                found(firstNonBlank(meta("description"), meta("twitter:description"), meta("dc.description")),
                        Origin.META));
        if (description != null) {
            b.description(description.value(), description.origin());
        }
        Found<List<String>> tags = tags();
        if (tags != null) {
            b.tags(tags.value(), tags.origin());
        }
        Found<String> rights = rights();
        if (rights != null) {
            b.rights(rights.value(), rights.origin());
        }
        return b.build();
    }

    // ---- title -------------------------------------------------------------------------------

    private Found<String> title(String site) {
        String json = firstNonBlank(jsonString(article, "headline"), jsonString(article, "name"));
        String host = hostName(pageUrl());
        List<Found<String>> c = new ArrayList<>();
        c.add(found(stripSiteName(decoded(json), site, host, false), Origin.JSON_LD));
        c.add(found(decoded(microdataHeadline()), Origin.MICRODATA));
        c.add(found(scopedText(MF_TITLE), Origin.MICROFORMATS));
        c.add(found(stripSiteName(decoded(meta("og:title")), site, host, false), Origin.OPENGRAPH));
        c.add(found(stripSiteName(decoded(firstNonBlank(meta("twitter:title"), meta("dc.title"))), site, host, false),
                Origin.META));
        c.add(found(stripSiteName(decoded(pageTitle()), site, host, true), Origin.MARKUP));
        String headline = header.headline() == null ? null : headlineText(header.headline());
        Found<String> best = null;
        for (Found<String> f : c) {
            // a title equal to the site name, or a generic word where the page shows a headline, names the
            // site or the section, not the post: a lower source overrules it
            if (f != null && !generic(f.value(), site, headline)) {
                best = f;
                break;
            }
        }
        if (headline != null && !headline.isEmpty()) {
            String h = MetaHeader.norm(headline);
            if (best == null) {
                return new Found<>(headline, Origin.MARKUP);
            }
            // the headline the reader sees, when the metadata title is that headline with a kicker, a
            // section or the site name around it ("Section - Headline | Site"): the decorations go
            String b = MetaHeader.norm(best.value());
            // the headline with the site's name glued before or after it, without a separator ("Site! Town"):
            // the name goes, however short the headline
            if (!b.equals(h) && !h.isEmpty() && (b.startsWith(h) || b.endsWith(h))
                    && namesSite(b.startsWith(h) ? b.substring(h.length()) : b.substring(0, b.length() - h.length()),
                            site, host)) {
                return new Found<>(headline, Origin.MARKUP);
            }
            // the headline holds the metadata title and goes on ("... vom Blech: einfach k\u00f6stlich!",
            // "... in Tennessee"): the metadata cut the headline short for length
            if (!b.equals(h) && b.length() >= 8 && b.contains(" ") && holdsWords(h, b) && h.startsWith(b)
                    && h.length() <= 200) {
                return new Found<>(headline, Origin.MARKUP);
            }
            if (!b.equals(h) && h.length() >= 8 && h.contains(" ") && holdsWords(b, h) && !headline.endsWith(":")) {
                return new Found<>(headline, Origin.MARKUP);
            }
            // the headline the reader sees says the same thing as the metadata title in other words ("Brexit:
            // Nervenkrieg geht in n\u00e4chste Runde" beside "Der Nervenkrieg um den Brexit geht in die n\u00e4chste
            // Runde"): the metadata title was rewritten for search engines or sharing, the page keeps its headline
            // (a headline that holds the title with a section before it, "Politics | Title", is not another wording)
            if (!b.equals(h) && !h.contains(b) && sameStory(b, h)) {
                return new Found<>(headline, Origin.MARKUP);
            }
            // the first source disagrees with the headline and with every other title of the page, which
            // agree with the headline (a JSON-LD "headline" holding a description): the page overrules it
            if (!related(b, h)) {
                boolean bestAlone = true;
                boolean headlineBacked = false;
                for (Found<String> f : c) {
                    if (f != null && f != best) {
                        String o = MetaHeader.norm(f.value());
                        bestAlone &= !related(o, b);
                        headlineBacked |= related(o, h);
                    }
                }
                if (bestAlone && headlineBacked) {
                    return new Found<>(headline, Origin.MARKUP);
                }
            }
        }
        if (best == null) {
            for (Found<String> f : c) {
                if (f != null) {
                    return f;
                }
            }
            return found(scopedText(POST_TITLE), Origin.MARKUP);
        }
        return best;
    }

    /**
     * The microdata headline; where it is an element of the page with a kicker line inside it ({@code <div
     * itemprop="headline"><span class="kicker">Topic</span> Headline</div>}), its words without the kicker.
     */
    private String microdataHeadline() {
        String v = microdataValue("headline");
        if (v == null) {
            return null;
        }
        for (Element e : scoped(ITEMPROP)) {
            if (hasProperty(e.attr("itemprop"), "headline") && e.childrenSize() > 0
                    && HtmlBlocks.collapse(e.text()).strip().equals(v)) {
                return headlineText(e);
            }
        }
        return v;
    }

    /**
     * Class tokens of the kicker or topic line, and of the subtitle, that templates put inside the headline
     * element beside its words.
     */
    private static final Set<String> KICKER_TOKENS = Set.of(
            "kicker", "overline", "dachzeile", "topline", "highline", "roofline", "eyebrow", "supertitle", "pretitle",
            "titleheader", "label", "spitzmarke", "subtitle", "subheadline", "subline", "untertitel", "dek");

    /** Dashes, colons, bars and spaces left before the headline's words where a kicker was taken out. */
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[-\u2013\u2014:|\u00B7\s]+");

    /**
     * The words of the headline without a kicker line or a subtitle inside it ({@code <span class="kicker">Corona
     * </span>}) and without what is hidden from the eye: the kicker names the topic, the metadata title often
     * carries it before a dash, and the post's title is the rest.
     */
    static String headlineText(Element h) {
        String full = HtmlBlocks.collapse(h.text()).strip();
        boolean any = false;
        for (Element e : h.getAllElements()) {
            any |= e != h && kickerOrHidden(e);
        }
        if (!any) {
            return full; // nothing to leave out: no copy needed
        }
        Element copy = h.clone();
        for (Element e : copy.getAllElements()) {
            if (e != copy && e.parent() != null && kickerOrHidden(e)) {
                e.remove();
            }
        }
        String rest = LEADING_SEPARATORS.matcher(HtmlBlocks.collapse(copy.text()).strip()).replaceFirst("");
        return rest.length() >= 8 ? rest : full;
    }

    /** The signs documentation generators and blog themes link a heading to itself with. */
    private static final Set<String> PERMALINK_SIGNS = Set.of("\u00B6", "#", "\u00A7", "\uD83D\uDD17");

    /**
     * Whether the element inside a headline is a kicker or subtitle line, hidden from the eye, or a link of the
     * heading to itself that shows only a sign ("\u00B6").
     */
    private static boolean kickerOrHidden(Element e) {
        if (e.normalName().equals("a") && PERMALINK_SIGNS.contains(e.text().strip())) {
            return true;
        }
        List<String> tokens = MetaHeader.tokens(e);
        for (String t : tokens) {
            if (KICKER_TOKENS.contains(t)) {
                return true;
            }
        }
        return e.attr("aria-hidden").equals("true") || tokens.contains("hidden");
    }

    /**
     * The page's title element: in the head, else the first in the body, where it lands when server warnings
     * printed before the doctype open the body early; a title inside an SVG drawing does not count. Found
     * once: the title, the headline search and the language guess ask for it, and a page whose head holds no
     * title is searched whole.
     */
    private String pageTitle() {
        if (pageTitle == null) {
            pageTitle = findPageTitle();
        }
        return pageTitle;
    }

    private String findPageTitle() {
        String t = doc.title();
        if (!t.isBlank() || doc.body() == null) {
            return t;
        }
        for (Element e : DomQuery.all(doc.body(), TITLE)) {
            if (!DomQuery.insideTag(e, "svg")) {
                return e.text();
            }
        }
        return t;
    }

    /**
     * Whether a headline of four words or more shares at least half the words of the shorter of the two with
     * the title, words of four letters and more counted.
     */
    private static boolean sameStory(String title, String headline) {
        Set<String> h = longWords(headline);
        Set<String> t = longWords(title);
        if (headline.split(" ").length < 4 || h.size() < 2 || t.size() < 2) {
            return false;
        }
        int shared = 0;
        for (String w : h) {
            if (t.contains(w)) {
                shared++;
            }
        }
        return shared * 2 >= Math.min(h.size(), t.size());
    }

    private static Set<String> longWords(String s) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : WORD_SPLIT.split(s)) {
            if (w.length() >= 4) {
                out.add(w);
            }
        }
        return out;
    }

    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Whether a part of a title is the site's name, or the name of the page's host. */
    private static boolean namesSite(String part, String site, String host) {
        String p = letters(part);
        if (p.isEmpty()) {
            return false;
        }
        return site != null && p.equals(letters(site)) || namesHost(part, hostKey(host));
    }

    /**
     * Whether the text holds the words as whole words: "Ann Lee's dress" does not hold the headline "Ann Lee",
     * which is then only the start of the title.
     */
    private static boolean holdsWords(String text, String words) {
        int i = text.indexOf(words);
        while (i >= 0) {
            int end = i + words.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    && !(text.charAt(end) == '\'' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1)));
            if (startOk && endOk) {
                return true;
            }
            i = text.indexOf(words, i + 1);
        }
        return false;
    }

    private static boolean related(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    /** The lines near the headline and the description, for guessing the language. */
    private List<String> headerTexts() {
        List<String> out = new ArrayList<>();
        for (MetaHeader.Line l : header.after()) {
            out.add(l.text());
        }
        out.add(firstNonBlank(meta("og:description"), meta("description")));
        out.add(pageTitle());
        return out;
    }

    /** Words that name a page of a site rather than a post. */
    private static final Set<String> GENERIC_TITLES = Set.of(
            "home", "homepage", "home page", "startseite", "accueil", "inicio", "news", "blog", "aktuelles",
            "untitled", "index", "welcome", "willkommen", "article", "artikel", "page", "post");

    private static boolean generic(String title, String site, String headline) {
        String t = MetaHeader.norm(title);
        if (t.isEmpty() || GENERIC_TITLES.contains(t)) {
            return true;
        }
        if (site != null && t.equals(MetaHeader.norm(site))) {
            return true;
        }
        if (headline == null) {
            return false;
        }
        String h = MetaHeader.norm(headline);
        // a one- or two-word title that the headline does not share, beside a headline of a real sentence:
        // the title names the section ("Medienmitteilungen") or the site
        return t.split(" ").length <= 2 && !h.contains(t) && !t.contains(h) && h.split(" ").length >= 3;
    }

    /** Decodes character references left in a value that was escaped twice ("&amp;#039;" in the source). */
    private static String decoded(String value) {
        if (value == null || value.indexOf('&') < 0 || !DOUBLE_ESCAPED.matcher(value).matches()) {
            return value;
        }
        return org.jsoup.parser.Parser.unescapeEntities(value, false);
    }

    /**
     * Removes a site-name suffix (" | Site", " - Site", " – Site", " :: Site", " » Site") or a Blogger
     * "Site: " prefix from a title: when the part matches the site name, or, if {@code lenient}, when the
     * suffix is shorter than the rest.
     */
    static String stripSiteName(String title, String site, boolean lenient) {
        return stripSiteName(title, site, null, lenient);
    }

    /**
     * Removes a site-name suffix or prefix as {@link #stripSiteName(String, String, boolean)} does, and also
     * one that names the page's host ("Post - Harbor42" on harbor42.org, "Post | kreisblatt.de", "Post - La
     * Gazzetta Nord" on lagazzettanord.it), which needs no site name in the metadata.
     *
     * @param host the host of the page's URL, or null
     */
    static String stripSiteName(String title, String site, String host, boolean lenient) {
        if (title == null) {
            return null;
        }
        String t = HtmlBlocks.collapse(title).strip();
        String[] key = hostKey(host);
        boolean stripped = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String sep : SITE_SEPARATORS) {
                int i = t.lastIndexOf(sep);
                if (i > 0 && namesHost(t.substring(i + sep.length()), key)) {
                    t = t.substring(0, i).strip();
                    changed = true;
                    stripped = true;
                    break;
                }
                i = t.indexOf(sep);
                if (i > 0 && t.length() > i + sep.length() && (namesHost(t.substring(0, i), key)
                        || ARCHIVE_LABELS.contains(MetaHeader.norm(t.substring(0, i))))) {
                    t = t.substring(i + sep.length()).strip();
                    changed = true;
                    stripped = true;
                    break;
                }
                int after = afterArchiveLabel(t, sep);
                if (after > 0) {
                    t = t.substring(after).strip();
                    changed = true;
                    stripped = true;
                    break;
                }
            }
        }
        // once the host's name is gone, what is left is the title: a lenient guess would cut into it
        return stripSiteNameOnly(t, site, lenient && !stripped);
    }

    /**
     * Where the title starts after an archive label between two separators ("Blog Name \u00BB Blog Archive \u00BB
     * Post"), whatever names the blog before it; -1 without one.
     */
    private static int afterArchiveLabel(String t, String sep) {
        int j = t.indexOf(sep);
        while (j > 0) {
            int k = t.indexOf(sep, j + sep.length());
            if (k < 0) {
                return -1;
            }
            if (ARCHIVE_LABELS.contains(MetaHeader.norm(t.substring(j + sep.length(), k)))
                    && k + sep.length() < t.length()) {
                return k + sep.length();
            }
            j = k;
        }
        return -1;
    }

    private static final String[] SITE_SEPARATORS = {
        " | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00BB ", " \u00B7 ", " / "};
    /** The label classic blog themes put between the blog's name and the post's ("Blog » Blog Archive » Post"). */
    private static final Set<String> ARCHIVE_LABELS = Set.of("blog archive", "blog archiv", "archive", "archiv");
    /** Second-level labels under a country's domain that name no site ("co" in co.uk). */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu", "or", "ne",
            "go", "gob", "gv");

    /**
     * The name a host is known by and its top-level domain: "lastampa" and "it" for www.lastampa.it, "bbc" and
     * "uk" for www.bbc.co.uk; null without a host or with a name shorter than three letters.
     */
    private static String[] hostKey(String host) {
        if (host == null) {
            return null;
        }
        List<String> labels = new ArrayList<>(List.of(host.toLowerCase(Locale.ROOT).split("\\.")));
        if (labels.size() < 2) {
            return null;
        }
        String tld = labels.remove(labels.size() - 1);
        if (labels.size() >= 2 && tld.length() == 2 && SECOND_LEVEL.contains(labels.get(labels.size() - 1))) {
            labels.remove(labels.size() - 1);
        }
        String key = letters(labels.get(labels.size() - 1));
        return key.length() >= 3 ? new String[] {key, tld} : null;
    }

    /**
     * Whether a title part names the host: its letters and digits are the host's name, with or without the
     * top-level domain ("KREISBLATT.DE", "La Gazzetta Nord", "Harbor42"); a longer name may add a word
     * ("Harbor42 Europe").
     */
    private static boolean namesHost(String part, String[] key) {
        if (key == null) {
            return false;
        }
        String p = letters(part);
        String k = key[0];
        if (p.isEmpty() || p.length() > k.length() + 16) {
            return false;
        }
        return p.equals(k) || p.equals(k + key[1]) || k.length() >= 5 && (p.startsWith(k) || k.startsWith(p)
                && p.length() >= 5);
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFKD)
                .toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The page's own URL, absolute, or null; looked up once, as several fields ask for it. */
    private String pageUrl() {
        if (!pageUrlKnown) {
            pageUrl = absoluteHttp(ownAddress());
            pageUrlKnown = true;
        }
        return pageUrl;
    }

    /**
     * The address the page gives for itself, as written: the JSON-LD article's, the Open Graph one, the
     * canonical link's, else the address it was fetched from; null without any. The canonical link is
     * resolved against the base only when the metadata before it names no address.
     */
    private String ownAddress() {
        String stated = firstNonBlank(jsonString(article, "url"), mainEntityOfPage(), meta("og:url"));
        return stated != null ? stated : firstNonBlank(linkHref("canonical"), doc.location());
    }

    private static String hostName(String url) {
        if (url == null) {
            return null;
        }
        try {
            return java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String stripSiteNameOnly(String title, String site, boolean lenient) {
        if (title == null) {
            return null;
        }
        String t = HtmlBlocks.collapse(title).strip();
        if (t.isEmpty()) {
            return null;
        }
        String s = site == null ? null : HtmlBlocks.comparable(site);
        for (String sep : new String[] {" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00BB ", " \u00B7 ", " / "}) {
            int i = t.lastIndexOf(sep);
            if (i > 0) {
                String head = t.substring(0, i).strip();
                String tail = t.substring(i + sep.length()).strip();
                // the part after the separator printed twice, the first time glued to the title ("Post
                // TitleSite Tagline | Site Tagline"): a template's name of the site, whatever the metadata says
                if (tail.length() >= 12 && tail.indexOf(' ') > 0 && head.length() > tail.length() + 3
                        && head.endsWith(tail)) {
                    return head.substring(0, head.length() - tail.length()).strip();
                }
                if (s != null && HtmlBlocks.comparable(tail).equals(s)) {
                    return head;
                }
                if (s != null && HtmlBlocks.comparable(head).equals(s) && !tail.isEmpty()) {
                    return tail;
                }
                // a part that asks or exclaims ("- was lohnt sich mehr?") belongs to the headline: site names do not
                if (lenient && !head.isEmpty() && tail.length() < head.length() && !sep.equals(" / ")
                        && !tail.endsWith("?") && !tail.endsWith("!")) {
                    return head;
                }
            }
        }
        if (s != null) {
            String lower = HtmlBlocks.comparable(t);
            if (lower.startsWith(s + ":") && t.length() > s.length() + 1) {
                return t.substring(s.length() + 1).strip();
            }
        }
        return t;
    }

    // ---- authors -----------------------------------------------------------------------------

    private Found<List<String>> authors(String site) {
        authorSite = site;
        // the sources in order of trust, each read only when none before it named a writer: most pages name
        // theirs in JSON-LD or a meta element, and the byline searches of the text cost far more
        List<Supplier<Found<List<String>>>> sources = List.of(
                () -> found(distinct(jsonAuthors()), Origin.JSON_LD),
                () -> found(distinct(microdataAuthors()), Origin.MICRODATA),
                () -> found(distinct(microformatAuthors()), Origin.MICROFORMATS),
                () -> found(distinct(openGraphAuthors()), Origin.OPENGRAPH),
                () -> found(distinct(metaAuthors()), Origin.META),
                () -> found(distinct(markupAuthors()), Origin.MARKUP),
                () -> found(distinct(headerByline()), Origin.TEXT),
                () -> found(labelledAuthor(), Origin.TEXT),
                () -> found(handleByline(), Origin.TEXT),
                () -> found(signOff(), Origin.MARKUP));
        // an "author" that is the site, its publisher or a domain name says who runs the site, not who wrote
        // the post: a person named by a lower source overrules it; alone it is kept
        Found<List<String>> generic = null;
        for (Supplier<Found<List<String>>> source : sources) {
            Found<List<String>> f = source.get();
            if (f == null) {
                continue;
            }
            if (!genericAuthors(f.value(), site)) {
                return f.origin() == Origin.TEXT ? f : preferVisibleByline(f);
            }
            if (generic == null) {
                generic = f;
            }
        }
        return generic != null ? generic : staffAuthors();
    }

    /** The names of the JSON-LD article's authors; those typed as organizations are noted as such. */
    private List<String> jsonAuthors() {
        List<String> json = new ArrayList<>();
        for (Object a : list(article == null ? null : article.get("author"))) {
            String name = nameOf(a);
            if (name != null) {
                List<String> names = cleanAuthors(name);
                json.addAll(names);
                if (resolve(a) instanceof Map<?, ?> m && hasType(m, "organization")) {
                    organizations.addAll(names);
                }
            }
        }
        return json;
    }

    /** The names of the post's microdata authors, those of cited works, comments and reviews left out. */
    private List<String> microdataAuthors() {
        List<String> microdata = new ArrayList<>();
        for (Element e : scoped(MD_AUTHOR)) {
            if (ofCitedWork(e)) {
                continue;
            }
            Element n = e.selectFirst(MD_NAME);
            microdata.addAll(cleanAuthors(n != null ? valueOf(n) : valueOf(e)));
        }
        return microdata;
    }

    /** The names of the post's microformat authors, each once. */
    private List<String> microformatAuthors() {
        List<String> microformats = new ArrayList<>();
        for (Element e : scoped(MF_AUTHOR)) {
            Element n = e.selectFirst(MF_NAME);
            List<String> names = cleanAuthors(n != null && n != e ? n.text() : e.text());
            for (String name : names) {
                if (!microformats.contains(name)) {
                    microformats.add(name);
                }
            }
        }
        return microformats;
    }

    /** The names of the Open Graph authors that are not addresses of profile pages. */
    private List<String> openGraphAuthors() {
        List<String> og = new ArrayList<>();
        for (String a : metas("article:author")) {
            if (!looksLikeUrl(a)) {
                og.addAll(cleanAuthors(a));
            }
        }
        return og;
    }

    /** The names of the first author meta element kind that names any. */
    private List<String> metaAuthors() {
        List<String> meta = new ArrayList<>();
        for (String key : new String[] {"author", "dc.creator", "dcterms.creator", "citation_author", "parsely-author",
            "sailthru.author"}) {
            for (String a : metas(key)) {
                if (!looksLikeUrl(a)) {
                    meta.addAll(cleanAuthors(a));
                }
            }
            if (!meta.isEmpty()) {
                break;
            }
        }
        return meta;
    }

    /** The names of the first author markup of the post that names any, else of the elements named for the author. */
    private List<String> markupAuthors() {
        List<String> markup = new ArrayList<>();
        for (Element e : scoped(MARKUP_AUTHOR)) {
            Element n = e.selectFirst(MARKUP_NAME);
            markup.addAll(cleanAuthors((n != null && n != e ? n : e).text()));
            if (!markup.isEmpty()) {
                break;
            }
        }
        if (markup.isEmpty()) {
            markup.addAll(markedAuthors());
        }
        return markup;
    }

    /** The item properties that hold another work or another person's words: their authors are not the page's. */
    private static final Pattern OTHER_WORK = Pattern.compile(
            "(?i)(?:^|\\s)(?:citation|comment|review|mentions|isbasedon|workexample)(?:\\s|$)");

    /**
     * Whether a microdata author belongs to a work the page cites, a comment or a review rather than to the
     * page's own item: the nearest item around it is itself such a property ("itemprop=citation" on each
     * reference of a paper, each carrying its own authors).
     */
    private static boolean ofCitedWork(Element e) {
        Element item = DomQuery.itemOf(e);
        return item != null && OTHER_WORK.matcher(item.attr("itemprop")).find();
    }

    /**
     * Metadata that names the author by one word only (a user handle, a brand, initials) gives way to a
     * byline beside the headline that names a person ("By Ann Lee"): site-wide author settings of a
     * template say less about this post than the line the readers see.
     */
    private Found<List<String>> preferVisibleByline(Found<List<String>> f) {
        for (String n : f.value()) {
            if (n.strip().contains(" ")) {
                return f;
            }
        }
        List<String> shown = headerByline();
        if (shown.size() == 1 && PERSON.matcher(shown.get(0)).matches() && !f.value().contains(shown.get(0))) {
            return new Found<>(shown, Origin.TEXT);
        }
        return f;
    }

    /**
     * A byline that names no person but a role ("Staff Writer", "Staff and news service reports"), from
     * JSON-LD, the author meta elements or the author markup: what the page says wrote it when nothing names
     * a person.
     */
    private Found<List<String>> staffAuthors() {
        for (Object a : list(article == null ? null : article.get("author"))) {
            String name = nameOf(a);
            if (name != null && !cleanAuthors(name, true).isEmpty()) {
                return new Found<>(cleanAuthors(name, true), Origin.JSON_LD);
            }
        }
        for (String key : new String[] {"author", "dc.creator", "parsely-author"}) {
            for (String a : metas(key)) {
                if (!looksLikeUrl(a) && !cleanAuthors(a, true).isEmpty()) {
                    return new Found<>(cleanAuthors(a, true), Origin.META);
                }
            }
        }
        for (Element e : scoped(MARKUP_AUTHOR)) {
            Element n = e.selectFirst(MARKUP_NAME);
            List<String> names = cleanAuthors((n != null && n != e ? n : e).text(), true);
            if (!names.isEmpty() && HtmlBlocks.collapse(e.text()).length() <= 60) {
                return new Found<>(names, Origin.MARKUP);
            }
        }
        for (Element e : header.authorMarked()) {
            String t = HtmlBlocks.collapse(e.text()).strip();
            if (!t.isEmpty() && t.length() <= 60 && !cleanAuthors(t, true).isEmpty()) {
                return new Found<>(cleanAuthors(t, true), Origin.MARKUP);
            }
        }
        return null;
    }

    /**
     * Whether every name is the site's rather than a writer's: a domain name, the site or publisher name, the
     * name of the page's host ("L-MAG" on l-mag.de), or a JSON-LD author typed as an organization.
     */
    private boolean genericAuthors(List<String> names, String site) {
        SiteOwners o = owners(site);
        for (String n : names) {
            // "Harbour Gazette /kl": the site with the initials of the editor who posted the item
            String k = MetaHeader.norm(EDITOR_CODE.matcher(n).replaceFirst(""));
            boolean domain = DOMAIN_NAME.matcher(k).matches();
            if (!domain && !k.equals(o.site()) && !k.equals(o.publisher()) && !k.equals(o.metaPublisher())
                    && !organizations.contains(n) && !namesHost(n, o.host())) {
                return false;
            }
        }
        return true;
    }

    /** Initials or an agency code after a slash at the end of a byline ("/kl", "/dpa"). */
    private static final Pattern EDITOR_CODE = Pattern.compile("\\s*/\\s*\\p{L}{1,4}$");
    private static final Pattern DOMAIN_NAME = Pattern.compile("[\\p{L}\\p{N}.-]+\\.[a-z]{2,6}");

    /**
     * The compared forms of the names of who runs the site: the site name, the JSON-LD publisher, the
     * publisher meta element, and the key of the page's host.
     */
    private record SiteOwners(String siteName, String site, String publisher, String metaPublisher, String[] host) {
    }

    /** The names of who runs the site, made once per site name (the author search asks with one). */
    private SiteOwners owners(String site) {
        if (owners != null && java.util.Objects.equals(owners.siteName(), site)) {
            return owners;
        }
        String publisher = article == null ? null : nameOf(first(list(article.get("publisher"))));
        // <meta name="publisher" content="Harbour Gazette (www.example.org)">: the name without the note
        List<String> metaPublishers = cleanAuthors(firstNonBlank(meta("publisher"), meta("dc.publisher"),
                meta("article:publisher") == null || looksLikeUrl(meta("article:publisher")) ? null
                        : meta("article:publisher")));
        String metaPublisher = metaPublishers.size() == 1 ? metaPublishers.get(0) : null;
        owners = new SiteOwners(site, MetaHeader.norm(site), MetaHeader.norm(publisher),
                MetaHeader.norm(metaPublisher), hostKey(hostName(pageUrl())));
        return owners;
    }

    /** Names in elements whose class names them the author, those inside the post first; short texts only. */
    private List<String> markedAuthors() {
        List<Element> marked = header.authorMarked();
        for (int pass = 0; pass < 2; pass++) {
            for (Element e : marked) {
                boolean inPost = post != null && post != doc.body() && DomQuery.within(e, post);
                if (pass == 0 != inPost) {
                    continue;
                }
                String t = HtmlBlocks.collapse(e.text()).strip();
                if (t.isEmpty() || t.length() > 100) {
                    continue;
                }
                List<String> names = cleanAuthors(t);
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    /** "By", "von", "par", "por"... before a capitalised name, in the languages of {@link MetaDates}. */
    private static final Pattern BYLINE = Pattern.compile(
            // a bare "by" or "von" only where a byline starts: mid-sentence it is a preposition
            "(?:(?:^|[|\u2022\u00B7,;(]\\s*|\\s[-\u2013\u2014]\\s)(?i:by|von|par|por|door|av)\\s+"
            + "|(?:^|\\s)(?i:posted by|written by|beitrag von|geschrieben von|verfasst von|erstellt von|escrito por"
            + "|publicado por|publi\u00e9 par|\u00e9crit par|scritto da|a cura di|text von|texte de|texto de|text by"
            + "|words by|story by|ein beitrag von)\\s*:?\\s+"
            + "|(?:^|[|\u2022\u00B7,;(]\\s*|\\s[-\u2013\u2014]\\s)(?i:text|texte|autor|autorin|autoren|author|authors|words"
            + "|redaktion)"
            + "(?:\\s+(?i:und|and|&|et)\\s+\\p{L}+)?\\s*:\\s*)"
            + "(\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'\u2019-]*|de|van|von|der|den|da|di|del|la|le|y"
            + "|und|and|et|&)){0,6})");
    private static final Pattern BYLINE_LABEL = Pattern.compile(
            "(?i)(?:by|von|par|por|text|texte|autor|autorin|autoren|author|authors|words|redaktion)\\s*:?");

    /** A conjunction that joins the last name of a list: "Ann Lee, Tom Reyes and Kim Ode". */
    private static final Pattern LIST_CONJUNCTION = Pattern.compile("\\s+(?:and|und|et|y|e|en|&)\\s+|\\s*&\\s*");

    /**
     * The rest of a list of names after the first name of a byline: ", Tom Reyes and Kim Ode" in "By Ann
     * Lee, Tom Reyes and Kim Ode, Berlin". Each item after a comma must be a person's name (or names joined
     * by a conjunction), and the list must end with a conjunction: a place or an outlet after a comma
     * ("By Ann Lee, Berlin", "By Ann Lee, New York") is no name and gives an empty tail.
     */
    static String commaListTail(String rest) {
        StringBuilder tail = new StringBuilder();
        boolean conjunction = false;
        String r = rest;
        while (r.startsWith(",") && !conjunction) {
            int next = r.indexOf(',', 1);
            String item = (next < 0 ? r.substring(1) : r.substring(1, next)).strip();
            String[] names = LIST_CONJUNCTION.split(item);
            if (names.length > 2) {
                break;
            }
            boolean persons = true;
            for (String n : names) {
                persons &= n.length() <= 40 && PERSON.matcher(n.strip()).matches();
            }
            if (!persons) {
                break;
            }
            conjunction = names.length == 2;
            tail.append(", ").append(item);
            r = next < 0 ? "" : r.substring(next);
        }
        return conjunction ? tail.toString() : "";
    }

    /** A person's name as bylines print it: two to four capitalised words. */
    private static final Pattern PERSON = Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019-]*\\.?(?:\\s+(?:(?:van|von|de|der|da|di|del|le|la)\\s+)?\\p{Lu}[\\p{L}'\u2019-]*\\.?){1,3}");

    private static final Pattern DOTTED_DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}");
    private static final Pattern DATE_LINE_SEPARATOR = Pattern.compile(
            "\\s*[|\u2022\u00B7,\u2013\u2014/]\\s*|\\s+-\\s+");
    private static final Pattern CLOCK = Pattern.compile("(?i)\\b\\d{1,2}[:.]\\d{2}\\s*(uhr|h)?\\b");
    /** Words one of which every match of {@link #BYLINE} holds, in any case: most lines hold none. */
    private static final String[] BYLINE_WORDS = {
        "by", "von", "par", "por", "door", "av", "text", "autor", "author", "words", "redaktion", "scritto da",
        "cura di"};

    /** Whether the line holds a word that {@link #BYLINE} needs: a quick no before the pattern. */
    private static boolean mayBeByline(String line) {
        // one pass over the line: at each character that can start a word, the words starting with it
        for (int i = 0, n = line.length(); i < n; i++) {
            char c = line.charAt(i);
            if (c < 128 && BYLINE_STARTS[c] != null) {
                for (String w : BYLINE_STARTS[c]) {
                    if (line.regionMatches(true, i + 1, w, 1, w.length() - 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The {@link #BYLINE_WORDS} by their first letter, lower or upper case. */
    private static final String[][] BYLINE_STARTS = bylineStarts();

    private static String[][] bylineStarts() {
        String[][] starts = new String[128][];
        for (String w : BYLINE_WORDS) {
            for (char c : new char[] {w.charAt(0), Character.toUpperCase(w.charAt(0))}) {
                String[] old = starts[c] == null ? new String[0] : starts[c];
                String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
                grown[old.length] = w;
                starts[c] = grown;
            }
        }
        return starts;
    }

    /**
     * A byline printed beside the headline: "By Ann Lee", "von Uta Berg", "Texte : Ana Lima", or a name
     * standing alone between the separators of a date line ("04.02.2022 | 13:10 Uhr | Uta Berg").
     */
    private List<String> headerByline() {
        List<String> siteByline = null;
        for (List<MetaHeader.Line> lines : List.of(header.after(), header.before())) {
            for (int i = 0; i < lines.size(); i++) {
                String t = lines.get(i).text();
                if (lines == header.after() && i + 1 < lines.size() && BYLINE_LABEL.matcher(t).matches()) {
                    // "Autor:" on a line of its own, the name on the next
                    t = t + " " + lines.get(i + 1).text();
                }
                Matcher m = mayBeByline(t) ? BYLINE.matcher(t) : null;
                if (m != null && m.find() && (t.length() <= 120 || m.start() < 30)) {
                    List<String> names = cleanAuthors(m.group(1) + commaListTail(t.substring(m.end(1))));
                    if (!names.isEmpty() && genericAuthors(names, authorSite)) {
                        // "By The Harbour Gazette" over a "Written by: Ann Lee" further down: look on
                        if (siteByline == null) {
                            siteByline = names;
                        }
                    } else if (!names.isEmpty()) {
                        return names;
                    }
                }
                if (t.length() <= 100 && dateIn(t).isPresent()) {
                    String undated = MetaDates.removeDates(Dates.find(t, reference).isPresent()
                            ? DOTTED_DATE.matcher(t).replaceAll(" ") : t);
                    for (String part : DATE_LINE_SEPARATOR.split(undated)) {
                        String p = TRAILING_DATE_LABEL.matcher(CLOCK.matcher(part).replaceAll(" ")).replaceAll("").strip();
                        if (PERSON.matcher(p).matches() && p.length() <= 40 && !notAWriter(p)) {
                            return List.of(p);
                        }
                    }
                }
            }
        }
        // a name alone on its line beside a line that is only a date, next to the headline (a template's
        // meta block: "<div>05.10.2021</div><h5>Ann Lee</h5>")
        for (List<MetaHeader.Line> lines : List.of(header.after(), header.before())) {
            for (int i = 0; i < lines.size() && i < 3; i++) {
                String t = lines.get(i).text().strip();
                if (t.length() > 40 || !PERSON.matcher(t).matches() || notAWriter(t)
                        || dateIn(t).isPresent()) {
                    continue;
                }
                for (int k : new int[] {i - 1, i + 1}) {
                    if (k >= 0 && k < lines.size() && lines.get(k).text().strip().length() <= 25
                            && dateIn(lines.get(k).text()).isPresent()
                            && (siteByline == null || !genericAuthors(List.of(t), authorSite))) {
                        return List.of(t);
                    }
                }
            }
        }
        return siteByline != null ? siteByline : List.of();
    }

    // the patterns of cleanAuthors, compiled once: it runs for every byline candidate
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}(?![\\p{L}\\p{N}])");
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*\\([^)]*\\)?\\s*$");
    private static final Pattern POSTED_BY = Pattern.compile("(?i)\\b(posted|written|published|reported|story|text|words|photos?|recipe)\\s+by\\b:?");
    private static final Pattern POSTED_BY_OTHER = Pattern.compile("(?iu)\\b(erstellt|ver\u00f6ffentlicht|geschrieben|verfasst|ein beitrag|beitrag|publi\u00e9|\u00e9crit"
                + "|escrito|publicado|scritto|pubblicato)\\s+(von|par|por|da|am|le|el|il|on)\\b");
    private static final Pattern LEADING_BY = Pattern.compile("(?i)^\\s*(by|author|authors|autor|autorin|von|par|por|door)\\b\\s*:?");
    private static final Pattern TRAILING_PREPOSITION = Pattern.compile("(?i)\\s(on|at|in|le|am|um)\\s*$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("(?i)\\s+(?:and|und|et|y|e|en)\\s+|\\s*&\\s*|\\s*;\\s*|\\s*,\\s*"
                + "|\\s+[|\u2013\u2014\u00BB-]\\s+|\\s+(?:and|und)$");
    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^by\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
    /** A word of a page's controls ("View Comments", "Zum Inhalt", "Teilen"): no part of a person's name. */
    private static final Pattern INTERFACE_WORD = Pattern.compile("(?iu)(?<!\\p{L})(?:comments?|kommentare?|kommentieren"
            + "|commentaires?|comentarios?|commenti|reply|antworten|share|teilen|empfehlen|inhalt|skip|menu|men\u00fc"
            + "|newsletter|login|subscribe|abonnieren)(?!\\p{L})");
    /** A label that says a date follows ("Reuters Updated: May 3", "Published On May 10"), left when the date is cut. */
    private static final Pattern TRAILING_DATE_LABEL = Pattern.compile("(?iu)\\s*\\b(?:last\\s+)?(?:updated|published"
            + "|posted|modified|aktualisiert|ver\u00f6ffentlicht|erschienen|publi\u00e9|actualizado|publicado)"
            + "(?:\\s+(?:on|am|le|el))?\\s*:?\\s*$");
    /**
     * A credit for other work than the writing: translation, illustration, camera, or a photo credit with its
     * colon ("\u00dcbersetzung Eva Lind", "Translated by Eva Lind", "Illustrator: Eva Lind", "Foto: Eva Lind").
     */
    private static final Pattern OTHER_CREDIT = Pattern.compile("(?iu)^(?:(?:\u00fcbersetzung|translation|traduction"
            + "|traducci\u00f3n|traduzione|illustrationen|illustration|ill?ustrator(?:in)?|grafik|kamera|camera)(?!\\p{L})"
            + "|(?:fotos?|photos?|bilder|bild)\\s*:"
            + "|(?:translated|\u00fcbersetzt|traduit|traducido|tradotto)\\s+(?:by|von|par|por|da)(?!\\p{L}))");

    /** Whether a name-shaped text is a control's label or a credit for other work than the writing. */
    private static boolean notAWriter(String name) {
        return INTERFACE_WORD.matcher(name).find() || OTHER_CREDIT.matcher(name).find();
    }

    /** A role word standing as a word of a name ("Staff Writer"). */
    private static final Pattern ROLE = Pattern.compile("\\b(?:" + String.join("|", ROLE_WORDS.stream().map(Pattern::quote).toList()) + ")\\b");

    /** A byline naming only that a writer wrote it ("unknown author"): no role kept as a name. */
    private static final Pattern UNNAMED_WRITER = Pattern.compile("(?:no |unknown |anonymous )?(?:author|writer"
            + "|contributor|journalist|reporter|editor)");
    /**
     * The last letters of the words {@link #TRAILING_DATE_LABEL} ends with, case-folded as the pattern compares
     * them ("updated", "erschienen", "publi\u00e9", "publicado", "am", "le", "el").
     */
    private static final String DATE_LABEL_ENDS = "dtn\u00e9omel";
    /** The first letters of the words {@link #LEADING_BY} takes, in lower case ("by", "autor", "von", "par", "door"). */
    private static final String LEADING_BY_STARTS = "bavpd";
    /** The last letters of the words {@link #TRAILING_PREPOSITION} takes, in lower case ("on", "at", "le", "am"). */
    private static final String PREPOSITION_ENDS = "ntem";

    /** The first character that is not ASCII white space (the patterns' \s), or 0. */
    private static char firstWordChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!DomQuery.isPatternSpace(c)) {
                return c;
            }
        }
        return 0;
    }

    /**
     * The last character that is not ASCII white space, a colon or a line terminator (before which a pattern's
     * "$" also matches), or 0: the last letter a pattern anchored at the end with such a tail can match.
     */
    private static char lastWordChar(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (!DomQuery.isPatternSpace(c) && c != ':' && c != '\u0085' && c != '\u2028' && c != '\u2029') {
                return c;
            }
        }
        return 0;
    }

    /** The character in lower case if it is an ASCII capital, as a case-insensitive pattern without the Unicode flag folds it. */
    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** The character case-folded as a pattern with the Unicode case flag compares it; 0 stays 0. */
    private static char foldCase(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Whether the text holds "by" in any ASCII case, which {@link #POSTED_BY} needs. */
    private static boolean hasAsciiBy(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (lowerAscii(s.charAt(i)) == 'b' && lowerAscii(s.charAt(i + 1)) == 'y') {
                return true;
            }
        }
        return false;
    }

    /**
     * Cleans a byline into names: drops "By", "Posted by", dates, times and roles, and splits several
     * names joined by "and", "&amp;", commas or semicolons.
     */
    static List<String> cleanAuthors(String raw) {
        return cleanAuthors(raw, false);
    }

    /**
     * Cleans a byline into names as {@link #cleanAuthors(String)} does; with {@code keepRoles} a byline of
     * role words only ("Staff Writer") is kept whole instead of dropped.
     */
    static List<String> cleanAuthors(String raw, boolean keepRoles) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        String s = HtmlBlocks.collapse(raw).strip();
        if (MetaDates.hasDigit(s)) {
            s = MetaDates.removeDates(s);
            s = NUMERIC_DATE.matcher(s).replaceAll(" ");
        }
        // a parenthesised note or address ("Deutsche Welle (www.dw.com)") is not part of the name
        if (s.indexOf('(') >= 0) {
            s = TRAILING_NOTE.matcher(s).replaceAll(" ");
        }
        // the cheap tests before some patterns are exact: a text that fails one cannot match the pattern
        if (DATE_LABEL_ENDS.indexOf(foldCase(lastWordChar(s))) >= 0) {
            s = TRAILING_DATE_LABEL.matcher(s).replaceAll(" ");
        }
        if (hasAsciiBy(s)) {
            s = POSTED_BY.matcher(s).replaceAll(" ");
        }
        s = POSTED_BY_OTHER.matcher(s).replaceAll(" ");
        if (LEADING_BY_STARTS.indexOf(lowerAscii(firstWordChar(s))) >= 0) {
            s = LEADING_BY.matcher(s).replaceAll(" ");
        }
        if (PREPOSITION_ENDS.indexOf(lowerAscii(lastWordChar(s))) >= 0) {
            s = TRAILING_PREPOSITION.matcher(s).replaceAll(" ");
        }
        for (String part : NAME_SEPARATOR.split(s)) {
            String name = EDGE_PUNCTUATION.matcher(part.strip()).replaceAll("").strip();
            name = BY_PREFIX.matcher(name).replaceFirst("").strip();
            if (name.isEmpty() || name.length() > 80 || !HAS_LETTER.matcher(name).matches() || looksLikeUrl(name)
                    || notAWriter(name)) {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            boolean role = ROLE.matcher(lower).find() && (!keepRoles || UNNAMED_WRITER.matcher(lower).matches());
            if (!role && !lower.equals("on") && !lower.equals("at") && !lower.equals("admin")) {
                out.add(name);
            }
        }
        return out;
    }

    // ---- dates -------------------------------------------------------------------------------

    private Found<PageDate> published() {
        // the sources in order of trust, each read only when none before it gave a date
        Found<PageDate> f = firstOf(
                () -> date(firstNonBlank(jsonString(article, "datePublished"), jsonString(article, "dateCreated")),
                        Origin.JSON_LD),
                () -> date(microdataValue("datePublished"), Origin.MICRODATA),
                () -> date(rdfaPublished(), Origin.MICRODATA),
                () -> date(microformatDate(MF_PUBLISHED), Origin.MICROFORMATS),
                () -> date(microformatDate(MF_UPDATED), Origin.MICROFORMATS),
                () -> date(meta("article:published_time"), Origin.OPENGRAPH),
                () -> date(firstNonBlank(meta("date"), meta("dc.date"), meta("dc.date.issued"), meta("dcterms.date"),
                        meta("dcterms.created"), meta("dcterms.issued"), meta("pubdate"), meta("publishdate"),
                        meta("publish-date"), meta("publication_date"), meta("citation_publication_date"),
                        meta("sailthru.date"), meta("parsely-pub-date")), Origin.META),
                () -> date(headerTime(), Origin.MARKUP),
                () -> date(markupDate(DATE_MARKUP), Origin.MARKUP),
                this::headerLineDate,
                () -> date(datelineText(), Origin.TEXT),
                this::labelledDate,
                () -> date(urlDate(), Origin.TEXT));
        if (f == null) {
            // the last resort: the post's record in the data a script-driven template embeds
            f = date(MetaScriptData.published(index.scripts()), Origin.MARKUP);
        }
        if (f != null && f.origin() != Origin.TEXT) {
            Found<PageDate> path = earlierUrlDay(f.value().date());
            if (path != null) {
                return path;
            }
        }
        if (f != null && f.origin() != Origin.TEXT) {
            // the date line printed beside the headline is the day the readers are told; metadata that
            // names another day holds a time in UTC that falls on the next or the previous day, or a
            // time stamp of the system (import, migration, last edit): the page's own line overrules it
            Found<PageDate> shown = shownDate();
            if (shown != null && !shown.value().date().equals(f.value().date())
                    && !showsDay(shownLine, f.value().date())) {
                return shown;
            }
        }
        if (f != null && f.origin().compareTo(Origin.META) <= 0 && f.value().dateTime() != null
                && f.value().dateTime().getOffset().getTotalSeconds() == 0) {
            // a time given in UTC can fall on the next or the previous calendar day from the one the page
            // shows its readers; a date printed anywhere in the header then gives the local day
            Found<PageDate> local = headerLineDate();
            if (local != null && oneDayApart(local.value().date(), f.value().date())) {
                return local;
            }
            Found<PageDate> shown = adjacentShownDay(f.value().date());
            if (shown != null) {
                return shown;
            }
        }
        return f;
    }

    /** How many days a URL's date path may lie before the metadata's day and still be the same posting. */
    private static final int URL_DAY_SLACK = 31;

    /**
     * The day of the page's URL path ("/2017/7/12/") when it lies more than a month before the day the
     * metadata names and no date line beside the headline shows that later day: the path is fixed when the
     * post first goes up, so metadata long after it is the time stamp of a migration or a later re-save.
     */
    private Found<PageDate> earlierUrlDay(LocalDate metadataDay) {
        String u = urlDate();
        if (u == null) {
            return null;
        }
        Optional<PageDate> d = MetaDates.parseIso(u);
        if (d.isEmpty() || d.get().date().plusDays(URL_DAY_SLACK).compareTo(metadataDay) >= 0) {
            return null;
        }
        Found<PageDate> shown = shownDate();
        if (shown != null && !shown.value().date().equals(d.get().date())) {
            return null;
        }
        return new Found<>(d.get(), Origin.TEXT);
    }

    /** "03/05/2022": a day and a month that either could be, with a four-digit year. */
    private static final Pattern SLASH_DATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\p{L}\\p{N}/])");

    /** How many {@code time} elements of the post are looked at for the first that shows a local day. */
    private static final int SHOWN_TIMES = 3;

    /**
     * The local calendar day the page shows beside a time in UTC that falls on the day after or before it:
     * the first {@code time} elements of the post (their datetime attribute, written in words by some
     * templates, or their text), then a numeric date in the lines after the headline whose day and month
     * could be read either way ("03/05/2022"): the reading one day from the UTC day settles it, since a
     * date line that agrees with the metadata to a day is the post's own.
     */
    private Found<PageDate> adjacentShownDay(LocalDate utcDay) {
        int seen = 0;
        times:
        for (Element t : scoped(TIME_TEXT)) {
            if (++seen > SHOWN_TIMES) {
                break;
            }
            for (String v : new String[] {t.attr("datetime"), HtmlBlocks.collapse(t.text()).strip()}) {
                if (v.isBlank() || v.length() > 80) {
                    continue;
                }
                Optional<PageDate> d = parseDate(v);
                if (d.isPresent() && d.get().dateTime() == null) {
                    if (oneDayApart(d.get().date(), utcDay)) {
                        return new Found<>(d.get(), Origin.TEXT);
                    }
                    break times; // the first day a time element shows is the post's; later ones are others'
                }
            }
        }
        List<MetaHeader.Line> after = header.after();
        for (int i = 0; i < after.size() && i < SHOWN_AFTER; i++) {
            String line = after.get(i).text();
            if (line.length() > 80) {
                continue;
            }
            Matcher m = SLASH_DATE.matcher(line);
            if (m.find()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int y = Integer.parseInt(m.group(3));
                for (int[] dm : new int[][] {{a, b}, {b, a}}) {
                    try {
                        LocalDate d = LocalDate.of(y, dm[1], dm[0]);
                        if (oneDayApart(d, utcDay)) {
                            return new Found<>(PageDate.of(d), Origin.TEXT);
                        }
                    } catch (java.time.DateTimeException e) {
                        // no such day in this reading; try the other
                    }
                }
            }
        }
        return null;
    }

    private static boolean oneDayApart(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay()) == 1;
    }

    private static final Pattern UPDATE_LABEL = Pattern.compile(
            "(?iu)\\b(?:updated?|aktualisiert|mis \u00e0 jour|actualizado|actualizaci\u00f3n|aggiornato|bijgewerkt)\\b");
    private static final Pattern PUBLISH_LABEL = Pattern.compile(
            "(?iu)\\b(?:published|posted|written|created|ver\u00f6ffentlicht|erschienen|geschrieben|erstellt|publi\u00e9"
            + "|\u00e9crit|publicado|escrito|pubblicato|scritto|gepubliceerd)\\b");

    /** A label that says the date after it is the day of an event ("Termin: 14.03.2019", "When: May 3, 2022"). */
    private static final Pattern EVENT_LABEL = Pattern.compile("(?iu)(?:termin|veranstaltung(?:sdatum)?|wann|beginn"
            + "|event(?: date)?|when|starts?|quand|rendez-vous|cu\u00e1ndo|fecha del evento|quando|wanneer)\\s*:");

    /** How many lines after the headline, and before it, a date line may stand to count as the post's. */
    private static final int SHOWN_AFTER = 6;
    private static final int SHOWN_BEFORE = 1;

    /**
     * The date of a date line right beside the headline: one of the first lines after it or the line just
     * before it, short ("12.03.2022 | 15:33 Uhr | Uta Berg", "Stand: 28.04.2020") or starting with the
     * date. A date inside a sentence is what the story is about, so a long line starting otherwise does not
     * count.
     */
    /** The site name the author search compares names with ({@link #genericAuthors}). */
    private String authorSite;

    /** The text of the line {@link #shownDate()} last took its date from. */
    private String shownLine = "";

    /**
     * Whether any date printed in the line falls on the day: a line that shows both the publication and the
     * last change ("29. Mai 2022 30. Mai 2022") agrees with metadata naming either.
     */
    private boolean showsDay(String line, LocalDate day) {
        for (int i = 0; i < line.length(); i++) {
            boolean start = Character.isLetterOrDigit(line.charAt(i))
                    && (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1)));
            if (start) {
                // each tail of the line is read once: keeping the answers (dateIn) would only cost
                Optional<PageDate> d = MetaDates.find(line.substring(i), reference);
                if (d.isPresent() && d.get().date().equals(day)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Found<PageDate> shownDate() {
        for (List<MetaHeader.Line> lines : List.of(header.after(), header.before())) {
            int limit = lines == header.after() ? SHOWN_AFTER : SHOWN_BEFORE;
            for (int i = 0; i < lines.size() && i < limit; i++) {
                String t = lines.get(i).text();
                if (t.length() > 80 && !Character.isDigit(t.charAt(0))) {
                    continue;
                }
                if (UPDATE_LABEL.matcher(t).find() && !PUBLISH_LABEL.matcher(t).find()) {
                    continue; // the day of the last change, not of publication
                }
                if (EVENT_LABEL.matcher(t).lookingAt()) {
                    continue; // the day of an event the post announces, not of the post
                }
                Optional<PageDate> d = dateIn(t.length() <= 80 ? t : t.substring(0, 40));
                if (d.isPresent()) {
                    shownLine = t.length() <= 80 ? t : t.substring(0, 40);
                    return new Found<>(d.get(), Origin.TEXT);
                }
            }
        }
        return null;
    }

    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "(?iu)^(?:autor|autorin|autoren|author|authors|verfasser|verfasserin|auteur|autore)\\s*:\\s*");

    /** A name the page labels as its author's anywhere in its text ("Autor: Fritz Imhof"), in a short line. */
    private List<String> labelledAuthor() {
        for (MetaHeader.Line l : header.lines()) {
            String t = l.text();
            if (t.length() > 60 || t.indexOf(':') < 0) {
                continue; // a label ends in a colon
            }
            Matcher m = AUTHOR_LABEL.matcher(t);
            if (m.find()) {
                List<String> names = cleanAuthors(t.substring(m.end()));
                if (!names.isEmpty() && PERSON.matcher(names.get(0)).matches()) {
                    return names;
                }
            }
        }
        return null;
    }

    /**
     * "Gespeichert von ann_lee am 9. Mai 2016", "Posted by jdoe42 on March 9, 2021": the submitted-line of
     * forum and CMS templates, whose name is often a user handle (lower case, digits, dots) that the byline
     * patterns for capitalised names pass over. The date after the name makes it a byline, not a sentence.
     */
    private static final Pattern HANDLE_BYLINE = Pattern.compile("(?iu)^(?:(?:posted|filed|abgelegt)\\s+(?:in|under|unter)"
            + "\\s+[^|]{1,40}?\\s+)?(?:(?:gespeichert|eingestellt|geschrieben"
            + "|verfasst|erstellt|submitted|posted|written|published|publi\u00e9|\u00e9crit|escrito|publicado"
            + "|scritto|pubblicato)\\s+)?(?:von|by|par|por|da)\\s+([\\p{L}\\p{N}][\\p{L}\\p{N}._-]{1,29}"
            + "(?:\\s[\\p{L}\\p{N}][\\p{L}\\p{N}.'_-]{0,29}){0,2}?)\\s+(?:am|on|le|el|il|op)\\s+(.+)$");

    /**
     * A user handle and a date as the first line under a forum or deal post's headline ("jo_berg77 02.07.2020,
     * 11:48"): one word that is lower case throughout, or has a capital inside ("MikeNils") or a digit, so that
     * a place name of a dateline ("Berlin 12.03.2022") is not taken.
     */
    private static final Pattern HANDLE_DATE = Pattern.compile(
            "^([\\p{L}\\p{N}][\\p{L}\\p{N}._-]{2,29})[\\s,]+(\\d.*)$");
    private static final Pattern HANDLE_SHAPE = Pattern.compile(
            "[\\p{Ll}\\p{N}._-]+|\\p{L}\\p{Ll}[\\p{Ll}\\p{N}._-]*(?:\\p{Lu}|\\p{N})[\\p{L}\\p{N}._-]*");

    /** What a date and time are written with: digits, separators, "Uhr", "am", "pm", "h". */
    private static final Pattern DATE_CHARACTERS = Pattern.compile("[\\d\\s.,:/-]|(?i)uhr|am|pm|h\\b");

    /** The name of a short submitted-line that ends in a date ({@link #HANDLE_BYLINE}), or null. */
    private List<String> handleByline() {
        List<MetaHeader.Line> after = header.after();
        for (int i = 0; i < after.size() && i < 3; i++) {
            String t = after.get(i).text();
            Matcher m = HANDLE_DATE.matcher(t);
            if (t.length() <= 60 && m.matches() && HANDLE_SHAPE.matcher(m.group(1)).matches()
                    && m.group(1).chars().anyMatch(Character::isLetter)
                    && dateIn(m.group(2)).isPresent()
                    && DATE_CHARACTERS.matcher(m.group(2)).replaceAll("").isEmpty()) {
                return List.of(m.group(1));
            }
        }
        for (MetaHeader.Line l : header.lines()) {
            String t = l.text();
            if (t.length() > 100 || !MetaDates.hasDigit(t)) {
                continue; // the line must end in a date
            }
            Matcher m = HANDLE_BYLINE.matcher(t);
            if (m.find() && dateIn(m.group(2)).isPresent()) {
                List<String> names = cleanAuthors(m.group(1));
                if (names.size() == 1) {
                    return names;
                }
            }
        }
        return null;
    }

    /**
     * A name signed under the text: the last paragraph of a post that holds nothing but a person's name,
     * set off in bold or italics or aligned right ("<p><b><i>Ann Lee</i></b></p>"), right after a paragraph
     * of running text.
     */
    private List<String> signOff() {
        Element scope = post != null ? post : doc.body();
        if (scope == null) {
            return null;
        }
        // the paragraphs outside the parts about other content, looked at from the end
        List<Element> paragraphs = index.select(PARAGRAPHS, scope);
        Element last = null;
        for (int i = paragraphs.size() - 1; i >= 0 && last == null; i--) {
            if (!paragraphs.get(i).text().isBlank()) {
                last = paragraphs.get(i);
            }
        }
        if (last == null) {
            return null;
        }
        String t = HtmlBlocks.collapse(last.text()).strip();
        if (t.length() > 40 || !PERSON.matcher(t).matches()) {
            return null;
        }
        boolean right = last.attr("align").equalsIgnoreCase("right")
                || last.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("text-align:right");
        boolean emphasised = false;
        for (Element e : last.select("b, strong, i, em")) {
            if (HtmlBlocks.collapse(e.text()).strip().equals(t)) {
                emphasised = true;
            }
        }
        Element before = last.previousElementSibling();
        boolean afterText = before != null && HtmlBlocks.collapse(before.text()).length() >= 150;
        if (!(right || emphasised) || !afterText) {
            return null;
        }
        return List.of(t);
    }

    /** A label that says the date after it is the day of publication, in the languages of {@link MetaDates}. */
    private static final Pattern DATE_LABEL = Pattern.compile("(?iu)^(?:erstellt am|ver\u00f6ffentlicht(?: am)?"
            + "|erschienen am|datum|date|published(?: on)?|posted on|publi\u00e9 le|mise en ligne(?: le)?|publicado(?: el)?"
            + "|pubblicato(?: il)?|gepubliceerd op)\\s*:?\\s*");

    /** The first letters of the labels of {@link #DATE_LABEL}: most lines start otherwise. */
    private static final String DATE_LABEL_FIRSTS = "evdpmg";

    /**
     * A date the page labels as the publication's anywhere in its text ("Erstellt am: 01.11.2023", "Datum:" over
     * a line "19.11.2021", "Mise en ligne" beside "23 mai 2019"), for pages whose header holds none.
     */
    private Found<PageDate> labelledDate() {
        List<MetaHeader.Line> lines = header.lines();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.length() > 60 || DATE_LABEL_FIRSTS.indexOf(Character.toLowerCase(t.charAt(0))) < 0) {
                continue;
            }
            Matcher m = DATE_LABEL.matcher(t);
            if (!m.find()) {
                continue;
            }
            String rest = t.substring(m.end());
            if (rest.isBlank() && i + 1 < lines.size() && lines.get(i + 1).text().length() <= 40) {
                rest = lines.get(i + 1).text();
            }
            Optional<PageDate> d = dateIn(rest);
            if (d.isPresent()) {
                return new Found<>(d.get(), Origin.TEXT);
            }
        }
        return null;
    }

    /** "/2021/10/20/" in a URL path: blog platforms file posts under the day of publication. */
    private static final Pattern QUERY_AND_FRAGMENT = Pattern.compile("[?#].*");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern URL_DAY = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");

    /** The date in the path of the page's own URL, as an ISO date, or null. */
    private String urlDate() {
        String u = ownAddress();
        if (u == null) {
            return null;
        }
        String path = u.indexOf('?') < 0 && u.indexOf('#') < 0 ? u : QUERY_AND_FRAGMENT.matcher(u).replaceFirst("");
        Matcher m = URL_DAY.matcher(path);
        if (!m.find()) {
            return segmentDate(path);
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        return month < 1 || month > 12 || day < 1 || day > 31 ? null
                : isoDay(m.group(1), month, day);
    }

    /** A path segment that is a day with dashes: "/2021-03-09", "/09-03-2021", "/03-29-2021". */
    private static final Pattern URL_SEGMENT_DAY = Pattern.compile(
            "/(?:((?:19|20)\\d{2})-(\\d{2})-(\\d{2})|(\\d{1,2})-(\\d{1,2})-((?:19|20)\\d{2}))(?:/|\\.html?)?$");

    /**
     * The day named by the last segment of a URL path written with dashes, as an ISO date, or null. A day
     * before the year is read day first ("29-03-2021") or month first ("03-29-2021") only where one of the
     * two numbers is above 12; "04-05-2021" is ambiguous and gives null.
     */
    static String segmentDate(String path) {
        Matcher m = URL_SEGMENT_DAY.matcher(TRAILING_SLASHES.matcher(path).replaceFirst(""));
        if (!m.find()) {
            return null;
        }
        String year;
        int month;
        int day;
        if (m.group(1) != null) {
            year = m.group(1);
            month = Integer.parseInt(m.group(2));
            day = Integer.parseInt(m.group(3));
        } else {
            year = m.group(6);
            int a = Integer.parseInt(m.group(4));
            int b = Integer.parseInt(m.group(5));
            if (a > 12 && b <= 12) {
                day = a;
                month = b;
            } else if (b > 12 && a <= 12) {
                day = b;
                month = a;
            } else {
                return null;
            }
        }
        return month < 1 || month > 12 || day < 1 || day > 31 ? null
                : isoDay(year, month, day);
    }

    /** The year, month and day written "YYYY-MM-DD", the month and day with two digits, without a formatter. */
    private static String isoDay(String year, int month, int day) {
        StringBuilder b = new StringBuilder(year.length() + 6).append(year).append('-');
        if (month < 10) {
            b.append('0');
        }
        b.append(month).append('-');
        if (day < 10) {
            b.append('0');
        }
        return b.append(day).toString();
    }

    private Found<PageDate> modified() {
        return firstOf(
                () -> date(jsonString(article, "dateModified"), Origin.JSON_LD),
                () -> date(microdataValue("dateModified"), Origin.MICRODATA),
                () -> date(microformatDate(MF_UPDATED), Origin.MICROFORMATS),
                () -> date(firstNonBlank(meta("article:modified_time"), meta("og:updated_time")), Origin.OPENGRAPH),
                () -> date(firstNonBlank(meta("last-modified"), meta("dc.date.modified"), meta("dcterms.modified")),
                        Origin.META));
    }

    private Found<PageDate> date(String text, Origin origin) {
        if (text == null) {
            return null;
        }
        Optional<PageDate> d = parseDate(text);
        if (d.isEmpty()) {
            return null;
        }
        LocalDate limit = reference.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
        if (d.get().date().isAfter(limit)) {
            return null;
        }
        return new Found<>(d.get(), origin);
    }

    /**
     * A date printed in a short line next to the headline (a dateline such as "21.01.2022 | Berlin" or
     * "Pressemitteilung vom 25. Januar 2022"): the lines after the headline first, nearest first, then those
     * just before it. A long line counts only when it starts with the date, since a date inside the
     * running text is what the story is about, not when it was published.
     */
    private Found<PageDate> headerLineDate() {
        for (List<MetaHeader.Line> lines : List.of(header.after(), header.before())) {
            for (MetaHeader.Line l : lines) {
                String t = l.text();
                String probe = t.length() <= 160 ? t : t.substring(0, 60);
                Optional<PageDate> d = dateIn(probe);
                if (d.isPresent()) {
                    return new Found<>(d.get(), Origin.TEXT);
                }
            }
        }
        return null;
    }

    private static final Pattern DATE_ONLY_LINE = Pattern.compile(
            "(?i)((posted|published|written|updated)\\s*)?(on\\s*)?[^.!?]*\\d{4}\\.?");

    /** A short line near the top of the post that is only a date, perhaps after "Posted on". */
    private String datelineText() {
        int seen = 0;
        for (java.util.Iterator<Element> it = scopedLazily(DATELINE); it.hasNext(); ) {
            Element e = it.next();
            int floor = ownTextFloor(e);
            if (floor < 0) {
                continue; // its own text would be empty: most wrappers hold only elements and white space
            }
            if (floor > 60) {
                // its own text is a paragraph, too long for a date line: counted without being built
                if (++seen > 8) {
                    break;
                }
                continue;
            }
            String t = HtmlBlocks.collapse(e.ownText()).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (++seen > 8) {
                break;
            }
            if (t.length() <= 60 && Dates.hasYear(t) && DATE_ONLY_LINE.matcher(t).matches()
                    && MetaDates.parseText(t).isPresent()) {
                return t;
            }
        }
        return null;
    }

    /**
     * What the element's own text nodes tell of its {@link Element#ownText() own text} before it is built:
     * -1 when they hold only ASCII white space (the own text, trimmed, is empty), else how many printable
     * ASCII characters they hold, up to 61 (no normalisation of white space removes those, so the text is at
     * least that long).
     */
    private static int ownTextFloor(Element e) {
        int printable = 0;
        boolean other = false;
        for (int i = 0, n = e.childNodeSize(); i < n && printable <= 60; i++) {
            if (e.childNode(i) instanceof org.jsoup.nodes.TextNode t) {
                String w = t.getWholeText();
                for (int k = 0; k < w.length() && printable <= 60; k++) {
                    char c = w.charAt(k);
                    if (c > ' ' && c < 127) {
                        printable++;
                    } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                        other = true;
                    }
                }
            }
        }
        return printable == 0 && !other ? -1 : printable;
    }

    /**
     * The first value of the query's elements that reads as a date: the datetime, title or content
     * attribute, else the text (a template's odd attribute form, "06-08-2009T14:12", is passed over for a
     * text that reads).
     */
    private String microformatDate(MetaIndex.Query query) {
        for (Element e : scoped(query)) {
            for (String v : new String[] {e.attr("datetime"), e.attr("title"), e.attr("content"), e.text()}) {
                if (!v.isBlank() && parseDate(v).isPresent()) {
                    return v;
                }
            }
        }
        return null;
    }

    /** The text of the first of the query's elements that holds a date. */
    private String markupDate(MetaIndex.Query query) {
        for (Element e : scoped(query)) {
            String t = HtmlBlocks.collapse(e.text()).strip();
            if (!t.isEmpty() && t.length() <= 200 && parseDate(t).isPresent()) {
                return t;
            }
        }
        return null;
    }

    /**
     * A {@code time[datetime]} in the post's header, else the first in the post, else the text of a
     * {@code time} element without the attribute ("Published on August 19, 2019").
     */
    private String headerTime() {
        for (MetaIndex.Query q : new MetaIndex.Query[] {HEADER_TIME, ANY_TIME}) {
            for (Element t : scoped(q)) {
                if (MetaDates.parseIso(t.attr("datetime")).isPresent()) {
                    return t.attr("datetime");
                }
            }
        }
        return markupDate(TIME_TEXT);
    }

    /**
     * The date that starts first in the text, as {@link MetaDates#find} reads it against the reference; each
     * text read once, as the byline, the shown date and the header-line date look through the same lines.
     */
    private Optional<PageDate> dateIn(String text) {
        if (text == null) {
            return MetaDates.find(null, reference);
        }
        Optional<PageDate> d = datesIn.get(text);
        if (d == null) {
            d = MetaDates.find(text, reference);
            datesIn.put(text, d);
        }
        return d;
    }

    /** ISO and English forms first, then the printed forms of other languages and numeric dates. */
    private Optional<PageDate> parseDate(String text) {
        Optional<PageDate> d = MetaDates.parseAny(text);
        return d.isPresent() ? d : dateIn(text);
    }

    // ---- tags and rights ---------------------------------------------------------------------

    private Found<List<String>> tags() {
        List<String> json = new ArrayList<>();
        for (Object k : list(article == null ? null : article.get("keywords"))) {
            if (k instanceof String s) {
                json.addAll(splitTags(s));
            }
        }
        List<String> microdata = new ArrayList<>();
        for (Element e : scoped(MD_KEYWORDS)) {
            microdata.addAll(splitTags(valueOf(e)));
        }
        List<String> microformats = new ArrayList<>();
        for (Element e : scoped(MF_CATEGORY)) {
            microformats.add(e.text());
        }
        List<String> og = new ArrayList<>(metas("article:tag"));
        List<String> meta = new ArrayList<>();
        for (String k : metas("keywords")) {
            meta.addAll(splitTags(k));
        }
        for (String k : metas("news_keywords")) {
            meta.addAll(splitTags(k));
        }
        List<String> markup = new ArrayList<>();
        if (json.isEmpty() && microdata.isEmpty() && microformats.isEmpty() && og.isEmpty() && meta.isEmpty()) {
            for (Element e : scoped(TAG_LINKS)) {
                markup.add(e.text());
            }
        }
        return first(
                found(distinctTags(json), Origin.JSON_LD),
                found(distinctTags(microdata), Origin.MICRODATA),
                found(distinctTags(microformats), Origin.MICROFORMATS),
                found(distinctTags(og), Origin.OPENGRAPH),
                found(distinctTags(meta), Origin.META),
                found(distinctTags(markup), Origin.MARKUP));
    }

    /** What separates the tags of a keywords list. */
    private static final Pattern TAG_SEPARATOR = Pattern.compile("[,;]");

    private static List<String> splitTags(String s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            for (String t : TAG_SEPARATOR.split(s)) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> distinctTags(List<String> tags) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String t : tags) {
            String c = HtmlBlocks.collapse(t).strip();
            if (c.startsWith("#")) {
                c = c.substring(1); // a hashtag's mark
            }
            if (!c.isEmpty()) {
                seen.putIfAbsent(c.toLowerCase(Locale.ROOT), c);
            }
        }
        return seen.isEmpty() ? null : List.copyOf(seen.values());
    }

    private Found<String> rights() {
        String json = null;
        if (article != null) {
            json = firstNonBlank(nameOrUrl(article.get("license")));
            if (json == null) {
                String holder = nameOf(first(list(article.get("copyrightHolder"))));
                if (holder != null) {
                    Object year = article.get("copyrightYear");
                    String y = year instanceof Double d ? String.valueOf(d.intValue())
                            : year instanceof String ys ? ys.strip() : null;
                    json = "\u00A9 " + (y == null || y.isEmpty() ? "" : y + " ") + holder;
                }
            }
        }
        String markup = null;
        Element a = index.licence();
        if (a != null) {
            String text = HtmlBlocks.collapse(a.text()).strip();
            String href = a.absUrl("href").isEmpty() ? a.attr("href") : a.absUrl("href");
            markup = text.isEmpty() ? href : href.isEmpty() || text.equals(href) ? text : text + " (" + href + ")";
        }
        return first(
                found(json, Origin.JSON_LD),
                found(firstNonBlank(meta("rights"), meta("dc.rights"), meta("dcterms.rights"), meta("copyright"),
                        linkHref("license")), Origin.META),
                found(markup, Origin.MARKUP));
    }

    // ---- JSON-LD -----------------------------------------------------------------------------

    private void readJsonLd() {
        for (Element script : index.jsonLd()) {
            Object root;
            try {
                root = MetaJson.parse(DomQuery.data(script));
            } catch (IllegalArgumentException e) {
                continue; // an invalid block is skipped; the others still count
            }
            collect(root, 0);
        }
    }

    @SuppressWarnings("unchecked")
    private void collect(Object node, int depth) {
        if (depth > 20) {
            return;
        }
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> map = (Map<String, Object>) m;
            if (hasType(map, "listitem")) {
                // an entry of a breadcrumb trail or of a list of links names another page of the site (its
                // section, its home page) or this page by name only: never the article, its site or an @id
                return;
            }
            if (map.containsKey("@type")) {
                jsonObjects.add(map);
            }
            if (map.get("@id") instanceof String id && map.size() > 1) {
                byId.putIfAbsent(id, map);
            }
            for (Object v : map.values()) {
                collect(v, depth + 1);
            }
        } else if (node instanceof List<?> l) {
            for (Object v : l) {
                collect(v, depth + 1);
            }
        }
    }

    /** The vocabulary's address or prefix before a type's name ("https://schema.org/", "schema:"). */
    private static final Pattern TYPE_PREFIX = Pattern.compile("^.*[/:]");

    private Map<String, Object> findArticleObject() {
        Map<String, Object> page = null;
        for (Map<String, Object> o : jsonObjects) {
            for (Object t : list(o.get("@type"))) {
                if (!(t instanceof String s)) {
                    continue;
                }
                String type = TYPE_PREFIX.matcher(s.toLowerCase(Locale.ROOT)).replaceFirst("");
                if (type.endsWith("article") || ARTICLE_TYPES.contains(type)) {
                    return o;
                }
                if (page == null && type.endsWith("page") && !type.equals("collectionpage")) {
                    page = o;
                }
            }
        }
        return page;
    }

    private String jsonSite() {
        if (article != null) {
            String p = nameOf(first(list(article.get("publisher"))));
            if (p != null) {
                return p;
            }
            Object isPartOf = resolve(article.get("isPartOf"));
            if (isPartOf instanceof Map<?, ?> m && hasType(m, "website")) {
                String n = nameOf(m);
                if (n != null) {
                    return n;
                }
            }
        }
        for (Map<String, Object> o : jsonObjects) {
            if (hasType(o, "website")) {
                String n = nameOf(o);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    private String mainEntityOfPage() {
        if (article == null) {
            return null;
        }
        Object m = article.get("mainEntityOfPage");
        if (m instanceof String s) {
            return s;
        }
        if (m instanceof Map<?, ?> map) {
            return firstNonBlank(str(map.get("@id")), str(map.get("url")));
        }
        return null;
    }

    private static boolean hasType(Map<?, ?> o, String type) {
        for (Object t : list(o.get("@type"))) {
            if (t instanceof String s && s.toLowerCase(Locale.ROOT).endsWith(type)) {
                return true;
            }
        }
        return false;
    }

    private Object resolve(Object v) {
        if (v instanceof Map<?, ?> m && m.size() == 1 && m.get("@id") instanceof String id && byId.containsKey(id)) {
            return byId.get(id);
        }
        return v;
    }

    private String nameOf(Object v) {
        Object r = resolve(v);
        if (r instanceof String s) {
            return s.isBlank() || looksLikeUrl(s) ? null : s.strip();
        }
        if (r instanceof Map<?, ?> m) {
            String n = str(m.get("name"));
            if (n == null && m.get("givenName") instanceof String g) {
                n = (g + " " + (m.get("familyName") instanceof String f ? f : "")).strip();
            }
            return n == null || n.isBlank() ? null : HtmlBlocks.collapse(n).strip();
        }
        return null;
    }

    private String nameOrUrl(Object v) {
        Object r = resolve(first(list(v)));
        if (r instanceof String s) {
            return s.isBlank() ? null : s.strip();
        }
        if (r instanceof Map<?, ?> m) {
            return firstNonBlank(str(m.get("url")), str(m.get("@id")), str(m.get("name")));
        }
        return null;
    }

    private static String jsonString(Map<String, Object> o, String key) {
        if (o == null) {
            return null;
        }
        Object v = first(list(o.get(key)));
        if (v instanceof Map<?, ?> m) {
            v = firstNonBlank(str(m.get("@value")), str(m.get("name")), str(m.get("@id")));
        }
        String s = str(v);
        return s == null ? null : HtmlBlocks.collapse(s).strip();
    }

    private static String str(Object v) {
        return v instanceof String s && !s.isBlank() ? s : null;
    }

    private static List<Object> list(Object v) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        List<Object> one = new ArrayList<>();
        one.add(v);
        return one;
    }

    private static Object first(List<Object> l) {
        return l.isEmpty() ? null : l.get(0);
    }

    // ---- meta tags and markup ----------------------------------------------------------------

    private void readMetas() {
        for (Element m : index.metas()) {
            String key = firstNonBlank(m.attr("property"), m.attr("name"), m.attr("http-equiv"));
            String content = m.attr("content");
            if (key != null && !content.isBlank()) {
                metas.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(HtmlBlocks.collapse(content).strip());
            }
        }
    }

    private String meta(String key) {
        List<String> v = metas.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private List<String> metas(String key) {
        return metas.getOrDefault(key, List.of());
    }

    /**
     * The address of the page's first link of the relation, absolute where it resolves, or null. Each
     * relation is resolved once: resolving an address against the base is not cheap, and the canonical
     * link is asked for by several fields.
     */
    private String linkHref(String rel) {
        if (linkHrefs.containsKey(rel)) {
            return linkHrefs.get(rel);
        }
        String href = null;
        for (Element l : index.links()) {
            if (MetaIndex.hasWord(l.attr("rel"), rel)) {
                String abs = l.absUrl("href");
                href = abs.isEmpty() ? l.attr("href").strip() : abs;
                break;
            }
        }
        linkHrefs.put(rel, href);
        return href;
    }

    private Element findPost() {
        for (Element c : index.select(PLATFORM_QUERY, null)) {
            Element p = c.closest(POST_EVALUATOR);
            return p != null ? p : c.parent();
        }
        for (Element p : index.select(POST_QUERY, null)) {
            return p;
        }
        return doc.body();
    }

    /**
     * Elements matching the query inside the post (or the page when the post holds none), not furniture.
     * Each query is run once per page: several fields ask the same one.
     */
    private List<Element> scoped(MetaIndex.Query query) {
        List<Element> cached = scopedCache.get(query);
        if (cached != null) {
            return cached;
        }
        List<Element> out = new ArrayList<>();
        Element body = doc.body();
        if (post != null) {
            out.addAll(index.select(query, post));
            // microformat queries name the post's class themselves: the post element can match
            Element wrapper = post.parent();
            if (out.isEmpty() && wrapper != null && post != body) {
                out.addAll(index.select(query, wrapper));
            }
            if (out.isEmpty() && body != null && post != body && wrapper != body) {
                out.addAll(index.select(query, body));
            }
        } else if (body != null) {
            out.addAll(index.select(query, body));
        }
        scopedCache.put(query, out);
        return out;
    }

    /**
     * The elements {@link #scoped} gives, found one at a time: for a query that matches most of the post
     * ("p, div, span") where only the first few are read.
     */
    private java.util.Iterator<Element> scopedLazily(MetaIndex.Query query) {
        Element body = doc.body();
        if (post != null) {
            java.util.Iterator<Element> it = index.iterate(query, post);
            Element wrapper = post.parent();
            if (!it.hasNext() && wrapper != null && post != body) {
                it = index.iterate(query, wrapper);
            }
            if (!it.hasNext() && body != null && post != body && wrapper != body) {
                it = index.iterate(query, body);
            }
            return it;
        }
        return body != null ? index.iterate(query, body) : java.util.Collections.emptyIterator();
    }

    private String scopedText(MetaIndex.Query query) {
        for (Element e : scoped(query)) {
            String t = HtmlBlocks.collapse(e.text()).strip();
            if (!t.isEmpty()) {
                return t;
            }
        }
        return null;
    }

    private String markupText(MetaIndex.Query query) {
        for (Element e : index.select(query, null)) {
            String t = HtmlBlocks.collapse(e.text()).strip();
            if (!t.isEmpty()) {
                return t;
            }
        }
        return null;
    }

    private String microdataValue(String prop) {
        for (Element e : scoped(ITEMPROP)) {
            if (!hasProperty(e.attr("itemprop"), prop)) {
                continue;
            }
            String v = valueOf(e);
            if (v != null && !v.isBlank()) {
                return HtmlBlocks.collapse(v).strip();
            }
        }
        // the post's item can wrap the element taken for the post, its properties outside it
        for (Element e : index.select(ITEMPROP, doc.body())) {
            if (hasProperty(e.attr("itemprop"), prop)) {
                Element item = DomQuery.itemOf(e);
                if (item != null && ARTICLE_ITEM.matcher(item.attr("itemtype")).find()) {
                    String v = valueOf(e);
                    if (v != null && !v.isBlank()) {
                        return HtmlBlocks.collapse(v).strip();
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether the property is one of the white-space separated names of the itemprop value (a case-sensitive
     * match, as the value split at its ASCII white space), read in place: each field asks this of every
     * itemprop element of the post.
     */
    static boolean hasProperty(String itemprop, String prop) {
        String v = itemprop.strip();
        int n = v.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !DomQuery.isPatternSpace(v.charAt(j))) {
                j++;
            }
            if (j - i == prop.length() && v.startsWith(prop, i)) {
                return true;
            }
            i = j + 1;
            while (i < n && DomQuery.isPatternSpace(v.charAt(i))) {
                i++;
            }
        }
        return false;
    }

    private static final Pattern ARTICLE_ITEM = Pattern.compile("(?i)(article|posting)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** RDFa properties of a publication date, as Drupal and other CMS templates print them in the body. */
    private static final Set<String> RDFA_PUBLISHED = Set.of(
            "schema:datepublished", "schema:datecreated", "dc:date", "dc:created", "dcterms:created", "dcterms:issued",
            "dcterms:date");

    /** A publication date given as an RDFa property of an element of the post ({@code property="dc:date"}). */
    private String rdfaPublished() {
        for (Element e : scoped(RDFA)) {
            for (String p : SPACES.split(e.attr("property").toLowerCase(Locale.ROOT).strip())) {
                if (RDFA_PUBLISHED.contains(p)) {
                    String v = firstNonBlank(e.attr("content"), e.attr("datetime"));
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    /** The value of a microdata property: content, datetime, href or src attribute, else the text. */
    private static String valueOf(Element e) {
        if (e.normalName().equals("abbr") && !e.attr("title").isBlank()) {
            return e.attr("title");
        }
        for (String attr : new String[] {"content", "datetime"}) {
            if (e.hasAttr(attr) && !e.attr(attr).isBlank()) {
                return e.attr(attr);
            }
        }
        return e.text();
    }

    // ---- values ------------------------------------------------------------------------------

    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^\\s]+");
    private static final Pattern DOUBLE_ESCAPED = Pattern.compile("(?s).*&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);.*");

    private String absoluteHttp(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        if (u.startsWith("//")) {
            u = "https:" + u;
        }
        if (!HTTP_URL.matcher(u).matches()) {
            return null;
        }
        try {
            return java.net.URI.create(u.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return u;
        }
    }

    /** What ends the first language of a label that names several ("de, en"). */
    private static final Pattern LANGUAGE_END = Pattern.compile("[,;\\s]");

    /** Normalises a language label to a BCP 47 tag: {@code en_us} becomes {@code en-US}. */
    static String languageTag(String raw) {
        if (raw == null) {
            return null;
        }
        String t = LANGUAGE_END.split(raw.strip())[0].replace('_', '-');
        if (t.isEmpty()) {
            return null;
        }
        String tag = Locale.forLanguageTag(t).toLanguageTag();
        return tag.equals("und") ? null : tag;
    }

    private static boolean looksLikeUrl(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://") || t.startsWith("www.") || t.startsWith("/");
    }

    private static List<String> distinct(List<String> names) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (seen.add(n.toLowerCase(Locale.ROOT))) {
                out.add(n);
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static <T> Found<T> found(T value, Origin origin) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        return new Found<>(value, origin);
    }

    @SafeVarargs
    private static <T> Found<T> first(Found<T>... candidates) {
        for (Found<T> f : candidates) {
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** The value of the first source that gives one; the sources after it are not read. */
    @SafeVarargs
    private static <T> Found<T> firstOf(Supplier<Found<T>>... sources) {
        for (Supplier<Found<T>> source : sources) {
            Found<T> f = source.get();
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /**
     * The first value the map accepts, of the sources in the order given, mapped; the sources after it are not
     * read.
     */
    @SafeVarargs
    private static Found<String> firstMapped(Function<String, String> map, Supplier<Found<String>>... sources) {
        for (Supplier<Found<String>> source : sources) {
            Found<String> f = source.get();
            if (f != null) {
                String v = map.apply(f.value());
                if (v != null) {
                    return new Found<>(v, f.origin());
                }
            }
        }
        return null;
    }
}
