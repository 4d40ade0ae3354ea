package org.peelkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordsTest {

    @Test
    void recordsRefuseNullsButHoldWrongDocuments() {
        assertThrows(NullPointerException.class, () -> Assessment.builder(null, "2016"));
        // a wrong document is held, so peel-rules can report it
        Assessment wrong = Assessment.builder("gotham", "2020")
                .judgment(new Judgment("nowhere", Optional.of(Grade.ADEQUATE), Optional.of(JudgmentStatus.UNGRADED),
                        Optional.empty(), Optional.of("1999"), Optional.of("")))
                .finding(new CauseOfConcern(Optional.empty(), "", true, List.of()))
                .build();
        assertEquals("gotham", wrong.force());
        assertTrue(wrong.judgment("nowhere").isPresent());
    }

    @Test
    void datasetHistoryFollowsTheCataloguesChronology() {
        Assessment y2018 = Assessment.builder("metropolitan", "2018-19")
                .judgment(Judgment.of("effectiveness", Grade.REQUIRES_IMPROVEMENT)).build();
        Assessment y2015 = Assessment.builder("metropolitan", "2015")
                .judgment(Judgment.of("effectiveness", Grade.REQUIRES_IMPROVEMENT)).build();
        Assessment kent = Assessment.builder("kent", "2016").judgment(Judgment.of("effectiveness", Grade.GOOD)).build();
        Dataset data = Dataset.of(List.of(y2018, kent, y2015));
        assertEquals(List.of(y2015, y2018), data.assessmentsOf("metropolitan"));
        List<CycleJudgment> history = data.history("metropolitan", "effectiveness");
        assertEquals(List.of("2015", "2018-19"), history.stream().map(h -> h.cycle().id()).toList());
        assertEquals(Trend.UNCHANGED, Trend.between(history.get(0), history.get(1)));
        assertEquals(Optional.of(kent), data.assessment("kent", "2016"));
        List<String> ids = new java.util.ArrayList<>(List.of("2030", "2023-25", "2014", "2016"));
        ids.sort(Catalogue.builtIn().cycleOrder());
        assertEquals(List.of("2014", "2016", "2023-25", "2030"), ids, "catalogue order, unknown ids last");
        List<String> mixed = new java.util.ArrayList<>(List.of("2030", "2000", "2023-25", "2014", "2015"));
        mixed.sort(Catalogue.builtIn().cycleOrder());
        assertEquals(List.of("2014", "2015", "2023-25", "2000", "2030"), mixed,
                "unknown 2000 after every known cycle, though it comes first by id");
    }

    @Test
    void anAssessmentGivesTheJudgmentOfTheQuestionAsked() {
        Judgment effectiveness = Judgment.of("effectiveness", Grade.GOOD);
        Judgment efficiency = Judgment.of("efficiency", Grade.INADEQUATE);
        Assessment a = Assessment.builder("kent", "2016").judgment(effectiveness).judgment(efficiency).build();
        assertEquals(Optional.of(efficiency), a.judgment("efficiency"));
        assertEquals(Optional.of(effectiveness), a.judgment("effectiveness"));
        assertEquals(Optional.empty(), a.judgment("legitimacy"));
    }
}
