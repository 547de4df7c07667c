package org.pressmark.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pressmark.model.PageDate;

/**
 * Reads the dates that HTML pages put in metadata and template markup: ISO 8601 forms as in
 * {@code <time datetime>} and {@code <meta content>}, the English month-name forms of blog
 * templates ("Friday, August 20, 2021", "20 August 2021", "Aug 20, 2021 at 9:14 AM"), and, for
 * dates printed in the page, the day-month-year forms of German, French, Spanish, Italian, Dutch and
 * Portuguese ("5. Oktober 2013", "23 mai 2019", "3 de maio de 2022") beside the numeric forms that
 * {@link Dates} reads ("21.01.2022").
 */
final class MetaDates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})"
            + "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** "August 20, 2021", "Aug. 20 2021". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    /** "20 August 2021", "20. August 2021". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "Wed, 04 May 2022 00:25:56 GMT": the date-time of HTTP and e-mail headers (RFC 1123, RFC 822), which
     * some templates write into their structured data. Its zone is kept, since the time in UTC may fall on
     * another calendar day than the one the page shows.
     */
    private static final Pattern RFC_1123 = Pattern.compile(
            "(?:[a-z]{3},\\s*)?(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{4})\\s+(\\d{2}):(\\d{2})(?::(\\d{2}))?"
            + "\\s*(GMT|UTC|UT|Z|[+-]\\d{4})", Pattern.CASE_INSENSITIVE);

    /** Month names of the commonest languages of the web besides English, lower case, with abbreviations. */
    private static final Map<String, Integer> OTHER_MONTHS = otherMonths();
    /** "5. Oktober 2013", "23 mai 2019", "3 de maio de 2022", "12 gennaio 2020", "1er janvier 2020". */
    private static final Pattern OTHER_DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,2})(?:\\.|er|\u00BA|\u00B0)?\\s*(?:de\\s+)?(" + alternation(OTHER_MONTHS) + ")\\.?,?"
            + "\\s+(?:de\\s+|del\\s+)?(\\d{4})(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * "17.08.21": day, month and a two-digit year, each of two digits, as German, Swiss and Austrian templates
     * print a date line. Both day and month must be written with two digits so that version numbers such as
     * "1.2.22" do not read as dates.
     */
    private static final Pattern SHORT_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\p{L}\\p{N}]|\\.\\d)");

    private MetaDates() {
    }

    /**
     * Parses an ISO 8601 date or date-time as pages write them ({@code 2021-08-20},
     * {@code 2021-08-20T14:03:00+02:00}, {@code 2021-08-20T12:03:00.000Z}, {@code 2021-08-20 14:03},
     * {@code 20210820}). A time without an offset gives the date alone, since the offset is unknown.
     *
     * @return the date, or empty if the text does not start with an ISO date or the date does not exist
     */
    static Optional<PageDate> parseIso(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher m = ISO.matcher(t);
        try {
            if (m.lookingAt()) {
                LocalDate date = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
                if (m.group(4) == null || m.group(7) == null) {
                    return Optional.of(PageDate.of(date));
                }
                int second = m.group(6) == null ? 0 : num(m.group(6));
                LocalDateTime ldt = date.atTime(num(m.group(4)), num(m.group(5)), second);
                return Optional.of(PageDate.of(OffsetDateTime.of(ldt, offset(m.group(7)))));
            }
            Matcher c = COMPACT.matcher(t);
            if (c.matches()) {
                return Optional.of(PageDate.of(LocalDate.of(num(c.group(1)), num(c.group(2)), num(c.group(3)))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Finds an English month-name date in text, such as Blogger's date header "Friday, August 20, 2021"
     * or a comment's "21 August 2021 at 09:14". Only the calendar date is kept.
     *
     * @return the first such date, or empty when there is none
     */
    static Optional<PageDate> parseText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            Matcher m = MONTH_DAY_YEAR.matcher(text);
            Matcher d = DAY_MONTH_YEAR.matcher(text);
            boolean mdy = m.find();
            boolean dmy = d.find();
            if (mdy && (!dmy || m.start() <= d.start())) {
                return Optional.of(PageDate.of(LocalDate.of(num(m.group(3)), month(m.group(1)), num(m.group(2)))));
            }
            if (dmy) {
                return Optional.of(PageDate.of(LocalDate.of(num(d.group(3)), month(d.group(2)), num(d.group(1)))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Finds the first plausible date printed in a text in any form this class or {@link Dates} reads:
     * ISO, English, numeric ({@code 21.01.2022}) or a day-month-year form of another common language.
     *
     * @param text the text, may be null
     * @param now  dates after this moment are refused
     * @return the date that starts first, or empty when there is none
     */
    static Optional<PageDate> find(String text, java.time.Instant now) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (!Dates.hasYear(text)) {
            return findShortYear(text, now); // the only form without four digits in a row
        }
        Matcher m = OTHER_DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            Optional<PageDate> before = Dates.find(text.substring(0, m.start()), now);
            if (before.isPresent()) {
                return before;
            }
            try {
                PageDate d = PageDate.of(LocalDate.of(num(m.group(3)),
                        OTHER_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), num(m.group(1))));
                if (Dates.plausible(d, now)) {
                    return Optional.of(d);
                }
            } catch (DateTimeException e) {
                // 31. Februar: not a day; look further
            }
        }
        Optional<PageDate> full = Dates.find(text, now);
        if (full.isPresent()) {
            return full;
        }
        Optional<PageDate> spaced = findSpaced(text, now);
        return spaced.isPresent() ? spaced : findShortYear(text, now);
    }

    /** "6. 5. 2021": a numeric German date with a space (perhaps a thin or no-break one) after each dot. */
    private static final Pattern SPACED = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(\\d{1,2})\\.[\\s\u00A0\u2009\u202F](\\d{1,2})\\.[\\s\u00A0\u2009\u202F]"
            + "((?:19|20)\\d{2})(?![\\p{L}\\p{N}])");

    /** The first "6. 5. 2021" date of the text that exists and is not in the future. */
    static Optional<PageDate> findSpaced(String text, java.time.Instant now) {
        Matcher m = SPACED.matcher(text);
        while (m.find()) {
            try {
                PageDate d = PageDate.of(LocalDate.of(num(m.group(3)), num(m.group(2)), num(m.group(1))));
                if (Dates.plausible(d, now)) {
                    return Optional.of(d);
                }
            } catch (DateTimeException e) {
                // 30. 2. 2021: not a day; look further
            }
        }
        return Optional.empty();
    }

    /** The first "17.08.21" date of the text that exists and is not in the future, read as 2021-08-17. */
    static Optional<PageDate> findShortYear(String text, java.time.Instant now) {
        if (!hasTwoDigitsAndDot(text)) {
            return Optional.empty();
        }
        Matcher m = SHORT_YEAR.matcher(text);
        while (m.find()) {
            try {
                PageDate d = PageDate.of(LocalDate.of(2000 + num(m.group(3)), num(m.group(2)), num(m.group(1))));
                if (Dates.plausible(d, now)) {
                    return Optional.of(d);
                }
            } catch (DateTimeException e) {
                // 31.02.21: not a day; look further
            }
        }
        return Optional.empty();
    }

    /** Whether two digits and a dot follow each other somewhere, as every "17.08.21" date starts. */
    private static boolean hasTwoDigitsAndDot(String text) {
        for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
            if (i >= 2 && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i - 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the text holds an ASCII digit: every date form has one, most names and labels none. */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Integer> otherMonths() {
        String[][] names = {
            // German (with Austrian J\u00e4nner), French, Spanish, Italian, Dutch, Portuguese
            {"januar", "j\u00e4nner", "jan", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro"},
            {"februar", "feber", "feb", "f\u00e9vrier", "f\u00e9vr", "fevrier", "febrero", "febbraio", "februari",
                "fevereiro", "fev"},
            {"m\u00e4rz", "maerz", "m\u00e4r", "mars", "marzo", "maart", "mar\u00e7o", "marco"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
            {"mai", "mayo", "maggio", "mag", "mei", "maio"},
            {"juni", "jun", "juin", "junio", "giugno", "giu", "junho"},
            {"juli", "jul", "juillet", "juil", "julio", "luglio", "lug", "julho"},
            {"august", "aug", "ao\u00fbt", "aout", "agosto", "ago", "augustus"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"},
            {"oktober", "okt", "octobre", "oct", "octubre", "ottobre", "ott", "outubro", "out"},
            {"november", "nov", "novembre", "noviembre", "novembro"},
            {"dezember", "dez", "d\u00e9cembre", "d\u00e9c", "decembre", "diciembre", "dic", "dicembre", "december",
                "dezembro"}};
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                out.put(n, i + 1);
            }
        }
        return Map.copyOf(out);
    }

    /** A regex alternation of the keys, longest first so that "juni" is not read as "jun". */
    private static String alternation(Map<String, Integer> names) {
        return names.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    }

    /** Parses ISO first, then a month-name date. */
    static Optional<PageDate> parseAny(String text) {
        Optional<PageDate> iso = parseIso(text);
        if (iso.isPresent()) {
            return iso;
        }
        Optional<PageDate> rfc = parseRfc1123(text);
        return rfc.isPresent() ? rfc : parseText(text);
    }

    /** Parses an RFC 1123 date-time ("Wed, 04 May 2022 00:25:56 GMT") with its zone. */
    static Optional<PageDate> parseRfc1123(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = RFC_1123.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime ldt = LocalDate.of(num(m.group(3)), month(m.group(2)), num(m.group(1)))
                    .atTime(num(m.group(4)), num(m.group(5)), m.group(6) == null ? 0 : num(m.group(6)));
            String zone = m.group(7).toUpperCase(Locale.ROOT);
            ZoneOffset offset = zone.startsWith("+") || zone.startsWith("-") ? offset(zone) : ZoneOffset.UTC;
            return Optional.of(PageDate.of(OffsetDateTime.of(ldt, offset)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the text holds something that reads as a date, ISO or with a month name. */
    static boolean containsDate(String text) {
        return ISO.matcher(text).find() || MONTH_DAY_YEAR.matcher(text).find() || DAY_MONTH_YEAR.matcher(text).find();
    }

    /** Removes month-name and ISO dates, and a time of day after them, from text. */
    static String removeDates(String text) {
        if (!hasDigit(text)) {
            return text; // no date and no time of day to remove
        }
        String t = MONTH_DAY_YEAR.matcher(text).replaceAll(" ");
        t = DAY_MONTH_YEAR.matcher(t).replaceAll(" ");
        t = ISO.matcher(t).replaceAll(" ");
        return CLOCK_TIME.matcher(t).replaceAll(" ");
    }

    private static final Pattern CLOCK_TIME = Pattern.compile(
            "(?i)\\b(?:at\\s+)?\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?");

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = MONTHS.get(key.length() > 3 && !key.startsWith("sept") ? key.substring(0, 3)
                : key.startsWith("sept") ? "sept" : key);
        if (m == null) {
            throw new DateTimeException("no month " + name);
        }
        return m;
    }

    private static ZoneOffset offset(String s) {
        if (s.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String sign = s.substring(0, 1);
        String digits = s.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
        int total = hours * 3600 + minutes * 60;
        return ZoneOffset.ofTotalSeconds(sign.equals("-") ? -total : total);
    }
}
