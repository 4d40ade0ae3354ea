package org.peelkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Cycle;
import org.peelkit.model.Dataset;
import org.peelkit.model.Finding;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.model.JudgmentStatus;
import org.peelkit.model.PartialDate;
import org.peelkit.model.Question;

/** For thousands of seeds: generated assessments are complete and use only catalogue ids. */
@ExtendWith(SeedReporter.class)
class GeneratorPropertyTest {

    private static final PeelGenerator GENERATOR = PeelGenerator.builtIn();
    private static final Catalogue CATALOGUE = Catalogue.builtIn();

    static List<Seed> seeds() {
        return Seeds.sample(3_000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void generatedAssessmentsAreCompleteAndUseOnlyCatalogueIds(Seed seed) {
        Assessment a = GENERATOR.assessment(seed);
        String where = seed + ": " + a.force() + " " + a.cycle();
        assertTrue(CATALOGUE.force(a.force()).orElseThrow().inPeelScope(), where);
        Cycle cycle = Cycle.of(a.cycle());
        Set<String> judged = new HashSet<>();
        for (Judgment j : a.judgments()) {
            Question q = cycle.question(j.question()).orElseThrow(() -> new AssertionError(where + ": " + j.question()));
            assertTrue(judged.add(j.question()), where + ": " + j.question() + " judged twice");
            assertTrue(j.grade().isPresent() ^ j.status().isPresent(), where + ": grade xor status");
            j.grade().ifPresent(g -> assertTrue(q.graded() && cycle.isSupported(g), where + ": " + j));
            if (!q.graded()) {
                assertEquals(java.util.Optional.of(JudgmentStatus.UNGRADED), j.status(), where);
            }
            j.updated().ifPresent(d -> assertTrue(cycle.window().contains(d), where + ": " + d));
            j.carriedOverFrom().ifPresent(c -> assertTrue(CATALOGUE.isEarlier(c, cycle.id())
                    && Cycle.of(c).isComparableWith(cycle), where + ": carried over from " + c));
        }
        for (Question required : cycle.requiredQuestions()) {
            assertTrue(judged.contains(required.id()), where + ": missing " + required.id());
        }
        a.published().ifPresent(d -> assertTrue(cycle.window().contains(d), where + ": published " + d));
        for (Finding f : a.findings()) {
            f.question().ifPresent(q -> assertTrue(judged.contains(q), where + ": finding on " + q));
            assertFalse(f.text().isBlank(), where);
            if (f instanceof CauseOfConcern c) {
                assertFalse(c.recommendations().isEmpty(), where + ": a cause of concern has recommendations");
                assertTrue(!c.accelerated() || cycle.window().first().getYear() >= 2021, where + ": accelerated too early");
            }
        }
        for (Judgment j : a.judgments()) {
            if (j.grade().filter(g -> g == Grade.INADEQUATE).isPresent()) {
                assertTrue(a.findings().stream().anyMatch(f -> f instanceof CauseOfConcern
                        && f.question().equals(java.util.Optional.of(j.question()))), where + ": inadequate without a cause of concern");
            }
        }
        assertEquals(a, GENERATOR.assessment(seed), where + ": the same seed gives the same assessment");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasetSeeds")
    void generatedDatasetsHaveOneAssessmentPerForceAndCycleAndNoOverlappingMonitoring(Seed seed) {
        Dataset d = GENERATOR.dataset(seed, 200);
        assertEquals(200, d.assessments().size());
        Set<String> pairs = new HashSet<>();
        for (Assessment a : d.assessments()) {
            assertTrue(pairs.add(a.force() + "|" + a.cycle()), seed + ": duplicate " + a.force() + " " + a.cycle());
        }
        for (var force : CATALOGUE.peelForces()) {
            var periods = d.monitoringOf(force.id());
            for (int i = 1; i < periods.size(); i++) {
                PartialDate endOfPrevious = periods.get(i - 1).to().orElseThrow(() -> new AssertionError(seed + ": an open stage is followed by another"));
                assertTrue(endOfPrevious.isBefore(periods.get(i).from()), seed + ": monitoring overlaps for " + force.id());
            }
            periods.forEach(p -> p.to().ifPresent(to -> assertTrue(p.from().isBefore(to), seed + ": to before from")));
        }
    }

    static List<Seed> datasetSeeds() {
        return Seeds.sample(100);
    }
}
