package org.pressmark.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as a page gives it: a calendar date, or a date and time with a UTC offset when the page
 * states one. {@link #iso()} is the ISO 8601 form written to every output.
 *
 * @param date     the calendar date; for a date-time, its local date
 * @param dateTime the full date-time with its offset, or {@code null} when the page gave only a date
 */
public record PageDate(LocalDate date, OffsetDateTime dateTime) {

    /** Creates a page date. @throws IllegalArgumentException if the date-time's date differs */
    public PageDate {
        Objects.requireNonNull(date, "date");
        if (dateTime != null && !dateTime.toLocalDate().equals(date)) {
            throw new IllegalArgumentException("date " + date + " does not match date-time " + dateTime);
        }
    }

    /** Returns a date without a time. */
    public static PageDate of(LocalDate date) {
        return new PageDate(date, null);
    }

    /** Returns a date with a time and offset. */
    public static PageDate of(OffsetDateTime dateTime) {
        return new PageDate(dateTime.toLocalDate(), dateTime);
    }

    /**
     * Parses the ISO 8601 forms that {@link #iso()} writes: {@code 2021-08-20} or
     * {@code 2021-08-20T14:03:00+02:00}.
     *
     * @return the date, or empty if the text is neither form
     */
    public static Optional<PageDate> parseIso(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            if (t.length() <= 10) {
                return Optional.of(of(LocalDate.parse(t)));
            }
            return Optional.of(of(OffsetDateTime.parse(t)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the ISO 8601 form: a date ({@code 2021-08-20}), or a date-time with seconds and offset
     * ({@code 2021-08-20T14:03:00+02:00}, {@code Z} for UTC), which is also a valid {@code xs:dateTime}.
     * Fractions of a second are dropped.
     */
    public String iso() {
        return dateTime == null ? date.toString() : ISO_SECONDS.format(dateTime);
    }

    private static final java.time.format.DateTimeFormatter ISO_SECONDS =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    @Override
    public String toString() {
        return iso();
    }
}
