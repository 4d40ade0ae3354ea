package org.peelkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"2022", "2022-06", "2022-06-28", "2024-02-29", "0001"})
    void parseAndToStringRoundTrip(String text) {
        assertEquals(text, PartialDate.parse(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-6", "22", "2022-13", "2022-00", "2023-02-29", "2022-06-31", "2022/06/28",
            "28/06/2022", "2022-06-28T00:00", " 2022", "0000", "2022-06-00", "", "+2022",
            // a month or a day of the right length but the wrong shape
            "2022/06", "2022-0x", "2022-06/28", "2022-06-2x"})
    void parseRejectsAnythingElseAndQuotesIt(String text) {
        PeelParseException e = assertThrows(PeelParseException.class, () -> PartialDate.parse(text));
        assertTrue(e.getMessage().contains(text.isEmpty() ? "''" : text), e.getMessage());
    }

    @Test
    void aMonthIsTheIntervalOfItsDays() {
        PartialDate june = PartialDate.parse("2022-06");
        assertEquals(LocalDate.of(2022, 6, 1), june.start());
        assertEquals(LocalDate.of(2022, 6, 30), june.end());
        assertTrue(june.contains(PartialDate.parse("2022-06-28")));
        assertFalse(june.contains(PartialDate.parse("2022")));
        assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02").end());
    }

    @Test
    void undecidableOrderIsSaidNotGuessed() {
        PartialDate june = PartialDate.parse("2022-06");
        assertEquals(DateOrder.OVERLAPPING, june.order(PartialDate.parse("2022-06-28")));
        assertEquals(DateOrder.OVERLAPPING, june.order(PartialDate.parse("2022")));
        assertEquals(DateOrder.BEFORE, june.order(PartialDate.parse("2022-07-01")));
        assertEquals(DateOrder.AFTER, june.order(PartialDate.parse("2022-05")));
        assertEquals(DateOrder.SAME, june.order(PartialDate.parse("2022-06")));
        assertFalse(june.isBefore(PartialDate.parse("2022-06-30")));
        assertFalse(june.isAfter(PartialDate.parse("2022-06-01")));
    }

    @Test
    void cycleWindowsRunToTheEndOfTheYearAfterTheLastYear() {
        assertEquals(new DateWindow(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31)), Cycle.of("2018-19").window());
        assertEquals(new DateWindow(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31)), Cycle.of("2023-25").window());
        DateWindow w = Cycle.of("2023-25").window();
        assertEquals(DateWindow.Position.WITHIN, w.locate(PartialDate.parse("2024-08-15")));
        assertEquals(DateWindow.Position.BEFORE, w.locate(PartialDate.parse("2022")));
        assertEquals(DateWindow.Position.AFTER, w.locate(PartialDate.parse("2027-01")));
    }

    @Test
    void yearsRunFromOneToNineThousandNineHundredAndNinetyNine() {
        assertEquals("0001", PartialDate.ofYear(1).toString());
        assertEquals("9999", PartialDate.ofYear(9999).toString());
        assertEquals(LocalDate.of(9999, 12, 31), PartialDate.parse("9999-12-31").end());
        for (int year : new int[] {0, 10_000}) {
            PeelParseException e = assertThrows(PeelParseException.class, () -> PartialDate.ofYear(year), "year " + year);
            assertTrue(e.getMessage().contains("a year from 0001 to 9999"), e.getMessage());
        }
        assertThrows(PeelParseException.class, () -> PartialDate.of(LocalDate.of(10_000, 1, 1)),
                "LocalDate holds year 10000, a PartialDate does not");
    }

    @Test
    void aMonthContainsItsFirstAndLastDayAndNoDayOutside() {
        PartialDate june = PartialDate.parse("2022-06");
        assertTrue(june.contains(LocalDate.of(2022, 6, 1)), "first day");
        assertTrue(june.contains(LocalDate.of(2022, 6, 15)));
        assertTrue(june.contains(LocalDate.of(2022, 6, 30)), "last day");
        assertFalse(june.contains(LocalDate.of(2022, 5, 31)), "the day before");
        assertFalse(june.contains(LocalDate.of(2022, 7, 1)), "the day after");
        assertTrue(PartialDate.parse("2022-06-30").contains(LocalDate.of(2022, 6, 30)), "a day contains itself");
    }
}
