package org.peelkit.model.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Cycle;
import org.peelkit.model.Force;
import org.peelkit.model.GradingLevel;
import org.peelkit.model.Question;
import org.peelkit.testkit.PeelDomains;

/** The built-in catalogue is consistent with itself and with the spec. */
class CataloguePropertyTest {

    private final Catalogue catalogue = Catalogue.builtIn();

    static List<Question> questions() {
        return PeelDomains.questions();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void everyQuestionBelongsToItsCycleAndHasWellFormedIds(Question q) {
        Cycle cycle = Cycle.of(q.cycle());
        assertTrue(cycle.questions().contains(q), q::toString);
        assertTrue(q.id().matches("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?"), q::toString);
        assertTrue(!q.label().isBlank(), q::toString);
        if (cycle.gradingLevel() == GradingLevel.AREAS) {
            assertTrue(q.pillar().isEmpty(), () -> q + ": area cycles have no pillars");
        } else if (q.pillar().isPresent()) {
            assertEquals(q.isPillar(), q.required(), () -> q + ": in pillar cycles the pillars, and only they, are required");
            assertTrue(q.isPillar() || q.id().startsWith(q.pillar().get().id() + "/"), q::toString);
            assertTrue(q.isPillar() || cycle.question(q.pillar().get().id()).isPresent(), () -> q + ": its pillar is listed");
        }
    }

    @Test
    void questionIdsAreUniquePerCycle() {
        for (Cycle c : catalogue.cycles()) {
            Set<String> ids = new HashSet<>();
            for (Question q : c.questions()) {
                assertTrue(ids.add(q.id()), () -> c.id() + " lists " + q.id() + " twice");
            }
        }
    }

    @Test
    void fortyThreeTerritorialForcesWithFortyThreeDistinctOnsCodes() {
        List<Force> forces = catalogue.peelForces();
        assertEquals(43, forces.size());
        Set<String> codes = new TreeSet<>();
        for (Force f : forces) {
            codes.add(f.onsCode().orElseThrow(() -> new AssertionError(f.id() + " has no ONS code")));
        }
        Set<String> expected = new TreeSet<>();
        IntStream.rangeClosed(1, 39).forEach(i -> expected.add(String.format("E230000%02d", i)));
        IntStream.rangeClosed(1, 4).forEach(i -> expected.add("W1500000" + i));
        assertEquals(expected, codes);
    }

    @Test
    void forceIdsAreThoseOfTheSpec() {
        Set<String> outside = Set.of("btp", "civil-nuclear", "ministry-of-defence", "northern-ireland",
                "police-scotland", "national-crime-agency");
        for (Force f : catalogue.forces()) {
            assertEquals(!outside.contains(f.id()), f.inPeelScope(), f::id);
            assertTrue(f.id().matches("[a-z]+(-[a-z]+)*"), f::id);
        }
        assertEquals(49, catalogue.forces().size());
        assertEquals(49, new HashSet<>(catalogue.forces().stream().map(Force::id).toList()).size());
    }

    @Test
    void cycleWindowsFollowOneAnotherAndGroupsShareAScale() {
        List<Cycle> cycles = catalogue.cycles();
        for (int i = 1; i < cycles.size(); i++) {
            Cycle before = cycles.get(i - 1);
            Cycle after = cycles.get(i);
            assertTrue(before.window().first().isBefore(after.window().first()), after::id);
            assertTrue(catalogue.isEarlier(before.id(), after.id()), after::id);
            if (before.comparabilityGroup().equals(after.comparabilityGroup())) {
                assertEquals(before.scale(), after.scale(), after::id);
            }
        }
    }
}
