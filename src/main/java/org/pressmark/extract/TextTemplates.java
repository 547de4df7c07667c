package org.pressmark.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines that blog and news templates print around a post: comment counters and forms,
 * share and navigation lines, widget titles, credits, copyright, label and byline lines. A line is
 * recognised only as a whole (after link markers, spacing and a trailing colon are set aside), so a body
 * sentence that merely mentions "comments" or a "featured post" is never taken for one. Stateless.
 */
final class TextTemplates {

    /** What a template line is. */
    enum Kind {
        /** Not a template line. */
        NONE,
        /** Starts the part of the page after the post: comments, sharing, widgets, footer. */
        END,
        /** Page furniture that may stand anywhere, such as "Skip to content" or "Advertisement". */
        FURNITURE
    }

    /** Lines after which the post is over (compared in lower case, trailing colon removed). */
    private static final Set<String> END_LINES = Set.of(
            // comment sections and forms
            "post a comment", "leave a reply", "leave a reply cancel reply", "leave a comment", "add a comment",
            "add comment", "write a comment", "submit a comment", "comments", "comments are closed",
            "comments are closed.", "join the discussion", "join the conversation", "reader comments",
            "your email address will not be published.", "your email address will not be published",
            "required fields are marked *", "post comment", "cancel reply", "reply", "show comments",
            // post navigation and feeds
            "newer post older post home", "newer post home", "older post home", "newer post", "older post",
            "newer posts older posts home", "newer posts", "older posts", "home", "post navigation",
            "previous post", "next post", "« previous post", "next post »", "subscribe to: post comments (atom)",
            "subscribe to: posts (atom)", "subscribe to: post comments", "subscribe to: posts",
            // sharing
            "share this", "share this post", "share this article", "share this story", "share", "share on",
            "email this", "blogthis!", "email this blogthis!", "share to twitter", "share to facebook",
            "share to pinterest", "share to x", "email this blogthis! share to twitter share to facebook share to pinterest",
            "like this", "like loading...", "like loading…", "tweet", "pin it", "print", "email",
            // widgets
            "related", "related posts", "related articles", "related stories", "you may also like",
            "you might also like", "read next", "more stories", "featured post", "featured posts",
            "popular posts", "recent posts", "recent comments", "blog archive", "archives", "categories",
            "about me", "about the author", "followers", "search this blog", "total pageviews", "report abuse",
            "contributors", "labels", "translate", "follow by email", "subscribe", "subscribe via email",
            "pages", "links", "meta", "tags", "tag cloud", "blogroll", "search", "search for", "trending",
            "most popular", "most read", "newsletter", "follow us", "sponsored", "sponsored content");

    /** Furniture that may stand before the post too: removed, but it does not end anything. */
    private static final Set<String> FURNITURE_LINES = Set.of(
            "skip to content", "skip to main content", "skip to navigation", "skip to primary navigation",
            "menu", "main menu", "primary menu", "toggle navigation", "navigation", "close", "open menu",
            "advertisement", "advertisements", "ad", "read more", "continue reading",
            "(button)", "(button) search", "search …", "search ...", "loading...", "loading…", "back to top",
            "scroll to top", "sign in", "log in", "login", "register", "sign up", "ok", "accept", "cookie policy",
            "iframe");

