package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.pressmark.model.PageDate;

/** {@link Dates}: the date forms pages print, and the dates that must be refused. */
class TextDatesTest {

    /** A fixed "now": 1 March 2024, noon UTC. */
    private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");

    private static String iso(String text) {
        return Dates.parse(text, NOW).map(PageDate::iso).orElse(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Friday, August 20, 2021", "August 20, 2021", "20 August 2021", "Aug 20, 2021",
            "Aug. 20, 2021", "August 20th, 2021", "20th August 2021", "Fri, 20 Aug 2021", "Friday 20 August 2021",
            "the 20th of August 2021", "AUGUST 20, 2021", "August 20, 2021 at 10:15 am", "Aug 20, 2021 10:15 PM",
            "08/20/2021", "20/08/2021", "20.08.2021", "20-08-2021", "2021/08/20", "2021.08.20", "2021-08-20",
            "2021-08-20 10:00:00", "2021-08-20T10:00", "  August 20, 2021  "})
    void everySupportedFormGivesTheCalendarDate(String text) {
        assertEquals("2021-08-20", iso(text), text);
    }

    @Test
    void isoDateTimeWithOffsetKeepsTimeAndOffset() {
        assertEquals(PageDate.of(OffsetDateTime.of(2021, 8, 20, 10, 0, 0, 0, ZoneOffset.UTC)),
                Dates.parse("2021-08-20T10:00:00Z", NOW).orElseThrow());
        assertEquals("2021-08-20T10:00:00+02:00", iso("2021-08-20T10:00:00+02:00"));
        assertEquals("2021-08-20T10:00:00+02:00", iso("2021-08-20T10:00:00+0200"));
    }

    @Test
    void septemberAbbreviationsAreUnderstood() {
        assertEquals("2021-09-03", iso("Sept. 3, 2021"));
        assertEquals("2021-09-03", iso("3 Sep 2021"));
    }

    @Test
    void dayAndMonthEqualIsNotAmbiguous() {
        assertEquals("2021-04-04", iso("04/04/2021"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "August 2021", "Augustus 20, 2021", "2021", "13/13/2021",
            "2021-02-30", "2021-13-01", "February 30, 2021", "32 August 2021", "Monday, August 20, 2021",
            "20.08.21", "2021-08-20T25:00:00Z", "August 20, 2021 and more", "Posted on August 20, 2021"})
    void nonsenseAndMismatchedWeekdaysAreRefused(String text) {
        assertNull(iso(text), text);
    }

    @Test
    void ambiguousSlashedDatesAreRefused() {
        assertNull(iso("03/04/2021"), "March 4 or 3 April: nobody can tell");
    }

    @Test
    void datesBefore1990AreRefused() {
        assertNull(iso("December 31, 1989"));
        assertNull(iso("1970-01-01"));
        assertEquals("1990-01-01", iso("1990-01-01"));
    }

    @Test
    void futureDatesAreRefusedRelativeToTheGivenNow() {
        assertNull(iso("2024-03-03"));
        assertNull(iso("March 15, 2024"));
        assertNull(iso("2024-03-01T12:00:01Z"), "one second after now");
        assertEquals("2024-03-01T12:00:00Z", iso("2024-03-01T12:00:00Z"));
        assertEquals("2024-03-01", iso("2024-03-01"));
        // already 2 March on the date line's far side (UTC+14): not in the future everywhere
        assertEquals("2024-03-02", iso("2024-03-02"));
    }

    @Test
    void dateWithoutSuppliedNowUsesTheClock() {
        assertTrue(Dates.parse("2021-08-20").isPresent());
        assertTrue(Dates.parse("2999-08-20").isEmpty());
    }

    @Test
    void findLocatesTheFirstDateInsideALine() {
        Optional<PageDate> d = Dates.find("Posted on August 20, 2021 by admin", NOW);
        assertEquals("2021-08-20", d.map(PageDate::iso).orElse(null));
        assertEquals("2023-03-14", Dates.find("By Ann Lee | 14.03.2023 | 3 min read", NOW)
                .map(PageDate::iso).orElse(null));
        assertEquals("2021-08-20", Dates.find("Published 2021-08-20, updated 2021-08-22", NOW)
                .map(PageDate::iso).orElse(null));
        assertTrue(Dates.find("the 2021 budget was 20 percent higher", NOW).isEmpty());
    }

    @Test
    void yearPreFilterPassesEveryFormAndStopsLinesWithoutFourDigits() {
        assertTrue(Dates.hasYear("Aug. 20th, 2021"));
        assertTrue(Dates.hasYear("x20.08.2021"));
        assertFalse(Dates.hasYear("Posted by Ann at 9:14 AM on the 20th"));
        assertFalse(Dates.hasYear("12/08/21"));
        assertTrue(Dates.find("Posted by Ann on 20/08/21", NOW).isEmpty());
    }
}
