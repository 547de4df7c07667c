package org.pressmark.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Reads the publication date from the data that script-driven templates embed in their pages: the state
 * objects of shop and single-page-application templates ({@code <script type="application/json">},
 * {@code __NEXT_DATA__}, inline {@code window.__STATE__ = {…}}) carry the post's record with a key such as
 * {@code "published_at"} or {@code "publishedDate"}, where no markup or metadata shows the date.
 *
 * <p>A page's scripts may also hold the records of other posts (related, most read). The date is
 * therefore taken only when every publication key in the scripts names the same calendar day; a page
 * whose scripts name several days gives none. JSON-LD is read elsewhere and left out here.
 *
 * <p>What is looked for, as a regular expression, is {@code "KEY"\s*:\s*"(\d{4}-\d{2}-\d{2}[^"]{0,30})"},
 * KEY one of {@link #KEYS}, each found from the end of the one before. It is found by hand: the scripts of
 * an application page run to hundreds of kilobytes, and the regular expression, tried at every character of
 * them, took 1.7 times as long as this scan under the optimising JIT and 2.5 times under the quick one
 * (over the scripts of the corpus pages). Every key holds {@code "ublish"}, which the JDK's {@code indexOf}
 * finds fast; only where it occurs is a key looked for around it.
 */
final class MetaScriptData {

    /** The publication-date keys, as JSON writes them; each holds {@link #STEM}. */
    static final List<String> KEYS = List.of("datePublished", "date_published", "publishedDate", "published_date",
            "publishedAt", "published_at", "publishDate", "publish_date", "firstPublished", "first_published_at",
            "firstPublishedAt");

    /** The part that every key holds. */
    private static final String STEM = "ublish";

    /** Where {@link #STEM} begins in each key of {@link #KEYS}. */
    private static final int[] STEM_AT = KEYS.stream().mapToInt(k -> k.indexOf(STEM)).toArray();

    /** How many characters after the date the value may hold before its closing quote. */
    private static final int VALUE_TAIL = 30;

    private MetaScriptData() {
    }

    /**
     * The publication date the page's script data agree on, as written there (an ISO 8601 date or
     * date-time), or {@code null} when they name none or more than one day.
     *
     * @param scripts every script element of the page
     * @return the value of the first publication key, or {@code null}
     */
    static String published(List<Element> scripts) {
        String first = null;
        for (Element script : scripts) {
            if (script.hasAttr("src") || script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            for (String value : values(DomQuery.data(script))) {
                if (first == null) {
                    first = value;
                } else if (!first.regionMatches(0, value, 0, 10)) {
                    return null;
                }
            }
        }
        return first;
    }

    /** The values of the publication keys in a script's text, in order: the first groups of the expression above. */
    static List<String> values(String data) {
        int stem = data.indexOf(STEM);
        if (stem < 0) {
            return List.of();
        }
        List<String> values = new ArrayList<>(1);
        int from = 0;
        for (; stem >= 0; stem = data.indexOf(STEM, stem + 1)) {
            int end = valueEnd(data, stem, from);
            if (end >= 0) {
                values.add(data.substring(data.lastIndexOf('"', end - 1) + 1, end));
                from = end + 1; // the next key begins after this value
                stem = end;
            }
        }
        return values;
    }

    /**
     * Where the value's closing quote is, when the {@link #STEM} at {@code stem} is part of a quoted key
     * that begins at or after {@code from} and is followed by a colon and a quoted date; else -1.
     */
    private static int valueEnd(String data, int stem, int from) {
        for (int k = 0; k < STEM_AT.length; k++) {
            String key = KEYS.get(k);
            int open = stem - STEM_AT[k] - 1;
            int close = open + key.length() + 1;
            if (open >= from && close < data.length() && data.charAt(open) == '"' && data.charAt(close) == '"'
                    && data.startsWith(key, open + 1)) {
                return dateValueEnd(data, close + 1);
            }
        }
        return -1;
    }

    /**
     * After a key's closing quote at {@code i - 1}: white space, a colon, white space, a quote, a date
     * {@code dddd-dd-dd} and at most {@link #VALUE_TAIL} other characters up to a quote, whose place is
     * returned; else -1.
     */
    private static int dateValueEnd(String data, int i) {
        i = skipSpace(data, i);
        if (i >= data.length() || data.charAt(i) != ':') {
            return -1;
        }
        i = skipSpace(data, i + 1);
        if (i >= data.length() || data.charAt(i) != '"') {
            return -1;
        }
        int date = i + 1;
        if (date + 10 > data.length() || !digits(data, date, 4) || data.charAt(date + 4) != '-'
                || !digits(data, date + 5, 2) || data.charAt(date + 7) != '-' || !digits(data, date + 8, 2)) {
            return -1;
        }
        int quote = data.indexOf('"', date + 10);
        return quote >= 0 && quote <= date + 10 + VALUE_TAIL ? quote : -1;
    }

    /** Past the white space that a regular expression's {@code \s} matches ({@link DomQuery#isPatternSpace}). */
    private static int skipSpace(String s, int i) {
        while (i < s.length() && DomQuery.isPatternSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean digits(String s, int at, int n) {
        for (int i = at; i < at + n; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