    private static final Pattern COMMENT_COUNTER = Pattern.compile(
            "(?:no|\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:comments?|responses?|replies|"
                    + "reply|thoughts?)(?:\\s+(?:on|to)\\s+.*)?|comments?\\s*[(\\[]?\\s*\\d+\\s*[)\\]]?"
                    + "|comments off(?: on .*)?|\\d+\\s+comments?\\s+(?:so far|and counting)"
                    // a heading over the comments: "Top Rated Comments", "View all comments (12)"
                    + "|(?:\\p{L}+\\s+){1,3}comments(?:\\s*[(\\[]\\d+[)\\]])?"
                    // a comment's header, with its time: "Ann Lee on May 2, 2019 at 5:23 pm said:"
                    + "|.{1,80}\\d{1,2}:\\d{2}.{0,20}\\s(?:says|said|wrote)\\s*:?"
                    // or with the time after it: "ann_lee says: May 2, 2019 at 5:23 pm"
                    + "|\\S.{0,60}\\s(?:says|said|wrote)\\s*:\\s*.{0,40}\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT = Pattern.compile(
            "(?:proudly\\s+)?powered by\\s+.{1,40}|(?:blog\\s+)?widget by\\s+.{1,40}|(?:wordpress\\s+)?theme\\s*:?"
                    + "\\s+.{1,40}\\s+by\\s+.{1,40}|(?:template|design(?:ed)?|theme)\\s+by\\s+.{1,40}"
                    + "|your email address will not be published\\..*|this site uses akismet to reduce spam\\..*|notify me of (?:new|follow-up) (?:comments|posts)"
                    + " (?:via|by) email\\.?|save my name, email, and website in this browser.*",
            Pattern.CASE_INSENSITIVE);
    /**
     * Picture furniture as whole lines: a credit ("Photo by …", "Image: …", "Image copyright …"), a caption
     * label ("Image caption …"), a gallery counter ("Image 2 of 5"), or a caption ending in a bracketed credit
     * ("… (Image: Agency)", "… (Photo by Ann Lee/Agency)").
     */
    private static final Pattern PICTURE_CREDIT = Pattern.compile(
            "(?:(?:photo|photos|photograph|picture|image|images|foto|fotos|bild|credit|credits)(?:\\s+(?:credit|credits|copyright))?"
                    + "\\s*(?::|by\\b|via\\b|©|\\(c\\)|courtesy\\b).{0,100}"
                    + "|(?:image|photo|picture)\\s+(?:caption|copyright)\\b.{0,250}"
                    + "|(?:image|photo|picture|slide)\\s+\\d+\\s+(?:of|/)\\s+\\d+"
                    + "|.{0,250}\\(\\s*(?:photo|image|picture|foto|credit|image credit|photo credit)\\s*(?::|by\\b)[^()]{1,80}\\))");
    /**
     * A link to another page under a label, as a whole line ("Related: …", "Read more: …", "See also: …"), and
     * lynx's placeholder for an embedded frame ("IFRAME: …").
     */
    private static final Pattern PROMOTION = Pattern.compile(
            "(?:related(?:\\s+(?:post|posts|story|stories|article|articles|roundup|reading|link|links))?|read more"
                    + "|read also|also read|see also|see more|more on this|more from|recommended|iframe)\\s*:(?:\\s+.{1,200})?");
    private static final Pattern COPYRIGHT_MARK = Pattern.compile("©|\\(c\\)|^copyright\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT_EVIDENCE = Pattern.compile("\\b(?:19|20)\\d{2}\\b|all rights reserved",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAGS = Pattern.compile(
            "(?:labels|tags|tagged|tagged with|tagged as|topics|categories|category|filed under|posted in)"
                    + "\\s*:?\\s+(?<list>.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND_TAGGED = Pattern.compile(
            "\\s+and\\s+tagged\\s*:?\\s+|\\s*\\|\\s*tagged\\s*:?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "(?:(?i:posted|published|written|updated|last updated|first published|modified)\\b"
                    + "|[Bb][Yy]\\s+\\p{Lu}).*");
    private static final Pattern MODIFIED = Pattern.compile("(?i:(?:last\\s+)?(?:updated|modified))\\b.*");
    private static final Pattern BY_NAME = Pattern.compile(
            "(?:^|\\s)(?:[Pp]osted\\s+by|[Ww]ritten\\s+by|[Bb]y)\\s+(?<name>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*"
                    + "|\\s+(?:de|van|von|der|da|di|le|la|bin|al)(?=\\s)){0,5}|[\\p{Ll}][\\p{L}\\d._-]{1,30})"
                    + "(?=$|\\s+(?:at|on|in)\\b|\\s*[,|·•\\-–—(])");
    private static final Pattern LINK_MARKER = Pattern.compile("\\[\\d+]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");

    private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s*[,;|•·]\\s*");
    private static final Pattern EMPHASIS_MARKS = Pattern.compile("^[_*]+(?=\\S)|(?<=\\S)[_*]+$");
    private static final Pattern CLOCK_END = Pattern.compile("(?i).*\\b[ap]\\.m\\.$");

    private TextTemplates() {
    }

    private static String withoutMarkers(String line) {
        return line.indexOf('[') < 0 ? line : LINK_MARKER.matcher(line).replaceAll("");
    }

    /** Returns a line in the form compared with template phrases: lower case, spacing collapsed, no trailing colon. */
    static String normalise(String line) {
        String t = SPACES.matcher(withoutMarkers(line)).replaceAll(" ").strip();
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t.toLowerCase(Locale.ROOT);
    }

    /** Classifies one line (or one short block read as a line). */
    static Kind classify(String line) {
        String n = normalise(line);
        if (n.isEmpty()) {
            return Kind.NONE;
        }
        if (END_LINES.contains(n) || (mayCountComments(n) && COMMENT_COUNTER.matcher(n).matches())
                || (mayBeCredit(n) && CREDIT.matcher(n).matches()) || isCopyright(line)) {
            return Kind.END;
        }
        if (FURNITURE_LINES.contains(n) || isPictureCredit(n) || isPromotion(n)) {
            return Kind.FURNITURE;
        }
        if (isShareRun(n)) {
            return Kind.END;
        }
        return Kind.NONE;
    }

    /** A cheap test that a normalised line holds one of the words every comment counter or header has. */
    private static boolean mayCountComments(String n) {
        return n.contains("comment") || n.contains("repl") || n.contains("respons") || n.contains("thought")
                || n.contains("said") || n.contains("says") || n.contains("wrote");
    }

    /** A cheap test that a normalised line holds one of the words every credit or comment-form line has. */
    private static boolean mayBeCredit(String n) {
        return n.contains("by") || n.contains("email") || n.contains("akismet") || n.contains("save my name");
    }

    /**
     * Whether a line is a copyright notice: short (at most 12 words), with © or "(c)" or starting with
     * "Copyright", and with a year or "All rights reserved".
     */
    static boolean isCopyright(String line) {
        if (line.indexOf('©') < 0 && line.indexOf('(') < 0 && line.indexOf('C') < 0 && line.indexOf('c') < 0) {
            return false; // neither "©", "(c)" nor "Copyright"
        }
        String t = line.strip();
        return COPYRIGHT_MARK.matcher(t).find() && TextScrapeExtractor.words(t) <= 12
                && COPYRIGHT_EVIDENCE.matcher(t).find();
    }

    /** "Email This BlogThis! Share to Twitter Share to Facebook": share buttons run together on one line. */
    private static boolean isShareRun(String n) {
        int hits = 0;
        for (String word : List.of("share to ", "share on ", "email this", "blogthis!", "tweet", "whatsapp",
                "linkedin", "reddit", "telegram", "pinterest", "facebook", "twitter")) {
            if (n.contains(word)) {
                hits++;
            }
        }
        return hits >= 3 && n.length() <= 160 && !n.endsWith(".");
    }

    /**
     * Returns the tags of a "Labels: a, b" / "Tags: a, b" / "Posted in a, b and tagged c" line.
     *
     * @return the tags in order, or empty when the line is not such a line
     */
    static Optional<List<String>> tags(String line) {
        if ("ltcfpLTCFP".indexOf(firstLetter(line)) < 0) {
            return Optional.empty(); // every label line starts with one of the words of TAGS
        }
        String t = SPACES.matcher(withoutMarkers(line)).replaceAll(" ").strip();
        if (t.length() > 200 || (t.endsWith(".") && t.split(" ").length > 8)) {
            return Optional.empty();
        }
        Matcher m = TAGS.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> tags = new ArrayList<>();
        for (String part : AND_TAGGED.split(m.group("list"))) {
            for (String tag : TAG_SEPARATOR.split(part)) {
                String clean = tag.strip();
                if (clean.endsWith(".")) {
                    clean = clean.substring(0, clean.length() - 1).strip();
                }
                if (clean.isEmpty() || clean.length() > 60) {
                    return Optional.empty();
                }
                if (!tags.contains(clean)) {
                    tags.add(clean);
                }
            }
        }
        return tags.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(tags));
    }

