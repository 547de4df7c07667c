package org.pressmark.extract;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pressmark.ItemException;
import org.pressmark.model.Article;
import org.pressmark.model.Block;
import org.pressmark.model.Direction;
import org.pressmark.model.Inline;
import org.pressmark.model.Metadata;
import org.pressmark.model.Metadata.Origin;
import org.pressmark.model.PageDate;
import org.pressmark.source.Source;

/**
 * Extracts the article from a plain-text scrape of a page: a browser's "save as text", {@code lynx -dump},
 * {@code w3m -dump} or {@code html2text} output.
 *
 * <p>The text is cut into blocks at blank lines. Each block is judged on general evidence: prose (sentences
 * ending in sentence punctuation), short title-like lines, lists, date lines, bylines, label lines, and the
 * template lines that blogs print around a post (recognised only as whole lines, see {@link TextTemplates}).
 * Template lines such as a comment counter or a share line end a segment; the article is the longest run of
 * prose in the first segment that holds a fair share of the page's prose, with the lists, quotations and
 * subheadings between its paragraphs. The title is the title-like line nearest before that run; the date,
 * author, labels and copyright come from the lines around it (origin {@link Origin#TEXT}).
 *
 * <p>Hard-wrapped lines of a dump are joined with single spaces; lynx link markers ({@code [12]}) and its
 * closing "References" list are removed. Otherwise the words and characters of a paragraph are kept as they
 * are, and quotations in double quotes are marked as {@link Inline.Quote} with their marks.
 */
final class TextScrapeExtractor implements Extractor {

