package org.pressmark.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.pressmark.model.Block;
import org.pressmark.model.Inline;

/**
 * Last tidying of the body blocks: a paragraph, heading or caption whose text was already given is
 * dropped (galleries and sticky headers repeat them), and so is a heading left without a section after
 * the furniture under it was removed.
 */
final class HtmlBlockCleanup {

    /**
     * Universal interface words that, standing alone on a line, are a control or a label, not text:
     * "read more" links, comment buttons, advertisement labels, "related" headers.
     */
    private static final Set<String> UI_LINES = Set.of(
            "read more", "continue reading", "weiterlesen", "mehr lesen", "lire la suite",
            "leer más", "leggi tutto", "czytaj więcej", "leia mais", "comment", "comments", "kommentieren",
            "kommentare", "reply", "antworten", "share", "teilen", "advertisement", "anzeige", "werbung",
            "publicidad", "publicité", "pubblicità", "reklama", "sponsored", "related", "related posts",
            "related articles", "mehr zum thema", "das könnte sie auch interessieren", "see also", "read also",
            "lesen sie auch", "auch interessant", "zum thema", "more on this topic", "you may also like",
            "back to top", "nach oben", "print", "drucken", "close", "schließen", "fermer", "cerrar", "chiudi",
            "caption", "don't miss", "don’t miss", "most read", "artikel bewerten", "beitrag bewerten",
            "rate this article", "rate this post", "évaluer cet article");
    /** Lead-in words of a line that points to another article ("Read also: <link>"). */
    private static final String SEE_ALSO_WORDS = "read also|see also|see more|also read|read more|related|more"
            + "|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|siehe auch|lea también|vea también"
            + "|lee también|mira|leia também|veja também|lire aussi|à lire aussi|voir aussi|leggi anche|czytaj też"
            + "|czytaj także|zobacz też|zobacz także";
    private static final Pattern SEE_ALSO = Pattern.compile(
            "(?iu)^(" + SEE_ALSO_WORDS + ")\\b\\s*[:.»›>\\-–—]*\\s*");
    private static final String SEE_ALSO_INITIALS = asciiInitials(SEE_ALSO_WORDS);
    /** Picture credit lines standing alone ("Foto: …", "Photo by …", "Image © …"). */
    private static final String CREDIT_WORDS = "foto|fotos|bild|bilder|photo|photos|photograph|image|images|credit"
            + "|credits|titelbild|beitragsbild|bildquelle|crédit photo|zdjęcie";
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)^(" + CREDIT_WORDS + ")\\s*(:|by\\b|via\\b|©|\\(c\\)).{0,80}$");
    private static final String CREDIT_INITIALS = asciiInitials(CREDIT_WORDS);
    /**
     * A line that is only the publication or revision date of the page, with or without its time and a label
     * naming it as such ("23.10.2018", "15. Mai 2019, 05:28 Uhr", "Updated: March 3, 2021"): page metadata
     * left in the header or footer block. Dates labelled otherwise ("Deadline: …") are text and stay.
     */
    private static final Pattern PUBLICATION_DATE_LINE = Pattern.compile(
            "(?iu)^(?:(?:veröffentlicht|veröffentlichung|erstellt|aktualisiert|zuletzt aktualisiert|letzte änderung"
            + "|letzte aktualisierung|geändert|stand|datum|published|updated|last updated|last modified|posted|created"
            + "|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|opublikowano|aktualizacja)"
            + "(?:\\s+(?:am|on|le|el|il))?\\s*:?\\s*)?"
            + "(?:\\p{L}{2,10},\\s*)?"
            + "(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}"
            + "|\\d{1,2}\\.?\\s+\\p{L}{3,10}\\.?\\s+\\d{4}|\\p{L}{3,10}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})"
            + "(?:\\s*[,|–-]?\\s*(?:um\\s+|at\\s+|à\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?"
            + "\\s*(?:uhr|h|am|pm|mez|mesz|cet|cest|utc|gmt)?)?\\.?$");
    /**
     * A taxonomy line: the category or tag label with its terms ("Kategorie: News", "Tags: travel, food"),
     * left behind when the links of a tag list were flattened into the text.
     */
    private static final Pattern TAXONOMY_LINE = Pattern.compile(
            "(?iu)^(?:kategorie|kategorien|schlagwörter|schlagworte|stichwörter|tags?|category|categories|filed under"
            + "|catégories?|étiquettes|categoría|categorías|etiquetas|categoria|categorie|kategoria|kategorie|tagi)"
            + "\\s*:.{0,120}$");
    /**
     * The legend of a picture set as a paragraph of its own ("Abbildung 4: …", "Fig. 2 – …"), left beside the
     * picture when the template does not use a caption element.
     */
    private static final String LEGEND_WORDS = "abbildung|abb\\.|grafik|figure|fig\\.|illustration|ilustración|rycina";
    private static final Pattern LEGEND = Pattern.compile(
            "(?iu)^(?:" + LEGEND_WORDS + ")\\s*\\d{0,3}[a-z]?\\s*[:–—]\\s.*");
    private static final String LEGEND_INITIALS = asciiInitials(LEGEND_WORDS);
    /** The most characters a picture legend holds. */
    private static final int MAX_LEGEND = 300;
    /** A reading-time label ("5 min read", "Lesezeit: 4 Minuten", "weiterlesen 10 Minuten"). */
    private static final Pattern READING_TIME = Pattern.compile(
            "(?iu)^(?:lesezeit|lesedauer|reading time|read time|temps de lecture|tiempo de lectura|weiterlesen|read)?"
            + "\\s*:?\\s*(?:ca\\.\\s*|about\\s*|~\\s*)?\\d{1,3}\\s*(?:min|mins|minute|minutes|minuten|minutos)\\.?"
            + "(?:\\s*(?:read|lesezeit|lesedauer|de lecture|de lectura))?$");
    /** Gallery counters such as "Image 1 of 8" or "Bild 3 / 12". */
    private static final Pattern GALLERY_COUNTER = Pattern.compile(
            "(?iu)^(image|photo|picture|slide|bild|foto|imagen|immagine|zdjęcie)?\\s*\\d+\\s*(of|von|de|di|z|/)\\s*/?\\s*\\d*$");

    /** Arrows, dashes, brackets and colons around a control word ("» Next", "Share:"). */
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s:.…»›>→+\\-–—|()\\[\\]]+$");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s»›>→+\\-–—|()\\[\\]]+");
    /** The characters both patterns strip: white space as {@code \\s} has it, arrows, dashes, brackets. */
    private static final String MARKS = " \t\n\u000B\f\r»›>→+-–—|()[]";

    private HtmlBlockCleanup() {
    }

    /**
     * The lower-case ASCII letters that the words of a pattern's leading alternation ({@code "foto|bild"})
     * open with, for {@link #mayOpenWith}. Every word must open with a letter.
     */
    private static String asciiInitials(String words) {
        StringBuilder initials = new StringBuilder();
        for (String word : words.split("\\|")) {
            char c = word.charAt(0);
            if (!Character.isLetter(c)) {
                throw new IllegalArgumentException("a lead-in word must open with a letter: " + word);
            }
            if (c < 0x80 && initials.indexOf(String.valueOf(Character.toLowerCase(c))) < 0) {
                initials.append(Character.toLowerCase(c));
            }
        }
        return initials.toString();
    }

    /**
     * Whether a text may open with one of a pattern's lead-in words, as a cheap test before the pattern: most
     * lines open with none of them. The patterns match case-insensitively with Unicode case folding, under
     * which an ASCII character matches only ASCII letters, so an ASCII first character that is no initial rules
     * the pattern out; any other first character (a few fold to ASCII letters: the dotted capital I, the Kelvin
     * sign) is left to the pattern.
     */
    private static boolean mayOpenWith(String text, String asciiInitials) {
        char c = text.charAt(0);
        return c >= 0x80 || asciiInitials.indexOf(c | 0x20) >= 0;
    }

    /**
     * Whether a text holds an ASCII digit: without it the patterns of dates, reading times and gallery counters,
     * whose {@code \d} matches ASCII digits only, cannot match; most lines hold none.
     */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a paragraph or heading is an interface line: a universal control or label word alone, a gallery
     * counter, a picture credit line or legend, or a "read also" lead-in whose remaining text is all link (a
     * pointer to another article).
     *
     * @param plain the plain text of the content
     * @param comparable the plain text as {@link HtmlBlocks#comparable} gives it, which is also that of the
     *     text stripped
     */
    static boolean isInterfaceLine(List<Inline> content, String plain, String comparable) {
        String text = plain.strip();
        if (text.isEmpty()) {
            return false;
        }
        if (text.length() <= MAX_LEGEND && mayOpenWith(text, LEGEND_INITIALS) && LEGEND.matcher(text).matches()) {
            return true;
        }
        if (text.length() > 160) {
            return false;
        }
        if (isLabelLine(text, comparable) || text.indexOf('\n') >= 0 && allLabelLines(text)) {
            return true;
        }
        if (!mayOpenWith(text, SEE_ALSO_INITIALS)) {
            return false;
        }
        java.util.regex.Matcher m = SEE_ALSO.matcher(text);
        if (!m.find() || m.end() == 0) {
            return false;
        }
        int linked = linkedLength(content);
        // the words after the lead-in are the link
        return linked > 0 && text.length() - linked <= m.end() + 2;
    }

    /**
     * Whether a line is a control word, a gallery counter, a picture credit, the publication date, the
     * taxonomy or the reading time. Cheap tests keep most lines from the patterns: a date, a reading time or
     * a counter needs a digit (the comparable form adds none), a taxonomy a colon, a credit its lead-in word.
     *
     * @param comparable the line as {@link HtmlBlocks#comparable} gives it
     */
    private static boolean isLabelLine(String text, String comparable) {
        String bare = stripMarks(comparable);
        if (UI_LINES.contains(bare)) {
            return true;
        }
        boolean digit = hasDigit(text);
        return digit && GALLERY_COUNTER.matcher(bare).matches()
                || mayOpenWith(text, CREDIT_INITIALS) && CREDIT.matcher(text).matches()
                || digit && PUBLICATION_DATE_LINE.matcher(text).matches()
                || text.indexOf(':') >= 0 && TAXONOMY_LINE.matcher(text).matches()
                || digit && READING_TIME.matcher(text).matches();
    }

    /**
     * Whether every line of a paragraph broken into lines is such a line: the date over the category
     * ("24.01.2022 11:38" / "Category: News") is the page's metadata set as one paragraph.
     */
    private static boolean allLabelLines(String text) {
        for (String line : LINES.split(text)) {
            String l = line.strip();
            if (!l.isEmpty() && !isLabelLine(l, HtmlBlocks.comparable(l))) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern LINES = Pattern.compile("\n");

    /**
     * The text without the marks around a control word. The patterns run only when the text opens or ends
     * with such a mark (or ends in a line terminator, before which {@code $} also matches): most lines do not.
     */
    private static String stripMarks(String s) {
        if (!s.isEmpty() && endsWithMark(s.charAt(s.length() - 1))) {
            s = TRAILING_MARKS.matcher(s).replaceAll("");
        }
        if (!s.isEmpty() && MARKS.indexOf(s.charAt(0)) >= 0) {
            s = LEADING_MARKS.matcher(s).replaceAll("");
        }
        return s;
    }

    /** Whether the last character of a text lets {@link #TRAILING_MARKS} match. */
    private static boolean endsWithMark(char last) {
        return MARKS.indexOf(last) >= 0 || last == ':' || last == '.' || last == '\u2026'
                || last == '\u0085' || last == '\u2028' || last == '\u2029';
    }

    /** Characters of the content inside links, looking into styled runs ({@code <strong>Read also: <a>…</a></strong>}). */
    private static int linkedLength(List<Inline> content) {
        return linked(content, text -> text.strip().length());
    }

    /**
     * The measure of each link's text in the content, summed, looking into styled runs.
     *
     * @param measure what is counted of a link's plain text
     */
    private static int linked(List<Inline> content, ToIntFunction<String> measure) {
        int linked = 0;
        for (Inline in : content) {
            if (in instanceof Inline.Link) {
                linked += measure.applyAsInt(Inline.plainText(List.of(in)));
            } else if (in instanceof Inline.Styled st) {
                linked += linked(st.content(), measure);
            }
        }
        return linked;
    }

    /** The fewest links that make a paragraph a roll of links. */
    static final int LINK_ROLL_LINKS = 8;

    /**
     * Whether a paragraph is a roll of links: at least {@value #LINK_ROLL_LINKS} links, run on in one line, that
     * hold nine tenths of its letters and digits or more (the commas and spaces between them do not count).
     * Lists of names, tags or pages set as a paragraph read so (the readers who liked a post, a tag cloud); a
     * paragraph of the article has words of its own between its links. Links set one to a line are kept: a
     * post's list of references or footnotes looks so.
     */
    static boolean isLinkRoll(List<Inline> content, String plain) {
        if (plain.indexOf('\n') >= 0 || countLinks(content, LINK_ROLL_LINKS) < LINK_ROLL_LINKS) {
            return false;
        }
        return linked(content, HtmlBlockCleanup::letters) * 10 >= letters(plain) * 9;
    }

    /** The letters and digits of a text. */
    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The links in the content, looking into styled runs, counted up to {@code enough}. */
    private static int countLinks(List<Inline> content, int enough) {
        int links = 0;
        for (Inline in : content) {
            if (links >= enough) {
                break;
            }
            if (in instanceof Inline.Link) {
                links++;
            } else if (in instanceof Inline.Styled st) {
                links += countLinks(st.content(), enough - links);
            }
        }
        return links;
    }

    /** Returns the blocks without repeats and without empty trailing sections. */
    static List<Block> clean(List<Block> blocks) {
        Set<String> seen = new HashSet<>();
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            List<Inline> content = textContent(b);
            // the plain text serves both checks; figures without a caption have none
            String plain = content == null ? null : Inline.plainText(content);
            String key = plain == null ? null : HtmlBlocks.comparable(plain);
            if (!(b instanceof Block.Figure) && plain != null && isInterfaceLine(content, plain, key)
                    || b instanceof Block.Paragraph && isLinkRoll(content, plain)) {
                continue;
            }
            if (key == null || key.isEmpty()) {
                out.add(b);
            } else if (seen.add(key)) {
                out.add(b);
            } else if (b instanceof Block.Figure f) {
                out.add(new Block.Figure(f.src(), f.alt(), List.of()));
            }
        }
        // headings whose section is empty: followed by nothing, or by a heading of the same or a higher rank
        List<Block> result = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Block b = out.get(i);
            if (b instanceof Block.Heading h && emptySection(out, i, h.level())) {
                continue;
            }
            result.add(b);
        }
        return result;
    }

    private static boolean emptySection(List<Block> blocks, int index, int level) {
        for (int j = index + 1; j < blocks.size(); j++) {
            Block next = blocks.get(j);
            if (next instanceof Block.Heading h) {
                return h.level() <= level;
            }
            if (!(next instanceof Block.Figure f) || !f.caption().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The content whose text is compared: of a paragraph or heading, or a figure's caption; else null. */
    private static List<Inline> textContent(Block b) {
        if (b instanceof Block.Paragraph p) {
            return p.content();
        } else if (b instanceof Block.Heading h) {
            return h.content();
        } else if (b instanceof Block.Figure f && !f.caption().isEmpty()) {
            return f.caption();
        }
        return null;
    }
}
