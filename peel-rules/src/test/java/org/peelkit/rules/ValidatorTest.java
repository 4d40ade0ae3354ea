package org.peelkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelkit.io.PeelJson;
import org.peelkit.model.Assessment;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;

class ValidatorTest {

    private static final Path FIXTURES = org.peelkit.testkit.SharedFiles.fixturesDir();

    static List<Path> fixtures() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(FIXTURES)) {
            return files.sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureIsValidWithNoFinding(Path fixture) {
        ValidationReport r = Validator.standard().validate(PeelJson.standard().readDocument(fixture));
        assertEquals(List.of(), r.findings(), fixture.toString());
        assertTrue(r.isValid());
    }

    private static final String BROKEN = """
            {
              "force": "metropolitan",
              "cycle": "2016",
              "colour": "blue",
              "judgments": [
                {"question": "effectiveness", "grade": "adequate"},
                {"question": "efficiency", "grade": "satisfactory"},
                {"question": "legitimacy", "grade": "good", "updated": "2014-05"}
              ]
            }
            """;

    @Test
    void readProblemsAndRuleFindingsAreOneLocatedListInDocumentOrder() {
        ValidationReport r = Validator.standard().validate(PeelJson.standard().readDocument(BROKEN.getBytes(java.nio.charset.StandardCharsets.UTF_8), "broken.json"));
        assertEquals(List.of("PEEL-018 /colour 4:13", "PEEL-003 /judgments/0/grade 6:44",
                        "PEEL-019 /judgments/1/grade 7:41", "PEEL-013 /judgments/2/updated 8:60"),
                r.findings().stream().map(f -> f.rule() + " " + f.path() + " " + f.location().orElseThrow()).toList(),
                "the unknown grade word is reported once, not again as a judgment with neither grade nor status");
        assertFalse(r.isValid());
        assertEquals(4, r.errors().size());
    }

    @Test
    void rulesCanBeTurnedOffOrGivenAnotherSeverityAndWarningsMadeStrict() {
        Assessment a = Assessment.builder("metropolitan", "2016").partial(true)
                .judgment(Judgment.of("effectiveness", Grade.ADEQUATE))
                .judgment(Judgment.of("efficiency", Grade.GOOD).withUpdated(org.peelkit.model.PartialDate.parse("2019")))
                .build();
        assertEquals(List.of("PEEL-003", "PEEL-013"), rules(Validator.standard().validate(a)));
        assertEquals(Severity.WARNING, Validator.standard().validate(a).findings().get(1).severity(),
                "a date after the window is a warning");
        Validator relaxed = Validator.builder().disable("PEEL-003").severity("PEEL-013", Severity.INFO).build();
        ValidationReport r = relaxed.validate(a);
        assertEquals(List.of("PEEL-013"), rules(r));
        assertEquals(Severity.INFO, r.findings().get(0).severity());
        assertTrue(r.isValid());
        ValidationReport strict = Validator.builder().disable("PEEL-003").strict(true).build().validate(a);
        assertEquals(Severity.ERROR, strict.findings().get(0).severity());
        assertFalse(strict.isValid());
    }

    @Test
    void unknownRuleIdsAndDuplicateIdsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Validator.builder().disable("PEEL-099").build());
        assertTrue(e.getMessage().contains("'PEEL-099'"), e.getMessage());
        Rule clash = new ServiceLoadedRule();
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> Validator.builder().rule(clash).build(),
                "TEST-001 comes from ServiceLoader too");
        assertTrue(twice.getMessage().contains("'TEST-001'"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Validator.builder().severity("PEEL-999", Severity.ERROR).build());
    }

    @Test
    void customRulesComeFromTheBuilderAndFromServiceLoader() {
        Assessment a = PeelGenerator.builtIn().assessment(new Seed(9)).toBuilder().inspector("Nobody").source("http://example.org/x").build();
        Rule sourceRule = new Rule() {
            public String id() {
                return "ACME-001";
            }

            public Severity severity() {
                return Severity.ERROR;
            }

            public String description() {
                return "source is not https";
            }

            public void check(RuleContext context) {
                context.forEachAssessment((x, at) -> x.source().filter(s -> !s.startsWith("https://"))
                        .ifPresent(s -> context.report(at.field("source"), "Source '" + s + "' is not https")));
            }
        };
        ValidationReport r = Validator.builder().rule(sourceRule).build().validate(a);
        assertEquals(List.of("TEST-001", "ACME-001"), rules(r));
        assertEquals(List.of(), rules(Validator.builder().serviceRules(false).disable("PEEL-019").build().validate(a)));
    }

    @Test
    void oneValidatorIsSharedSafelyBetweenThreads() {
        Validator v = Validator.standard();
        PeelGenerator g = PeelGenerator.builtIn();
        long findings = IntStream.range(0, 2_000).parallel()
                .mapToLong(i -> v.validate(g.assessment(new Seed(i))).findings().size()).sum();
        assertEquals(0, findings);
    }

    @Test
    void aFindingWithoutASourceHasNoLocation() {
        ValidationReport r = Validator.standard().validate(Assessment.builder("gotham", "2016").partial(true).build());
        assertEquals(java.util.Optional.empty(), r.findings().get(0).location());
        assertEquals("/force", r.findings().get(0).path());
    }

    private static List<String> rules(ValidationReport r) {
        return r.findings().stream().map(ValidationFinding::rule).toList();
    }
}