    private static final Pattern LINK_MARKER = Pattern.compile("\\[\\d+]");
    private static final Pattern REFERENCES = Pattern.compile("(?i)references:?|visible links:?|hidden links:?");
    private static final Pattern REFERENCE_ITEM = Pattern.compile("\\d+\\.\\s+\\p{Alpha}[\\w+.-]*:\\S.*"); // a URL, spaces and all
    /** An empty insertion as lynx and w3m print an {@code <ins>} (often an ad slot): "[INS::INS]". */
    private static final Pattern EMPTY_INSERTION = Pattern.compile("\\[INS:\\s*:INS]");
    /** A line of bracketed items only: image names, form fields and buttons as text browsers print them. */
    private static final Pattern BRACKETS_ONLY = Pattern.compile("\\s*(?:\\[[^\\[\\]]*]\\s*)+");
    private static final Pattern SEPARATOR = Pattern.compile("[-=_*~#.·•\\u2500-\\u257F\\s]{3,}");
    private static final Pattern DECORATED_HEADING = Pattern.compile("([*=#]{2,})\\s+(\\S.*?)\\s+\\1");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}\\s+(\\S.*?)(?:\\s+#+)?");
    private static final Pattern BULLET = Pattern.compile(
            "(?<mark>[*+•◦▪‣·o#-]|(?<num>\\d{1,3})[.)])\\s+(?<text>\\S.*)");
    private static final Pattern QUOTE_MARKS = Pattern.compile("^(?:>\\s?)+");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    /** Sentence punctuation, and the closing marks that may follow it at the end of a sentence. */
    private static final String SENTENCE_MARKS = ".!?:;…。！？：；";
    private static final String SENTENCE_CLOSERS = "\"'”’)]»」』）";
    private static final String EXCERPT_CLOSERS = "\"'”’)]»";
    private static final Pattern INNER_SENTENCE = Pattern.compile("[.!?][\"'”’)]*\\s+\\p{Lu}|[。！？][」』）]?\\S");
    /** The shortest wrapped piece that, ending a sentence, is split off a block of mixed lines as prose. */
    private static final int PROSE_PIECE = 100;
    /** What bridging one short line between two paragraphs costs, in characters of prose. */
    private static final int BRIDGE_COST = 40;
    /** The longest sentence that, printed twice on a page, is taken for a teaser rather than prose. */
    private static final int REPEAT_MAX = 200;
    /** The shortest text that, printed twice on a page, is taken for furniture (captions, promotions). */
    private static final int REPEAT_MIN_FURNITURE = 100;
    /** The narrowest margin a dump is taken to be wrapped at. */
    private static final int MIN_WRAP = 30;
    /** The columns a side-by-side layout's gutter may stand at, and the lines it needs text on both sides of. */
    private static final int MIN_GUTTER = 20;
    private static final int MAX_GUTTER = 60;
    private static final int COLUMN_ROWS = 6;
    /** The most blocks of a widget set (title and headlines) the article's run is carried across. */
    private static final int WIDGET_GAP = 8;
    private static final String[] TITLE_SEPARATORS = {" -", " |", " –", " —", " ::", " »"};

    private final Clock clock;

    /** Creates an extractor that judges dates against the system clock. */
    TextScrapeExtractor() {
        this(Clock.systemUTC());
    }

    /** Creates an extractor that judges dates against the given clock (dates after it are refused). */
    TextScrapeExtractor(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Article extract(Source source) throws ItemException {
        Instant now = clock.instant();
        List<Line> lines = lines(source.text());
        List<TextBlock> blocks = blocks(lines, now);
        int[] run = mainRun(blocks);
        if (run == null) {
            throw new ItemException(source.name(), "no article text found: the text holds no prose paragraphs, "
                    + "only page furniture such as menus, widgets and comment forms");
        }
        int start = run[0];
        int end = run[1];
        List<Block> body = body(blocks, start, end);

        Metadata.Builder md = Metadata.builder();
        String title = title(blocks, start);
        md.title(title, Origin.TEXT);
        int metaEnd = metadataEnd(blocks, end);
        published(blocks, start, end, metaEnd, now, false).ifPresent(d -> md.published(d, Origin.TEXT));
        published(blocks, start, end, metaEnd, now, true).ifPresent(d -> md.modified(d, Origin.TEXT));
        for (int i : aroundThePost(blocks, start, metaEnd)) {
            TextBlock b = blocks.get(i);
            Optional<String> author = b.kind == TextBlock.Kind.BYLINE ? TextTemplates.author(b.text()) : Optional.empty();
            if (author.isPresent()) {
                md.authors(List.of(author.get()), Origin.TEXT);
                break;
            }
        }
        for (int i : aroundThePost(blocks, start, metaEnd)) {
            TextBlock b = blocks.get(i);
            Optional<List<String>> tags = b.kind == TextBlock.Kind.TAGS ? TextTemplates.tags(b.text()) : Optional.empty();
            if (tags.isPresent()) {
                md.tags(tags.get(), Origin.TEXT);
                break;
            }
        }
        for (TextBlock b : blocks) {
            if (b.lines.size() == 1 && TextTemplates.isCopyright(b.text())) {
                md.rights(b.text(), Origin.TEXT);
                break;
            }
        }
        if (direction(body) == Direction.RTL) {
            md.direction(Direction.RTL, Origin.TEXT);
        }
        return new Article(md.build(), body, List.of(), source.provenance());
    }

    // ---------------------------------------------------------------- lines

    /**
     * One non-blank line: its indentation (tabs expanded), its text with link markers removed, and the column
     * after its last character as the dump printed it, markers and runs of spaces included (wide East Asian
     * characters taking two columns): that is what the dump wrapped. {@code margin} is the right edge of the
     * column a line was cut from when it stood beside another column (see {@link #unfoldColumns}), else -1.
     */
    record Line(int indent, String text, boolean heading, boolean quoted, int endColumn, int margin) {
        Line(int indent, String text, boolean heading, boolean quoted) {
            this(indent, text, heading, quoted, indent + displayColumns(text), -1);
        }
    }

    /** The columns a text takes on a terminal: two for each wide East Asian character, one for the others. */
    static int displayColumns(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += isWide(text.charAt(i)) ? 2 : 1;
        }
        return n;
    }

    /** Whether a character is a wide East Asian one (CJK ideographs, kana, Hangul, full-width forms). */
    static boolean isWide(char c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || Character.isSurrogate(c);
    }

    /** Whether two characters are written without a space between them (Chinese and Japanese text). */
    private static boolean unspaced(char a, char b) {
        return isWide(a) && isWide(b) && !isHangul(a) && !isHangul(b);
    }

    private static boolean isHangul(char c) {
        return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x115F) || (c >= 0x3130 && c <= 0x318F);
    }

    /** Whether a line holds only white space, no-break and zero-width spaces included. */
    private static boolean blank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    /** Splits the text into lines, {@code null} standing for a blank line; the lynx reference list is cut. */
    static List<Line> lines(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').split("\n", -1);
        int cut = referencesStart(raw);
        boolean markers = cut < raw.length;
        List<String> rows = new ArrayList<>(cut);
        for (int i = 0; i < cut; i++) {
            rows.add(expandTabs(raw[i]).stripTrailing());
        }
        List<Integer> margins = unfoldColumns(rows);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String line = rows.get(i);
            int margin = margins.get(i);
            if (line.indexOf("INS:") >= 0) {
                line = EMPTY_INSERTION.matcher(line).replaceAll("").stripTrailing();
            }
            char first = firstVisible(line);
            if (blank(line) || (isSeparatorChar(first) && SEPARATOR.matcher(line).matches())) {
                out.add(null);
                continue;
            }
            int printedEnd = displayColumns(line);
            if (markers) {
                line = line.indexOf('[') < 0 ? line : LINK_MARKER.matcher(line).replaceAll("").stripTrailing();
                if (blank(line)) {
                    continue; // an image link and nothing else: not a paragraph break
                }
            }
            if (firstVisible(line) == '[' && BRACKETS_ONLY.matcher(line).matches()) {
                out.add(null); // images by file name, form fields, buttons: a break, never a paragraph
                continue;
            }
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            String t = line.substring(indent);
            if (t.indexOf("  ") >= 0) {
                t = SPACES.matcher(t).replaceAll(" ");
            }
            char c0 = t.charAt(0);
            boolean heading = false;
            boolean quoted = false;
            Matcher m = c0 == '*' || c0 == '=' || c0 == '#' ? DECORATED_HEADING.matcher(t) : null;
            if (m != null && m.matches()) {
                t = m.group(2);
                heading = true;
            } else if (indent == 0 && c0 == '#' && (m = MARKDOWN_HEADING.matcher(t)).matches()) {
                t = m.group(1);
                heading = true;
            } else if (t.startsWith(">")) {
                t = QUOTE_MARKS.matcher(t).replaceFirst("").strip();
                quoted = true;
                if (t.isEmpty()) {
                    out.add(null);
                    continue;
                }
            }
            out.add(new Line(indent, t, heading, quoted, Math.max(printedEnd, indent + displayColumns(t)), margin));
        }
        return out;
    }

    /**
     * Unfolds side-by-side columns: w3m prints a layout table's cells beside each other, so an article and a
     * side column of teasers share their lines. A gutter is a column that no line's text runs across, with
     * at least {@link #COLUMN_ROWS} lines holding text on both sides of it, most of them with two or more
     * spaces before it (wrapped prose has one) and few with wide gaps inside the left part (a data table's
     * cells). The lines of the widest such stretch of the page are replaced by its left column and then its
     * right one (the right one blanked to its left, so its indentation stays as printed); this is repeated
     * for a few more stretches. Returns, per line, the right edge of its left column, or -1.
     */
    static List<Integer> unfoldColumns(List<String> rows) {
        List<Integer> margins = new ArrayList<>(java.util.Collections.nCopies(rows.size(), -1));
        for (int round = 0; round < 4; round++) {
            int[] indents = new int[rows.size()];
            for (int i = 0; i < indents.length; i++) {
                String r = rows.get(i);
                int k = 0;
                while (k < r.length() && r.charAt(k) == ' ') {
                    k++;
                }
                indents[i] = k;
            }
            int[] best = null; // gutter, first row, end row (exclusive), rows with text on both sides
            for (int c = MIN_GUTTER; c <= MAX_GUTTER; c++) {
                int start = 0;
                int both = 0;
                int gapped = 0;
                int tabular = 0;
                for (int i = 0; i <= rows.size(); i++) {
                    String r = i < rows.size() ? rows.get(i) : null;
                    boolean crossing = r == null || margins.get(i) > 0
                            || (r.length() > c && r.charAt(c - 1) != ' ' && r.charAt(c) != ' ');
                    if (crossing) {
                        if (both >= COLUMN_ROWS && gapped * 2 >= both && tabular * 5 <= both
                                && (best == null || both > best[3])) {
                            best = new int[] {c, start, i, both};
                        }
                        start = i + 1;
                        both = 0;
                        gapped = 0;
                        tabular = 0;
                        continue;
                    }
                    if (r.length() > c && r.charAt(c) != ' ' && indents[i] < c) {
                        both++;
                        gapped += r.charAt(c - 2) == ' ' ? 1 : 0;
                        tabular += r.substring(0, c).strip().contains("   ") ? 1 : 0;
                    }
                }
            }
            if (best == null) {
                break;
            }
            int c = best[0];
            List<String> left = new ArrayList<>();
            List<String> right = new ArrayList<>();
            String pad = " ".repeat(c);
            for (int i = best[1]; i < best[2]; i++) {
                String r = rows.get(i);
                left.add(r.length() <= c ? r : r.substring(0, c).stripTrailing());
                right.add(r.length() <= c ? "" : pad + r.substring(c));
            }
            List<String> unfolded = new ArrayList<>(left);
            unfolded.add("");
            unfolded.addAll(right);
            List<Integer> unfoldedMargins = new ArrayList<>();
            for (int i = 0; i < left.size(); i++) {
                unfoldedMargins.add(c);
            }
            for (int i = 0; i <= right.size(); i++) {
                unfoldedMargins.add(0); // beside another column, yet wrapped at the page's margin
            }
            rows.subList(best[1], best[2]).clear();
            rows.addAll(best[1], unfolded);
            margins.subList(best[1], best[2]).clear();
            margins.addAll(best[1], unfoldedMargins);
        }
        for (int i = 0; i < margins.size(); i++) {
            if (margins.get(i) == 0) {
                margins.set(i, -1);
            }
        }
        return margins;
    }

    /**
     * Where the reference list of a lynx or w3m dump starts, or the end. The list runs to the end of the text:
     * headers ("References", "Visible links", "Hidden links") over numbered URLs; the earliest header of that
     * closing run is the cut, so a dump with both visible and hidden links loses both lists. A URL that holds
     * a line break (a share link's message) continues on lines of its own; such a list is still cut when a
     * "References" header is followed by items numbered upwards from 1 to the end (lynx skips a number now and
     * then), with fewer other lines than items.
     */
    private static int referencesStart(String[] raw) {
        int cut = raw.length;
        boolean items = false;
        for (int i = raw.length - 1; i >= 0; i--) {
            String t = raw[i].strip();
            if (t.isEmpty()) {
                continue;
            }
            if (REFERENCES.matcher(t).matches()) {
                if (items) {
                    cut = i;
                }
            } else if (REFERENCE_ITEM.matcher(t).matches()) {
                items = true;
            } else {
                break;
            }
        }
        return Math.min(cut, numberedReferencesStart(raw));
    }

    /** The last "References" header followed by consecutively numbered URLs to the end, or the end. */
    private static int numberedReferencesStart(String[] raw) {
        for (int i = raw.length - 1; i >= 0; i--) {
            String h = raw[i];
            if (h.isEmpty() || h.charAt(0) == ' ' || !REFERENCES.matcher(h.strip()).matches()) {
                continue;
            }
            int last = 0;
            int items = 0;
            int others = 0;
            for (int j = i + 1; j < raw.length; j++) {
                String t = raw[j].strip();
                if (t.isEmpty() || REFERENCES.matcher(t).matches()) {
                    continue;
                }
                int n = REFERENCE_ITEM.matcher(t).matches() ? leadingNumber(t) : -1;
                if (n > last && (last > 0 || n == 1)) {
                    last = n;
                    items++;
                } else if (last == 0) {
                    break; // the first thing under the header must be item 1
                } else {
                    others++;
                }
            }
            return items > 0 && others < items ? i : raw.length;
        }
        return raw.length;
    }

    private static int leadingNumber(String t) {
        int n = 0;
        for (int k = 0; k < t.length() && k < 6 && Character.isDigit(t.charAt(k)); k++) {
            n = n * 10 + (t.charAt(k) - '0');
        }
        return n;
    }

    /** The first character of a line that is not white space (the regex sense of it), or a space. */
    private static char firstVisible(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!(c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r')) {
                return c;
            }
        }
        return ' ';
    }

    private static boolean isSeparatorChar(char c) {
        return "-=_*~#.·•".indexOf(c) >= 0 || (c >= '\u2500' && c <= '\u257F');
    }

    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == '\t') {
                do {
                    sb.append(' ');
                } while (sb.length() % 8 != 0);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- blocks

    /**
     * The width a dump was wrapped at, or -1 when its lines were not hard-wrapped (a browser's "save as
     * text" keeps a paragraph on one line). Wrapped text shows the longer lines that run on into a next line
     * ending close to one right margin, and few lines past it; short lines (menus, widgets) are left out of
     * the evidence, as a whole-page dump may hold far more of them than of wrapped prose.
     */
    static int wrapWidth(List<Line> lines) {
        List<Integer> ends = new ArrayList<>();
        int nonBlank = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line a = lines.get(i);
            Line b = i + 1 < lines.size() ? lines.get(i + 1) : null;
            nonBlank += a == null ? 0 : 1;
            if (a != null && b != null && a.endColumn() >= MIN_WRAP && !(mayBeBullet(b.text()) && BULLET.matcher(b.text()).matches())) {
                ends.add(a.endColumn());
            }
        }
        if (ends.size() < 2) {
            return -1;
        }
        ends.sort(null);
        int width = ends.get((int) Math.floor(0.9 * (ends.size() - 1)));
        // lines shorter than half the margin (menu entries of a side column) say nothing about it
        int near = 0;
        int evidence = 0;
        for (int e : ends) {
            near += e >= width - 20 && e <= width + 3 ? 1 : 0;
            evidence += e * 2 >= width ? 1 : 0;
        }
        // in an unwrapped text (a browser's "save as text") paragraphs run far past any such margin
        int beyond = 0;
        for (Line l : lines) {
            beyond += l != null && l.endColumn() > width + 3 ? 1 : 0;
        }
        boolean wrapped = near * 2 >= evidence && beyond <= Math.max(1, Math.max(nonBlank / 20, near / 3));
        return wrapped ? width : -1;
    }

    /** Whether line {@code b} continues line {@code a} because the dump wrapped it (its first word did not fit). */
    private static boolean wraps(Line a, Line b, int width) {
        if ((width < 0 && a.margin() < 0) || a.heading() || b.heading()) {
            return false;
        }
        String t = b.text();
        int sp = t.indexOf(' ');
        int firstWord = sp < 0 ? t.length() : sp;
        int margin = a.margin() > 0 ? a.margin() : width;
        return a.endColumn() + 1 + firstWord > margin - 8;
    }

    /** Words in a text: runs between spaces, and one for every two Chinese or Japanese characters. */
    static int words(String text) {
        int words = 0;
        int wide = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                inWord = false;
                continue;
            }
            if (!inWord) {
                words++;
                inWord = true;
            }
            if (isWide(c) && !isHangul(c)) {
                wide++;
            }
        }
        return words + wide / 2;
    }

    private static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && SENTENCE_CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && SENTENCE_MARKS.indexOf(text.charAt(i)) >= 0;
    }

    /** Whether a text ends in an ellipsis ("...", "…"), closing marks aside: a cut-off excerpt. */
    private static boolean endsExcerpt(String text) {
        int i = text.length();
        while (i > 0 && EXCERPT_CLOSERS.indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        String t = text.substring(0, i);
        return t.endsWith("...") || t.endsWith("…");
    }

    /** A cheap test that a text may start with a bullet: a bullet mark or a digit first. */
    private static boolean mayBeBullet(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return "*+•◦▪‣·o#-".indexOf(c) >= 0 || (c >= '0' && c <= '9');
    }

    /** Cuts the lines into blocks at blank lines, and apart around template, date, label and byline lines. */
    static List<TextBlock> blocks(List<Line> lines, Instant now) {
        int width = wrapWidth(lines);
        List<TextBlock> out = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        boolean currentIsList = false;
        boolean previousSpecial = false;
        Line previous = null;
        for (Line line : lines) {
            if (line == null) {
                flush(current, out, width, now);
                current = new ArrayList<>();
                previous = null;
                previousSpecial = false;
                currentIsList = false;
                continue;
            }
            boolean bullet = isBullet(line);
            boolean listContinuation = currentIsList && !current.isEmpty() && !bullet && line.indent() > current.get(0).indent();
            boolean continuation = listContinuation || (previous != null && !currentIsList
                    && wraps(previous, line, width) && !endsSentence(previous.text()));
            boolean special = !continuation && isSpecial(line.text(), now);
            boolean split = previous != null && (special || previousSpecial || line.heading() || previous.heading()
                    || line.quoted() != previous.quoted()
                    || (bullet && !currentIsList && !continuation)
                    || (currentIsList && !bullet && !listContinuation));
            if (split) {
                flush(current, out, width, now);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                currentIsList = bullet;
            }
            current.add(line);
            previous = line;
            previousSpecial = special;
        }
        flush(current, out, width, now);
        return demoteRepeats(out);
    }

    /**
     * A short sentence printed more than once on the page is a teaser or link title (a headline under its
     * image and again as its link), not a paragraph of the post: it is read as a short line. A longer text
     * printed more than once (an image's caption under it and again as its alternative text, a promotion
     * repeated down the page) is furniture: the post's own paragraphs are not printed twice, except for
     * questions, which an interview series asks each of its guests.
     */
    private static List<TextBlock> demoteRepeats(List<TextBlock> blocks) {
        Map<String, Integer> seen = new HashMap<>();
        for (TextBlock b : blocks) {
            if (b.kind == TextBlock.Kind.PROSE || b.kind == TextBlock.Kind.EXCERPT || b.kind == TextBlock.Kind.SHORT
                    || b.kind == TextBlock.Kind.LINES) {
                seen.merge(b.text(), 1, Integer::sum);
            }
        }
        List<TextBlock> out = new ArrayList<>(blocks.size());
        for (TextBlock b : blocks) {
            Integer n = seen.get(b.text());
            boolean repeated = n != null && n > 1 && b.kind != TextBlock.Kind.END && b.kind != TextBlock.Kind.DATE
                    && b.kind != TextBlock.Kind.BYLINE && b.kind != TextBlock.Kind.TAGS && b.kind != TextBlock.Kind.LIST
                    && b.kind != TextBlock.Kind.FURNITURE;
            // a question asked again and again is a questionnaire's (an interview series), not furniture
            if (repeated && b.text().length() >= REPEAT_MIN_FURNITURE && !b.text().endsWith("?")) {
                out.add(b.as(TextBlock.Kind.FURNITURE));
            } else if (repeated && b.kind == TextBlock.Kind.PROSE && b.text().length() < REPEAT_MAX) {
                out.add(b.as(TextBlock.Kind.SHORT));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /** A bullet line; "o" and "#" count as bullets only when indented (lynx uses them for deep levels). */
    private static boolean isBullet(Line line) {
        String t = line.text();
        return mayBeBullet(t) && BULLET.matcher(t).matches() && (line.indent() > 0 || !t.startsWith("o ") && !t.startsWith("#"));
    }

    private static boolean isSpecial(String text, Instant now) {
        return TextTemplates.classify(text) != TextTemplates.Kind.NONE || TextTemplates.tags(text).isPresent()
                || Dates.parse(text, now).isPresent() || TextTemplates.isByline(text)
                || (text.length() <= 80 && !endsSentence(text) && Dates.find(text, now).isPresent());
    }

    private static void flush(List<Line> lines, List<TextBlock> out, int width, Instant now) {
        if (lines.isEmpty()) {
            return;
        }
        TextBlock b = TextBlock.of(lines, width, now);
        if (b.kind == TextBlock.Kind.LINES) {
            splitProse(lines, out, width, now);
        } else {
            out.add(b);
        }
    }

    /**
     * Splits a block of mixed lines where its paragraphs meet its short lines. w3m prints no blank line
     * between the boxes of a page, so a share line, a paragraph and the next teaser's headline may stand in
     * one block; read as a whole it is neither prose nor a menu. Each run of whole sentences (a wrapped piece
     * of at least {@link #PROSE_PIECE} characters ending a sentence) becomes a block of its own, and so does
     * each run of the other lines.
     */
    private static void splitProse(List<Line> lines, List<TextBlock> out, int width, Instant now) {
        List<List<Line>> pieces = new ArrayList<>();
        List<Line> piece = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            if (!wraps(lines.get(i - 1), lines.get(i), width)) {
                pieces.add(piece);
                piece = new ArrayList<>();
            }
            piece.add(lines.get(i));
        }
        pieces.add(piece);
        List<Line> group = new ArrayList<>();
        Boolean groupProse = null;
        for (List<Line> p : pieces) {
            StringBuilder sb = new StringBuilder();
            for (Line l : p) {
                sb.append(l.text()).append(' ');
            }
            String t = sb.toString().strip();
            boolean prose = t.length() >= PROSE_PIECE && endsSentence(t);
            if (groupProse != null && prose != groupProse) {
                out.add(TextBlock.of(group, width, now));
                group = new ArrayList<>();
            }
            group.addAll(p);
            groupProse = prose;
        }
        out.add(TextBlock.of(group, width, now));
    }

    /** A block of lines and what it is. */
    static final class TextBlock {

        /** What a block is. */
        enum Kind { PROSE, EXCERPT, SHORT, LINES, LIST, DATE, BYLINE, TAGS, END, FURNITURE }

        final List<Line> lines;
        /** The block's text in pieces: lines joined where they wrap; the pieces stand on lines of their own. */
        final List<String> pieces;
        final Kind kind;
        final boolean list;
        /** Whether the block is a list of paragraphs, worked out when first asked. */
        private Boolean proseList;

        private TextBlock(List<Line> lines, List<String> pieces, Kind kind, boolean list) {
            this.lines = List.copyOf(lines);
            this.pieces = List.copyOf(pieces);
            this.kind = kind;
            this.list = list;
        }

        /**
         * Whether the block is a list whose items are paragraphs: at least two items, two thirds of them
         * {@link #PROSE_PIECE} characters or longer and ending a sentence (a numbered news round-up, steps
         * written out). Such a list counts as prose for the article's place; a menu's or teasers' list does not.
         */
        boolean proseList() {
            if (proseList == null) {
                proseList = kind == Kind.LIST && itemsAreParagraphs();
            }
            return proseList;
        }

        private boolean itemsAreParagraphs() {
            List<StringBuilder> items = new ArrayList<>();
            for (Line l : lines) {
                if (items.isEmpty() || isBullet(l)) {
                    items.add(new StringBuilder(l.text()));
                } else {
                    items.get(items.size() - 1).append(' ').append(l.text());
                }
            }
            int prose = 0;
            for (StringBuilder item : items) {
                prose += item.length() >= PROSE_PIECE && endsSentence(item.toString()) ? 1 : 0;
            }
            return items.size() >= 2 && prose * 3 >= items.size() * 2;
        }

        /** The same block read as another kind. */
        TextBlock as(Kind other) {
            return new TextBlock(lines, pieces, other, list);
        }

        /** The text with wrapped and hard-broken lines alike joined by spaces. */
        String text() {
            return String.join(" ", pieces);
        }

        static TextBlock of(List<Line> lines, int width, Instant now) {
            List<String> pieces = new ArrayList<>();
            StringBuilder piece = new StringBuilder(lines.get(0).text());
            for (int i = 1; i < lines.size(); i++) {
                Line a = lines.get(i - 1);
                Line b = lines.get(i);
                if (wraps(a, b, width)) {
                    boolean hyphen = piece.length() > 1 && piece.charAt(piece.length() - 1) == '-'
                            && Character.isLetter(piece.charAt(piece.length() - 2))
                            && Character.isLetter(b.text().charAt(0));
                    boolean cjk = piece.length() > 0 && unspaced(piece.charAt(piece.length() - 1), b.text().charAt(0));
                    if (!hyphen && !cjk) {
                        piece.append(' ');
                    }
                } else {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
                piece.append(b.text());
            }
            pieces.add(piece.toString());
            boolean list = isBullet(lines.get(0));
            return new TextBlock(lines, pieces, kind(lines, pieces, list, now), list);
        }

        private static Kind kind(List<Line> lines, List<String> pieces, boolean list, Instant now) {
            if (list) {
                if (lines.size() <= 2) {
                    // a comment's header printed as a list item: "• Ann Lee on May 2, 2019 at 5:23 pm said:"
                    String item = lines.size() == 1 ? lines.get(0).text()
                            : lines.get(0).text() + " " + lines.get(1).text();
                    Matcher m = BULLET.matcher(item);
                    if (m.matches() && TextTemplates.classify(m.group("text")) == TextTemplates.Kind.END
                            && TextTemplates.opensComments(m.group("text"))) {
                        return Kind.END;
                    }
                }
                return Kind.LIST;
            }
            String t = String.join(" ", pieces);
            if (lines.size() > 1 && pieces.size() == 1 && t.length() <= 300
                    && TextTemplates.classify(t) == TextTemplates.Kind.FURNITURE) {
                return Kind.FURNITURE; // a caption with its credit, wrapped over a few lines
            }
            if (lines.size() == 1) {
                if (TextTemplates.tags(t).isPresent()) {
                    return Kind.TAGS;
                }
                TextTemplates.Kind template = TextTemplates.classify(t);
                if (template == TextTemplates.Kind.END) {
                    return Kind.END;
                }
                if (template == TextTemplates.Kind.FURNITURE) {
                    return Kind.FURNITURE;
                }
                if (Dates.parse(t, now).isPresent()) {
                    return Kind.DATE;
                }
                if (TextTemplates.isByline(t)) {
                    return Kind.BYLINE;
                }
            }
            if (lines.get(0).heading()) {
                return Kind.SHORT;
            }
            int words = words(t);
            long sentenceLines = pieces.stream().filter(TextScrapeExtractor::endsSentence).count();
            boolean shortLines = pieces.size() >= 3 && sentenceLines * 2 < pieces.size();
            if (!shortLines) {
                if (words >= 4 && endsExcerpt(t)) {
                    return Kind.EXCERPT;
                }
                if (words >= 4 && endsSentence(t)) {
                    return Kind.PROSE;
                }
                if (words >= 20 && INNER_SENTENCE.matcher(t).find()) {
                    return Kind.PROSE;
                }
            }
            if (t.length() <= 80 && Dates.find(t, now).isPresent()) {
                return Kind.BYLINE; // a meta line carrying the date: "admin · August 20, 2021 · 3 min read"
            }
            return pieces.size() > 1 ? Kind.LINES : Kind.SHORT;
        }
    }

    // ---------------------------------------------------------------- the article's place

    /**
     * Finds the article: the page is cut into segments at end lines (comment counters, share lines,
     * widget titles); in each, the heaviest run of prose blocks, bridging up to three other blocks (lists,
     * subheadings, quotations) between them. The heaviest run of all is the post, except that a run after
     * the comments open (a comment counter or form) does not displace an earlier one holding at least 30%
     * of its prose: long comments are not the post. Menus and teasers before the post, which a whole-page
     * dump holds in plenty, thus never win by coming first.
     *
     * @return the first and last block index of the run, or null when there is no prose at all
     */
    static int[] mainRun(List<TextBlock> blocks) {
        int[] best = null;
        long bestWeight = 0;
        int from = 0;
        boolean commentsOpened = false;
        for (int i = 0; i <= blocks.size(); i++) {
            boolean end = i == blocks.size() || blocks.get(i).kind == TextBlock.Kind.END;
            if (!end) {
                continue;
            }
            if (i > from) {
                int[] run = heaviestRun(blocks, from, i - 1);
                long w = run == null ? 0 : proseWeight(blocks, run[0], run[1]);
                if (w > bestWeight && !(commentsOpened && bestWeight * 10 >= w * 3)) {
                    best = run;
                    bestWeight = w;
                    commentsOpened = false;
                }
            }
            if (i < blocks.size() && best != null && TextTemplates.opensComments(blocks.get(i).text())) {
                commentsOpened = true;
            }
            from = i + 1;
        }
        return best == null ? null : extend(blocks, acrossWidgets(blocks, best, bestWeight));
    }

    /**
     * Carries the run across a widget set into the article ("Related" over a few headlines) when the prose
     * resumes right after it: the gap holds only short lines, furniture and widget titles (no comment form,
     * no copyright or credit line, no date or byline), at most {@link #WIDGET_GAP} blocks of them, and the
     * run that starts right after it holds at least a quarter of the prose found so far. The widget's blocks
     * are then marked as furniture in {@code blocks} so the body leaves them out.
     */
    private static int[] acrossWidgets(List<TextBlock> blocks, int[] run, long weight) {
        int[] out = run;
        long total = weight;
        while (true) {
            int j = out[1] + 1;
            int gap = 0;
            boolean widget = false;
            while (j < blocks.size() && gap <= WIDGET_GAP) {
                TextBlock b = blocks.get(j);
                if (b.kind == TextBlock.Kind.END) {
                    String t = b.text();
                    if (b.lines.size() > 1 || TextTemplates.opensComments(t) || TextTemplates.isCopyright(t)
                            || TextTemplates.isCredit(t)) {
                        return out;
                    }
                    widget = true;
                } else if (b.kind != TextBlock.Kind.SHORT && b.kind != TextBlock.Kind.FURNITURE) {
                    break;
                }
                gap++;
                j++;
            }
            if (!widget || gap > WIDGET_GAP || j >= blocks.size() || blocks.get(j).kind != TextBlock.Kind.PROSE) {
                return out;
            }
            int segmentEnd = j;
            while (segmentEnd + 1 < blocks.size() && blocks.get(segmentEnd + 1).kind != TextBlock.Kind.END) {
                segmentEnd++;
            }
            int[] next = heaviestRun(blocks, j, segmentEnd);
            if (next == null || next[0] != j) {
                return out;
            }
            long w = proseWeight(blocks, next[0], next[1]);
            if (w * 4 < total) {
                return out;
            }
            for (int k = out[1] + 1; k < j; k++) {
                blocks.set(k, blocks.get(k).as(TextBlock.Kind.FURNITURE)); // the widget is not body text
            }
            out = new int[] {out[0], next[1]};
            total += w;
        }
    }

    private static long proseWeight(List<TextBlock> blocks, int from, int to) {
        long w = 0;
        for (int i = from; i <= to; i++) {
            if (blocks.get(i).kind == TextBlock.Kind.PROSE || blocks.get(i).proseList()) {
                w += blocks.get(i).text().length();
            }
        }
        return w;
    }

    /**
     * The run of blocks with the most prose net of what lies between: prose counts for its length, each
     * other block costs (a short line or heading a little, a menu list of short items a little per item,
     * so a few subheadings, captions or recipe lines inside an article are bridged while a menu is not). A
     * date line between paragraphs heads another post (Blogger's date header) and is never bridged. The
     * run starts and ends with prose.
     */
    private static int[] heaviestRun(List<TextBlock> blocks, int from, int to) {
        int[] best = null;
        long bestScore = 0;
        long score = 0;
        int runStart = -1;
        for (int i = from; i <= to; i++) {
            TextBlock b = blocks.get(i);
            if (b.kind == TextBlock.Kind.DATE) {
                score = 0;
                runStart = -1;
                continue;
            }
            // a list of paragraphs counts as prose inside a run, never opens one (a ticker of teasers)
            boolean prose = b.kind == TextBlock.Kind.PROSE || (runStart >= 0 && b.proseList());
            long v = prose ? b.text().length() : value(b);
            if (!prose) {
                score += v;
                if (score <= 0) {
                    score = 0;
                    runStart = -1;
                }
                continue;
            }
            if (runStart < 0) {
                runStart = i;
                score = 0;
            }
            score += v;
            if (score > bestScore) {
                bestScore = score;
                best = new int[] {runStart, i};
            }
        }
        return best;
    }

    /**
     * What a block adds to a run: the length of prose; nothing for furniture (an ad label, a picture's credit
     * or caption printed twice), which is left out wherever it stands; a cost for anything else.
     */
    private static long value(TextBlock b) {
        if (b.kind == TextBlock.Kind.PROSE) {
            return b.text().length();
        }
        if (b.kind == TextBlock.Kind.FURNITURE) {
            return 0;
        }
        if (b.kind == TextBlock.Kind.LIST) {
            long v = 0;
            for (Line l : b.lines) {
                v += l.text().length() >= 80 ? l.text().length() / 2 : -BRIDGE_COST / 2;
            }
            return Math.min(v, 0);
        }
        return -BRIDGE_COST - BRIDGE_COST / 8 * (b.pieces.size() - 1L);
    }

    /** A list right after the run belongs to it when the last paragraph announces it ("…as follows:"). */
    private static int[] extend(List<TextBlock> blocks, int[] run) {
        int end = run[1];
        while (end + 1 < blocks.size() && blocks.get(end + 1).kind == TextBlock.Kind.LIST
                && blocks.get(end).text().endsWith(":")) {
            end++;
        }
        return new int[] {run[0], end};
    }

    /**
     * Where the lines about the post end: after the run, past sharing and label lines, up to the first
     * line that opens the comments or the first later prose (a widget, another post).
     */
    private static int metadataEnd(List<TextBlock> blocks, int runEnd) {
        for (int i = runEnd + 1; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (b.kind == TextBlock.Kind.PROSE
                    || (b.kind == TextBlock.Kind.END && TextTemplates.opensComments(b.text()))) {
                return i;
            }
        }
        return blocks.size();
    }

    // ---------------------------------------------------------------- metadata

    /**
     * The blocks that may describe the post, nearest first: back from the run to the previous prose (the
     * header of the post), then the run and the lines after it up to {@code metaEnd}.
     */
    private static List<Integer> aroundThePost(List<TextBlock> blocks, int runStart, int metaEnd) {
        List<Integer> out = new ArrayList<>();
        for (int i = runStart - 1; i >= 0 && blocks.get(i).kind != TextBlock.Kind.PROSE; i--) {
            out.add(i);
        }
        for (int i = runStart; i < metaEnd; i++) {
            out.add(i);
        }
        return out;
    }

    /**
     * The title: among the title-like lines before the run (back to the previous prose), the nearest one
     * with evidence of being the post's title (a trailing template separator, heading marks, a date line
     * just before it as Blogger prints one, a date line or byline just after it), else the nearest one;
     * without a trailing template separator.
     */
    private static String title(List<TextBlock> blocks, int runStart) {
        String nearest = null;
        for (int i = runStart - 1; i >= 0; i--) {
            TextBlock b = blocks.get(i);
            if (b.kind == TextBlock.Kind.PROSE || b.kind == TextBlock.Kind.EXCERPT) {
                break;
            }
            if (b.kind != TextBlock.Kind.SHORT || b.lines.size() > 3) {
                continue;
            }
            String t = cleanTitle(b.text());
            if (t.length() > 250 || t.codePoints().noneMatch(Character::isLetter) || t.endsWith(".")
                    || t.endsWith(",")) {
                continue;
            }
            boolean evidence = !t.equals(b.text().strip()) || b.lines.get(0).heading()
                    || (i > 0 && blocks.get(i - 1).kind == TextBlock.Kind.DATE) || isDateOrByline(blocks, i + 1);
            if (evidence) {
                return t;
            }
            if (nearest == null) {
                nearest = t;
            }
        }
        return nearest;
    }

    private static boolean isDateOrByline(List<TextBlock> blocks, int i) {
        return i >= 0 && i < blocks.size()
                && (blocks.get(i).kind == TextBlock.Kind.DATE || blocks.get(i).kind == TextBlock.Kind.BYLINE);
    }

    /** Removes the separators a template leaves after a title ("Title -", "Title |", "Title »"). */
    static String cleanTitle(String title) {
        String t = title.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String sep : TITLE_SEPARATORS) {
                if (t.endsWith(sep) && t.length() > sep.length()) {
                    t = t.substring(0, t.length() - sep.length()).stripTrailing();
                    changed = true;
                }
            }
        }
        return t;
    }

    /**
     * The date nearest before the run (a date line, or a byline carrying a date), else the first one after
     * it among the lines about the post. {@code modified} selects "Updated …" lines instead.
     */
    private static Optional<PageDate> published(List<TextBlock> blocks, int start, int end, int metaEnd,
                                                Instant now, boolean modified) {
        for (int i = start - 1; i >= 0; i--) {
            TextBlock b = blocks.get(i);
            if (b.kind == TextBlock.Kind.PROSE) {
                break;
            }
            Optional<PageDate> d = dateOf(b, now, modified);
            if (d.isPresent()) {
                return d;
            }
        }
        for (int i = end + 1; i < metaEnd; i++) {
            Optional<PageDate> d = dateOf(blocks.get(i), now, modified);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<PageDate> dateOf(TextBlock b, Instant now, boolean modified) {
        if (b.kind == TextBlock.Kind.DATE && !modified) {
            return Dates.parse(b.text(), now);
        }
        if (b.kind == TextBlock.Kind.BYLINE && TextTemplates.isModifiedLine(b.text()) == modified) {
            return Dates.find(b.text(), now);
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- body

    private static List<Block> body(List<TextBlock> blocks, int start, int end) {
        Map<Integer, Integer> indents = new HashMap<>();
        for (int i = start; i <= end; i++) {
            TextBlock b = blocks.get(i);
            if (b.kind == TextBlock.Kind.PROSE) {
                indents.merge(b.lines.get(0).indent(), 1, Integer::sum);
            }
        }
        int base = indents.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey((a, c) -> c - a))).map(Map.Entry::getKey).orElse(0);
        List<Block> out = new ArrayList<>();
        for (int i = start; i <= end; i++) {
            TextBlock b = blocks.get(i);
            switch (b.kind) {
                case LIST:
                    out.add(list(b.lines));
                    break;
                case SHORT:
                    String t = b.text();
                    boolean attribution = t.startsWith("—") || t.startsWith("–") || t.startsWith("-")
                            || t.startsWith("―");
                    if (attribution || t.length() > 100 || t.split(" ").length > 12 || t.endsWith(",")) {
                        out.add(paragraph(b)); // an attribution or an unpunctuated paragraph, not a heading
                    } else {
                        out.add(new Block.Heading(2, TextInlines.of(t)));
                    }
                    break;
                case PROSE:
                case EXCERPT:
                case LINES:
                    int minIndent = b.lines.stream().mapToInt(Line::indent).min().orElse(0);
                    boolean quoted = b.lines.stream().allMatch(Line::quoted) || minIndent >= base + 2;
                    out.add(quoted ? new Block.Quotation(List.of(paragraph(b)), null, Block.QuoteKind.QUOTATION)
                            : paragraph(b));
                    break;
                default:
                    break; // dates, bylines, labels and template lines are not body text
            }
        }
        return out;
    }

    private static Block.Paragraph paragraph(TextBlock b) {
        return new Block.Paragraph(b.pieces.size() == 1 ? TextInlines.of(b.pieces.get(0)) : TextInlines.ofLines(b.pieces));
    }

    /** Builds a list, nested by the indentation of its bullets; lines without a bullet continue the item. */
    private static Block.ListBlock list(List<Line> lines) {
        List<ListLevel> stack = new ArrayList<>();
        ListLevel root = null;
        for (Line line : lines) {
            Matcher m = BULLET.matcher(line.text());
            if (!m.matches() || root == null && !isBullet(line)) {
                if (!stack.isEmpty()) {
                    ListLevel top = stack.get(stack.size() - 1);
                    top.items.get(top.items.size() - 1).text.append(' ').append(line.text());
                }
                continue;
            }
            while (!stack.isEmpty() && stack.get(stack.size() - 1).indent > line.indent()) {
                stack.remove(stack.size() - 1);
            }
            if (stack.isEmpty()) {
                if (root == null) {
                    root = new ListLevel(line.indent(), m.group("num") != null);
                }
                stack.add(root);
            } else if (stack.get(stack.size() - 1).indent < line.indent()) {
                ListLevel parent = stack.get(stack.size() - 1);
                ListLevel sub = new ListLevel(line.indent(), m.group("num") != null);
                parent.items.get(parent.items.size() - 1).sublists.add(sub);
                stack.add(sub);
            }
            stack.get(stack.size() - 1).items.add(new ListEntry(m.group("text")));
        }
        return root.build();
    }

    private static final class ListLevel {
        final int indent;
        final boolean ordered;
        final List<ListEntry> items = new ArrayList<>();

        ListLevel(int indent, boolean ordered) {
            this.indent = indent;
            this.ordered = ordered;
        }

        Block.ListBlock build() {
            List<Block.ListItem> built = new ArrayList<>();
            for (ListEntry e : items) {
                List<Block.ListBlock> subs = new ArrayList<>();
                for (ListLevel s : e.sublists) {
                    subs.add(s.build());
                }
                built.add(new Block.ListItem(TextInlines.of(e.text.toString()), subs));
            }
            return new Block.ListBlock(ordered, built);
        }
    }

    private static final class ListEntry {
        final StringBuilder text;
        final List<ListLevel> sublists = new ArrayList<>();

        ListEntry(String text) {
            this.text = new StringBuilder(text);
        }
    }

    /** RTL when letters of right-to-left scripts outnumber the others in the body. */
    static Direction direction(List<Block> body) {
        StringBuilder sb = new StringBuilder();
        for (Block b : body) {
            if (b instanceof Block.Paragraph p) {
                sb.append(Inline.plainText(p.content()));
            } else if (b instanceof Block.Heading h) {
                sb.append(Inline.plainText(h.content()));
            }
        }
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < sb.length(); ) {
            int cp = sb.codePointAt(i);
            i += Character.charCount(cp);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                rtl++;
            } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                ltr++;
            }
        }
        return rtl > ltr ? Direction.RTL : Direction.LTR;
    }
}
