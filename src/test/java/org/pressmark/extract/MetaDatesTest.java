package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetaDatesTest {

    private static String iso(String text) {
        return MetaDates.parseAny(text).map(d -> d.iso()).orElse("none");
    }

    @Test
    void readsIsoFormsPagesUse() {
        assertEquals("2021-08-20", iso("2021-08-20"));
        assertEquals("2021-08-20T14:03:00+02:00", iso("2021-08-20T14:03:00+02:00"));
        assertEquals("2021-08-20T12:03:00Z", iso("2021-08-20T12:03:00.000Z"));
        assertEquals("2021-08-20T14:03:00+02:00", iso("2021-08-20T14:03:00+0200"));
        assertEquals("2021-08-20", iso("2021-08-20 14:03"));
        assertEquals("2021-08-20", iso("20210820"));
    }

    @Test
    void readsEnglishMonthNameDates() {
        assertEquals("2021-08-20", iso("Friday, August 20, 2021"));
        assertEquals("2022-11-05", iso("5 November 2022"));
        assertEquals("2021-09-02", iso("Sept. 2nd, 2021"));
        assertEquals("2021-08-21", iso("August 21, 2021 at 7:02 AM"));
    }

    @Test
    void refusesImpossibleOrMissingDates() {
        assertEquals("none", iso("2021-02-30"));
        assertEquals("none", iso("February 30, 2021"));
        assertEquals("none", iso("no date here"));
        assertEquals("none", iso(null));
    }

    @Test
    void removesDatesFromBylines() {
        assertEquals("By Ann", MetaDates.removeDates("By Ann August 3, 2020 at 10:15 pm").strip());
        assertTrue(MetaDates.containsDate("Updated 2020-01-01"));
    }

    @Test
    void findsPrintedDatesOfOtherCommonLanguages() {
        java.time.Instant now = java.time.Instant.parse("2024-06-01T00:00:00Z");
        assertEquals("2013-10-05", MetaDates.find("Samstag, 5. Oktober 2013", now).get().iso());
        assertEquals("2019-05-23", MetaDates.find("Mise en ligne le 23 mai 2019", now).get().iso());
        assertEquals("2022-05-03", MetaDates.find("3 de maio de 2022, 10h", now).get().iso());
        assertEquals("2020-01-12", MetaDates.find("12 gennaio 2020", now).get().iso());
        assertEquals("2022-01-21", MetaDates.find("Stand: 21.01.2022 | Berlin", now).get().iso());
    }

    @Test
    void findTakesTheEarliestDateAndRefusesTheFuture() {
        java.time.Instant now = java.time.Instant.parse("2024-06-01T00:00:00Z");
        assertEquals("2021-11-02", MetaDates.find("02.11.2021, aktualisiert 5. Dezember 2021", now).get().iso());
        assertTrue(MetaDates.find("Termin am 3. M\u00e4rz 2030", now).isEmpty());
        assertTrue(MetaDates.find("31. Februar 2021", now).isEmpty());
    }

    @Test
    void readsTwoDigitYearsOnlyWithTwoDigitDaysAndMonths() {
        java.time.Instant now = java.time.Instant.parse("2024-06-01T00:00:00Z");
        assertEquals("2021-08-17", MetaDates.find("Hochgeladen 17.08.21", now).map(d -> d.iso()).orElse("none"));
        assertEquals("none", MetaDates.find("Version 1.2.22", now).map(d -> d.iso()).orElse("none"));
        assertEquals("none", MetaDates.find("build 10.12.22.4", now).map(d -> d.iso()).orElse("none"));
        assertEquals("none", MetaDates.find("31.02.22", now).map(d -> d.iso()).orElse("none"));
    }

    @Test
    void readsNumericDatesWithASpaceAfterEachDot() {
        java.time.Instant now = java.time.Instant.parse("2024-06-01T00:00:00Z");
        assertEquals("2021-05-06", MetaDates.find("Von Tennisverband 6. 5. 2021.", now).map(d -> d.iso()).orElse("none"));
        assertEquals("none", MetaDates.find("30. 2. 2022", now).map(d -> d.iso()).orElse("none"));
    }

    @Test
    void rfc1123DateTimeKeepsItsTimeAndZone() {
        assertEquals("2021-09-09T01:10:00Z", MetaDates.parseAny("Thu, 09 Sep 2021 01:10:00 GMT").get().iso());
        assertEquals("2021-09-09T01:10:00+02:00", MetaDates.parseAny("9 Sep 2021 01:10:00 +0200").get().iso());
        assertEquals("2021-09-09", MetaDates.parseAny("Thu, 09 Sep 2021").get().iso());
    }
}