    /** The first letter of a line, link markers set aside ("[3]Labels" gives 'L'); a space when it has none. */
    static char firstLetter(String line) {
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '[') {
                int j = i + 1;
                while (j < n && line.charAt(j) >= '0' && line.charAt(j) <= '9') {
                    j++;
                }
                if (j > i + 1 && j < n && line.charAt(j) == ']') {
                    i = j + 1;
                    continue;
                }
            }
            if (Character.isLetter(c)) {
                return c;
            }
            if (Character.isLetterOrDigit(c) || !(Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || c == '_' || c == '*')) {
                return ' ';
            }
            i++;
        }
        return ' ';
    }

    /** A line without link markers, with single spaces, and without emphasis marks around it ("_By Ann_"). */
    private static String plain(String line) {
        String t = SPACES.matcher(withoutMarkers(line)).replaceAll(" ").strip();
        return t.indexOf('_') < 0 && t.indexOf('*') < 0 ? t : EMPHASIS_MARKS.matcher(t).replaceAll("");
    }

    /** Whether a short line reads as a byline: "Posted by …", "Posted on …", "Published …", "By Ann Lee". */
    static boolean isByline(String line) {
        if ("pwulfmbPWULFMB".indexOf(firstLetter(line)) < 0) {
            return false; // every byline starts with one of the words of BYLINE
        }
        String t = plain(line);
        if (t.length() > 120 || !BYLINE.matcher(t).matches()) {
            return false;
        }
        // "By the end of the day, the fighting had stopped." is a sentence, not a byline
        return !t.endsWith(".") || CLOCK_END.matcher(t).matches();
    }

    /** Whether a byline gives the date of a change ("Updated …", "Last modified …") rather than of publication. */
    static boolean isModifiedLine(String line) {
        return MODIFIED.matcher(line.strip()).matches();
    }

    /** Whether a normalised line is picture furniture: a credit, a caption label, a gallery counter. */
    static boolean isPictureCredit(String n) {
        if (n.length() > 300 || !(n.contains("photo") || n.contains("image") || n.contains("picture")
                || n.contains("foto") || n.contains("bild") || n.contains("slide") || n.contains("credit"))) {
            return false;
        }
        return PICTURE_CREDIT.matcher(n).matches();
    }

    /** Whether a normalised line links elsewhere under a label ("related: …", "read more: …") or is a frame. */
    private static boolean isPromotion(String n) {
        int colon = n.indexOf(':');
        return colon > 0 && colon <= 24 && n.length() <= 240 && PROMOTION.matcher(n).matches();
    }

    /** Whether a line is a credit or comment-form line ("Powered by …", "Theme by …", "Notify me of …"). */
    static boolean isCredit(String line) {
        String n = normalise(line);
        return mayBeCredit(n) && CREDIT.matcher(n).matches();
    }

    /** Whether an end line opens the comments (a counter, a comment form) rather than sharing or widgets. */
    static boolean opensComments(String line) {
        String n = normalise(line);
        return COMMENT_COUNTER.matcher(n).matches() || n.contains("comment") || n.contains("reply")
                || n.contains("your email address");
    }

    /** Returns the author named in a byline ("Posted by Ann Lee at 9:14 AM" gives "Ann Lee"), if any. */
    static Optional<String> author(String line) {
        String t = plain(line);
        Matcher m = BY_NAME.matcher(t);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group("name").strip();
        return name.isEmpty() || name.length() > 60 ? Optional.empty() : Optional.of(name);
    }
}
