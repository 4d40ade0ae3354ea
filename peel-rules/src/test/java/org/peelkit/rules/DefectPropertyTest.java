package org.peelkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.nio.charset.StandardCharsets;
import org.peelkit.io.PeelJson;
import org.peelkit.io.PeelJsonWriter;
import org.peelkit.model.Dataset;
import org.peelkit.testkit.Broken;
import org.peelkit.testkit.Defect;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;
import org.peelkit.testkit.Seeds;

/**
 * Every core rule has a defect in the testkit; over many seeds, each defect is caught by exactly its
 * rule at the expected path, with the defect's severity and message, whether validated as objects or as JSON, and generated data before the
 * mutation has no finding at all.
 */
class DefectPropertyTest {

    private static final PeelGenerator GENERATOR = PeelGenerator.builtIn();
    private static final PeelValidator VALIDATOR = PeelValidator.builder().serviceRules(false).build();
    private static final PeelJson JSON = PeelJson.standard();

    static List<Arguments> cases() {
        return Defect.all().stream()
                .flatMap(d -> Seeds.sample(40).stream().map(s -> Arguments.of(d, s)))
                .toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyDefectIsCaughtByExactlyItsRuleAtItsPathWithItsSeverityAndMessage(Defect defect, Seed seed) {
        Broken broken = defect.apply(seed, GENERATOR);
        String text = broken.json(PeelJsonWriter.standard().write(broken.dataset()));
        ValidationReport read = RuleCheck.report(VALIDATOR, text);
        List<ValidationReport> reports = broken.inModel()
                ? List.of(RuleCheck.report(VALIDATOR, broken.dataset()), read)
                : List.of(read);
        for (ValidationReport report : reports) {
            String where = defect + " " + seed + ": " + report.findings();
            assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals(broken.rule()) && f.path().equals(broken.path())),
                    () -> "expected " + broken.rule() + " at " + broken.path() + "; " + where);
            Set<String> fired = report.findings().stream().map(ValidationFinding::rule).collect(Collectors.toSet());
            assertEquals(Set.of(broken.rule()), fired, where);
            ValidationFinding f = report.findings().stream().filter(x -> x.path().equals(broken.path())).findFirst().orElseThrow();
            assertEquals(defect.severity(), broken.severity(), "the defect's severity is the broken document's");
            assertEquals(broken.severity(), f.severity().id(), where);
            assertEquals(broken.message(), f.message(), where);
            assertEquals(report == read, !RuleCheck.line(f).equals("-") && !RuleCheck.column(f).equals("-"),
                    () -> "a finding in read JSON has a line and column, one in objects built in code has none; " + where);
        }
    }

    static List<Seed> seeds() {
        return Seeds.sample(1_000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void generatedDataHasNoFinding(Seed seed) {
        ValidationReport one = RuleCheck.report(VALIDATOR, GENERATOR.assessment(seed));
        assertEquals(List.of(), one.findings(), seed::toString);
        if (seed.value() % 20 == 0) {
            Dataset d = GENERATOR.dataset(seed, 60);
            assertEquals(List.of(), RuleCheck.report(VALIDATOR, d).findings(), seed::toString);
            assertEquals(List.of(), RuleCheck.report(VALIDATOR, PeelJsonWriter.standard().write(d)).findings(), seed::toString);
        }
    }

    @org.junit.jupiter.api.Test
    void everyCoreRuleHasADefect() {
        Set<String> core = VALIDATOR.rules().stream().map(Rule::id).collect(Collectors.toSet());
        assertEquals(core, Defect.all().stream().map(Defect::rule).collect(Collectors.toSet()));
        assertEquals(21, core.size());
    }
}
