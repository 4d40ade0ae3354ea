package org.peelkit.model.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Dataset;
import org.peelkit.model.Finding;
import org.peelkit.model.Judgment;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;
import org.peelkit.testkit.SeedReporter;
import org.peelkit.testkit.Seeds;

/** Records are immutable: changing the lists they were built from changes nothing. */
@ExtendWith(SeedReporter.class)
class ImmutabilityPropertyTest {

    private static final PeelGenerator GENERATOR = PeelGenerator.builtIn();

    static List<Seed> seeds() {
        return Seeds.sample(500);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void changingTheSourceListsChangesNothing(Seed seed) {
        Assessment original = GENERATOR.assessment(seed);
        List<Judgment> judgments = new ArrayList<>(original.judgments());
        List<Finding> findings = new ArrayList<>(original.findings());
        Assessment copy = new Assessment(original.force(), original.cycle(), original.published(),
                original.inspector(), original.partial(), judgments, findings, new ArrayList<>(original.metrics()),
                original.source());
        judgments.clear();
        findings.add(new CauseOfConcern(java.util.Optional.empty(), "added later", false, new ArrayList<>()));
        assertEquals(original, copy, seed::toString);
        assertThrows(UnsupportedOperationException.class, () -> copy.judgments().clear(), seed::toString);
        assertThrows(UnsupportedOperationException.class, () -> copy.findings().clear(), seed::toString);
        assertThrows(UnsupportedOperationException.class, () -> copy.metrics().clear(), seed::toString);

        Dataset data = GENERATOR.dataset(seed, 20);
        List<Assessment> assessments = new ArrayList<>(data.assessments());
        List<MonitoringPeriod> monitoring = new ArrayList<>(data.monitoring());
        Dataset copied = new Dataset(assessments, monitoring);
        assessments.clear();
        monitoring.clear();
        assertEquals(data, copied, seed::toString);
        assertThrows(UnsupportedOperationException.class, () -> copied.assessments().add(original), seed::toString);
    }
}
