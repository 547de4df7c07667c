package org.pressmark.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pressmark.model.PageDate;

/**
 * Reads the dates that pages print: English forms ({@code Friday, August 20, 2021}, {@code 20 August 2021},
 * {@code Aug. 20th, 2021}), numeric forms ({@code 08/20/2021}, {@code 20.08.2021}, {@code 2021/08/20}) and
 * ISO 8601 ({@code 2021-08-20}, {@code 2021-08-20T10:00:00Z}).
 *
 * <p>A date is refused when it is before 1990 (no web page is that old), after the given "now" (not in the
 * future anywhere on earth, so a date-only value may be one calendar day ahead of UTC), when a named weekday
 * does not match the date, and when a numeric date could be read both ways ({@code 03/04/2021}: US and
 * British readings differ). A time without a UTC offset is dropped, keeping only the date, because the
 * page's time zone is unknown. Shared by the text and HTML extractors; stateless and thread-safe.
 */
final class Dates {

    /** The earliest year accepted: older dates on a web page are errors or history, not publication. */
    static final int MIN_YEAR = 1990;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thur", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sun", DayOfWeek.SUNDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY));

    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?<weekday>mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?"
            + "|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?,?\\s+)?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    /** A clock time after a date: kept out of the value (no offset), but allowed so the line still parses. */
    private static final String CLOCK = "(?:,?\\s+(?:at\\s+|@\\s*|-\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?"
            + "(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,5})?)?";
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";

    private static final Pattern ENGLISH_MDY = Pattern.compile(BEFORE + WEEKDAY + MONTH
            + "\\s+(?<day>\\d{1,2})" + ORDINAL + ",?\\s+(?<year>\\d{4})" + AFTER + CLOCK, Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH_DMY = Pattern.compile(BEFORE + WEEKDAY + "(?:the\\s+)?(?<day>\\d{1,2})"
            + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+(?<year>\\d{4})" + AFTER + CLOCK, Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile(BEFORE
            + "(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})"
            + "(?:[T ](?<time>\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)(?<zone>Z|[+-]\\d{2}:?\\d{2})?)?" + AFTER,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_FIRST = Pattern.compile(BEFORE
            + "(?<year>\\d{4})(?<sep>[/.])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})" + AFTER + CLOCK,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_LAST = Pattern.compile(BEFORE
            + "(?<first>\\d{1,2})(?<sep>[/.-])(?<second>\\d{1,2})\\k<sep>(?<year>\\d{4})" + AFTER + CLOCK,
            Pattern.CASE_INSENSITIVE);

    private static final List<Pattern> PATTERNS = List.of(ISO, ENGLISH_MDY, ENGLISH_DMY, YEAR_FIRST, YEAR_LAST);

    private Dates() {
    }

    /**
     * Parses a text that is a date and nothing else (surrounding white space aside), judged against the
     * current time.
     *
     * @return the date, or empty when the text is not a date in a supported form or is implausible
     */
    static Optional<PageDate> parse(String text) {
        return parse(text, Instant.now());
    }

    /**
     * Parses a text that is a date and nothing else (surrounding white space aside).
     *
     * @param text the text, may be null
     * @param now  the moment against which future dates are refused
     * @return the date, or empty when the text is not a date in a supported form or is implausible
     */
    static Optional<PageDate> parse(String text, Instant now) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (!hasYear(t)) {
            return Optional.empty();
        }
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(t);
            if (m.matches()) {
                return read(p, m, now);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the first plausible date inside a longer text, such as {@code Posted on August 20, 2021 by Ann}.
     *
     * @param text the text, may be null
     * @param now  the moment against which future dates are refused
     * @return the date that starts first in the text, or empty when there is none
     */
    static Optional<PageDate> find(String text, Instant now) {
        if (text == null) {
            return Optional.empty();
        }
        if (!hasYear(text)) {
            return Optional.empty();
        }
        PageDate best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.start() >= bestStart) {
                    break;
                }
                Optional<PageDate> d = read(p, m, now);
                if (d.isPresent()) {
                    best = d.get();
                    bestStart = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a text holds four digits in a row: every supported form carries its year so, and most lines of
     * a page hold no such run, which spares them the patterns.
     */
    static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run == 4) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    private static Optional<PageDate> read(Pattern p, Matcher m, Instant now) {
        try {
            int year = Integer.parseInt(m.group("year"));
            int month;
            int day;
            if (p == YEAR_LAST) {
                int first = Integer.parseInt(m.group("first"));
                int second = Integer.parseInt(m.group("second"));
                boolean dayFirstConvention = !m.group("sep").equals("/");
                if (first > 12 && second <= 12) {
                    day = first;
                    month = second;
                } else if (second > 12 && first <= 12) {
                    month = first;
                    day = second;
                } else if (first == second || dayFirstConvention) {
                    // dots and dashes are written day first (20.08.2021, 20-08-2021)
                    day = first;
                    month = second;
                } else {
                    return Optional.empty(); // 03/04/2021: March or April, nobody can tell
                }
            } else if (p == ENGLISH_MDY || p == ENGLISH_DMY) {
                month = MONTHS.get(m.group("month").toLowerCase(Locale.ROOT).replace(".", ""));
                day = Integer.parseInt(m.group("day"));
            } else {
                month = Integer.parseInt(m.group("month"));
                day = Integer.parseInt(m.group("day"));
            }
            LocalDate date = LocalDate.of(year, month, day);
            if ((p == ENGLISH_MDY || p == ENGLISH_DMY) && m.group("weekday") != null) {
                DayOfWeek named = WEEKDAYS.get(m.group("weekday").toLowerCase(Locale.ROOT));
                if (named != date.getDayOfWeek()) {
                    return Optional.empty();
                }
            }
            PageDate result = PageDate.of(date);
            if (p == ISO && m.group("time") != null && m.group("zone") != null) {
                LocalTime time = LocalTime.parse(m.group("time").replace(',', '.'));
                ZoneOffset zone = ZoneOffset.of(normaliseZone(m.group("zone")));
                result = PageDate.of(OffsetDateTime.of(LocalDateTime.of(date, time), zone));
            }
            return plausible(result, now) ? Optional.of(result) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            // no such day (2021-02-30) or time (25:00)
            return Optional.empty();
        }
    }

    private static String normaliseZone(String zone) {
        if (zone.equalsIgnoreCase("Z")) {
            return "Z";
        }
        return zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
    }

    /** Not before {@link #MIN_YEAR}, and not later than {@code now} anywhere on earth. */
    static boolean plausible(PageDate d, Instant now) {
        if (d.date().getYear() < MIN_YEAR) {
            return false;
        }
        if (d.dateTime() != null) {
            return !d.dateTime().toInstant().isAfter(now);
        }
        LocalDate latestCalendarDate = now.atOffset(ZoneOffset.ofHours(14)).toLocalDate();
        return !d.date().isAfter(latestCalendarDate);
    }
}
