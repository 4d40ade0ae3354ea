package org.peelkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private final Catalogue catalogue = Catalogue.builtIn();

    @Test
    void holdsTheEightCyclesOfTheSpecInOrder() {
        assertEquals(List.of("2014", "2015", "2016", "2017", "2018-19", "2021-22", "2023-25", "2025-27"),
                catalogue.cycles().stream().map(Cycle::id).toList());
        assertEquals("PEEL 2023–2025", Cycle.of("2023-25").name());
        assertEquals("PEEL 2018/19", Cycle.of("2018-19").name());
        assertTrue(Cycle.of("2025-27").provisional());
        assertEquals(1, catalogue.cycles().stream().filter(Cycle::provisional).count(), "only 2025-27 is provisional");
    }

    @Test
    void scalesGradingLevelsAndGroupsFollowTheSpec() {
        for (Cycle c : catalogue.cycles()) {
            boolean pillars = c.window().first().getYear() < 2020;
            assertEquals(pillars ? GradeScale.FOUR_POINT : GradeScale.FIVE_POINT, c.scale(), c.id());
            assertEquals(pillars ? GradingLevel.PILLARS : GradingLevel.AREAS, c.gradingLevel(), c.id());
            assertEquals(pillars ? "2014-2019" : c.id(), c.comparabilityGroup(), c.id());
        }
    }

    @Test
    void questionFlagsFollowTheSpec() {
        assertFalse(catalogue.question("2014", "effectiveness").orElseThrow().graded(), "2014 effectiveness is ungraded");
        assertTrue(catalogue.question("2014", "efficiency").orElseThrow().graded());
        assertFalse(catalogue.question("2014", "legitimacy").orElseThrow().graded());
        assertFalse(catalogue.question("2015", "legitimacy/crime-recording").orElseThrow().graded());
        assertFalse(catalogue.question("2015", "leadership").orElseThrow().required());
        assertTrue(catalogue.question("2017", "leadership").isEmpty(), "2017 is 2016 without leadership");
        assertEquals(List.of("effectiveness", "efficiency", "legitimacy"),
                Cycle.of("2018-19").requiredQuestions().stream().map(Question::id).toList());
        assertEquals(9, Cycle.of("2023-25").requiredQuestions().size());
        assertEquals(9, Cycle.of("2021-22").requiredQuestions().size());
        Question vsa = catalogue.question("2023-25", "victim-service-assessment").orElseThrow();
        assertFalse(vsa.graded());
        assertEquals(Optional.of("How good is the force's service for victims of crime?"), vsa.wording());
        Question q = catalogue.question("2016", "effectiveness/investigating-crime").orElseThrow();
        assertEquals(Optional.of(Pillar.EFFECTIVENESS), q.pillar());
        assertFalse(q.isPillar());
        assertTrue(catalogue.question("2016", "effectiveness").orElseThrow().isPillar());
    }

    @Test
    void unknownWordingIsLeftOutNotMadeUp() {
        assertEquals(Optional.empty(), catalogue.question("2016", "efficiency/use-of-resources").orElseThrow().wording());
        assertEquals(Optional.of("How good is the force at leadership and force management?"),
                catalogue.question("2025-27", "leadership-and-force-management").orElseThrow().wording());
    }

    @Test
    void forcesCarryNamesWithHistoryAndOnsCodes() {
        Force hampshire = Force.of("hampshire");
        assertEquals("Hampshire Constabulary", hampshire.nameOn(LocalDate.of(2022, 11, 15)));
        assertEquals("Hampshire and Isle of Wight Constabulary", hampshire.nameOn(LocalDate.of(2022, 11, 16)));
        assertEquals("Hampshire and Isle of Wight Constabulary", hampshire.name());
        assertEquals(Optional.of("E23000001"), Force.of("metropolitan").onsCode());
        assertEquals("Metropolitan Police Service", Force.of("metropolitan").name());
        Force btp = Force.of("btp");
        assertFalse(btp.inPeelScope());
        assertEquals(Optional.empty(), btp.onsCode());
        assertEquals(6, catalogue.forces().size() - catalogue.peelForces().size());
    }

    @Test
    void lookupsThatPromiseAResultThrowOneNamedException() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> Cycle.of("2020"));
        assertEquals("cycle", e.kind());
        assertEquals("2020", e.id());
        assertThrows(UnknownIdException.class, () -> Force.of("gotham"));
        assertEquals(Optional.empty(), catalogue.cycle("2020"));
    }

    @Test
    void aUserCatalogueReplacesTheBuiltInOneWithoutARelease() {
        Cycle c2025 = Cycle.of("2025-27");
        Question extra = new Question("investigating-crime", "2025-27", Optional.empty(), "Investigating crime",
                Optional.empty(), true, true);
        List<Question> questions = new java.util.ArrayList<>(c2025.questions());
        questions.add(extra);
        Cycle updated = new Cycle(c2025.id(), c2025.name(), c2025.scale(), c2025.gradingLevel(),
                c2025.comparabilityGroup(), c2025.window(), false, questions);
        List<Cycle> cycles = new java.util.ArrayList<>(catalogue.cycles().subList(0, 7));
        cycles.add(updated);
        Catalogue mine = Catalogue.of(cycles, catalogue.forces());
        assertTrue(mine.question("2025-27", "investigating-crime").isPresent());
        assertFalse(Cycle.of("2025-27", mine).provisional());
        assertTrue(catalogue.question("2025-27", "investigating-crime").isEmpty(), "the built-in one is unchanged");
    }

    @Test
    void aCatalogueRefusesAmbiguousIds() {
        Cycle c = Cycle.of("2016");
        PeelException e = assertThrows(PeelException.class, () -> Catalogue.of(List.of(c, c), List.of()));
        assertTrue(e.getMessage().contains("'2016' twice"), e.getMessage());
        Question wrong = new Question("x", "2017", Optional.empty(), "X", Optional.empty(), true, true);
        Cycle bad = new Cycle("2016", c.name(), c.scale(), c.gradingLevel(), c.comparabilityGroup(), c.window(),
                false, List.of(wrong));
        assertThrows(PeelException.class, () -> Catalogue.of(List.of(bad), List.of()));
    }
}
