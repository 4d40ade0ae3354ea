package org.peelkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The small values and vocabularies of the model, each accessor pinned to its value: written after
 * mutation testing showed that replacing their answers with empty, null or zero went unnoticed.
 */
class ValuesAndVocabularyTest {

    @Test
    void aPartialDateKnowsItsPartsAndPrecision() {
        PartialDate year = PartialDate.parse("2022");
        PartialDate month = PartialDate.of(YearMonth.of(2022, 6));
        PartialDate day = PartialDate.of(LocalDate.of(2022, 6, 15));
        assertEquals(2022, day.year());
        assertEquals(OptionalInt.empty(), year.month());
        assertEquals(OptionalInt.of(6), month.month());
        assertEquals(OptionalInt.empty(), month.day());
        assertEquals(OptionalInt.of(15), day.day());
        assertEquals(List.of(PartialDate.Precision.YEAR, PartialDate.Precision.MONTH, PartialDate.Precision.DAY),
                List.of(year.precision(), month.precision(), day.precision()));
        assertEquals(PartialDate.parse("2022-06"), month);
    }

    @Test
    void aPartialDateContainsTheDatesWithinItsInterval() {
        PartialDate june = PartialDate.parse("2022-06");
        assertTrue(PartialDate.parse("2022").contains(june));
        assertTrue(june.contains(june));
        assertFalse(june.contains(PartialDate.parse("2022")), "a month does not contain its year");
        assertFalse(june.contains(PartialDate.parse("2022-07-01")));
        assertFalse(june.contains(PartialDate.parse("2022-05-31")));
    }

    @Test
    void equalPartialDatesHashAlikeAndOthersSpread() {
        assertEquals(PartialDate.parse("2022-06").hashCode(), PartialDate.of(YearMonth.of(2022, 6)).hashCode());
        assertEquals(3, java.util.stream.Stream.of("2022", "2022-06", "2022-06-15")
                .map(t -> PartialDate.parse(t).hashCode()).distinct().count());
    }

    @Test
    void aPartialDateOfOtherThanDigitsIsRefused() {
        for (String bad : List.of("2O22", "2022-0x", "2022-06-1a", "20/2")) {
            assertThrows(PeelParseException.class, () -> PartialDate.parse(bad), bad);
        }
    }

    @Test
    void aCyclesWindowRunsFromItsFirstYearToTheEndOfTheYearAfterItsLast() {
        DateWindow w = DateWindow.ofCycleYears(2021, 2022);
        assertEquals(new DateWindow(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31)), w);
        assertEquals("2021-01-01 to 2023-12-31", w.toString());
        assertTrue(w.contains(PartialDate.parse("2023")));
        assertFalse(w.contains(PartialDate.parse("2024-01")));
        assertFalse(w.contains(PartialDate.parse("2020-12-31")));
    }

    @Test
    void aDatasetGivesAForcesMonitoringInOrder() {
        MonitoringPeriod kent1 = new MonitoringPeriod("kent", MonitoringStage.SCAN, PartialDate.parse("2019"),
                Optional.of(PartialDate.parse("2020")), List.of());
        MonitoringPeriod surrey = new MonitoringPeriod("surrey", MonitoringStage.ENGAGE, PartialDate.parse("2021"),
                Optional.empty(), List.of());
        MonitoringPeriod kent2 = new MonitoringPeriod("kent", MonitoringStage.ENGAGE, PartialDate.parse("2021"),
                Optional.empty(), List.of());
        Dataset d = new Dataset(List.of(), List.of(kent1, surrey, kent2));
        assertEquals(List.of(kent1, kent2), d.monitoringOf("kent"));
        assertEquals(List.of(), d.monitoringOf("gotham"));
        assertFalse(kent1.isOngoing());
        assertTrue(kent2.isOngoing());
    }

    @Test
    void everyVocabularyReadsBackItsOwnIdsAndNoOther() {
        check(GradeScale.values(), GradeScale::fromId);
        check(MetricUnit.values(), MetricUnit::fromId);
        check(JudgmentStatus.values(), JudgmentStatus::fromId);
        check(MonitoringStage.values(), MonitoringStage::fromId);
        check(FindingType.values(), FindingType::fromId);
        check(RecommendationStatus.values(), RecommendationStatus::fromId);
        check(Significance.values(), Significance::fromId);
        check(Pillar.values(), Pillar::fromId);
        assertEquals(List.of("improved", "declined", "unchanged", "not-comparable"),
                java.util.Arrays.stream(Trend.values()).map(Trend::id).toList());
    }

    private static <V extends Vocabulary> void check(V[] values, Function<String, Optional<V>> fromId) {
        for (V v : values) {
            assertEquals(Optional.of(v), fromId.apply(v.id()), () -> v + " by its id " + v.id());
        }
        assertEquals(Optional.empty(), fromId.apply("no-such-word"));
    }

    @Test
    void labelsAreHmicfrsWords() {
        assertEquals(List.of("Ungraded", "Not graded", "Not yet graded", "Not inspected"),
                java.util.Arrays.stream(JudgmentStatus.values()).map(JudgmentStatus::label).toList());
        assertEquals(List.of("Cause of concern", "Area for improvement", "Innovative practice", "Promising practice"),
                java.util.Arrays.stream(FindingType.values()).map(FindingType::label).toList());
        assertEquals(List.of("Effectiveness", "Efficiency", "Legitimacy"),
                java.util.Arrays.stream(Pillar.values()).map(Pillar::label).toList());
        assertEquals("Kent Police", ForceName.of("Kent Police").name());
    }

    @Test
    void theCatalogueOrdersCyclesByTimeAndUnknownOnesLastByName() {
        List<String> ids = new ArrayList<>(List.of("2030", "2023-25", "2014", "zz", "2018-19", "2016"));
        ids.sort(Catalogue.builtIn().cycleOrder());
        assertEquals(List.of("2014", "2016", "2018-19", "2023-25", "2030", "zz"), ids);
        assertEquals("Catalogue[8 cycles, " + Catalogue.builtIn().forces().size() + " forces]", Catalogue.builtIn().toString());
        Force kent = Catalogue.builtIn().force("kent").orElseThrow();
        assertEquals(kent.name(), kent.toString());
        assertNotEquals("", kent.toString());
    }

    @Test
    void exceptionsCarryWhatTheyAreAbout() {
        Cycle c2016 = Cycle.of("2016");
        UnsupportedGradeException unsupported = new UnsupportedGradeException(c2016, Grade.ADEQUATE);
        assertEquals(c2016, unsupported.cycle());
        assertEquals(Grade.ADEQUATE, unsupported.grade());
        CycleMismatchException mismatch = new CycleMismatchException(Cycle.of("2021-22"), Cycle.of("2023-25"));
        assertEquals("PEEL 2021/22 and PEEL 2023\u20132025 grades are not comparable: HMICFRS changed the framework",
                mismatch.getMessage());
    }
}
