package org.peelkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelkit.model.Assessment;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.model.PeelException;
import org.peelkit.testkit.Defect;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;

class PeelValidatorTest {

    private static final Path FIXTURES = org.peelkit.testkit.SharedFiles.fixturesDir();

    static List<Path> fixtures() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(FIXTURES)) {
            return files.sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureIsValidWithNoFinding(Path fixture) {
        ValidationReport r = RuleCheck.report(PeelValidator.standard(), fixture);
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
        ValidationReport r = RuleCheck.report(PeelValidator.standard(), BROKEN);
        assertEquals(List.of("PEEL-018 /colour 4:13", "PEEL-003 /judgments/0/grade 6:44",
                        "PEEL-019 /judgments/1/grade 7:41", "PEEL-013 /judgments/2/updated 8:60"),
                r.findings().stream().map(f -> f.rule() + " " + f.path() + " " + RuleCheck.line(f) + ":"
                        + RuleCheck.column(f)).toList(),
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
        assertEquals(List.of("PEEL-003", "PEEL-013"), rules(RuleCheck.report(PeelValidator.standard(), a)));
        assertEquals(Severity.WARNING, RuleCheck.report(PeelValidator.standard(), a).findings().get(1).severity(),
                "a date after the window is a warning");
        PeelValidator relaxed = PeelValidator.builder().disable("PEEL-003").severity("PEEL-013", Severity.INFO).build();
        ValidationReport r = RuleCheck.report(relaxed, a);
        assertEquals(List.of("PEEL-013"), rules(r));
        assertEquals(Severity.INFO, r.findings().get(0).severity());
        assertTrue(r.isValid());
        ValidationReport strict = RuleCheck.report(PeelValidator.builder().disable("PEEL-003").strict(true).build(), a);
        assertEquals(Severity.ERROR, strict.findings().get(0).severity());
        assertFalse(strict.isValid());
    }

    @Test
    void unknownRuleIdsAndDuplicateIdsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PeelValidator.builder().disable("PEEL-099").build());
        assertTrue(e.getMessage().contains("'PEEL-099'"), e.getMessage());
        Rule clash = new ServiceLoadedRule();
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> PeelValidator.builder().rule(clash).build(),
                "TEST-001 comes from ServiceLoader too");
        assertTrue(twice.getMessage().contains("'TEST-001'"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PeelValidator.builder().severity("PEEL-999", Severity.ERROR).build());
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
        ValidationReport r = RuleCheck.report(PeelValidator.builder().rule(sourceRule).build(), a);
        assertEquals(List.of("TEST-001", "ACME-001"), rules(r));
        assertEquals(List.of(), rules(RuleCheck.report(PeelValidator.builder().serviceRules(false).disable("PEEL-019").build(), a)));
    }

    /** RuleContext's own example: a rule that walks every judgment of every assessment, each given with its place. */
    @Test
    void aCustomRuleWalksEveryJudgmentOfEveryAssessment() {
        Rule inadequate = new Rule() {
            public String id() {
                return "ACME-002";
            }

            public Severity severity() {
                return Severity.WARNING;
            }

            public String description() {
                return "an inadequate judgment";
            }

            public void check(RuleContext context) {
                context.forEachJudgment((j, at) -> j.grade().filter(g -> g == org.peelkit.model.Grade.INADEQUATE)
                        .ifPresent(g -> context.report(at.field("grade"), "Judgment of '" + j.question() + "' is inadequate")));
            }
        };
        ValidationReport r = RuleCheck.report(PeelValidator.builder().serviceRules(false).rule(inadequate).build(), """
                {"peel": "1", "assessments": [
                  {"force": "kent", "cycle": "2016", "partial": true, "judgments": [
                    {"question": "effectiveness", "grade": "good"},
                    {"question": "efficiency", "grade": "inadequate"}]},
                  {"force": "essex", "cycle": "2016", "partial": true, "judgments": [
                    {"question": "effectiveness", "grade": "inadequate"}]}
                ]}
                """);
        RuleCheck.assertFindings(r.findings().stream().filter(f -> f.rule().equals("ACME-002")).map(RuleCheck::whole).toList(),
                "4:41 warning ACME-002 /assessments/0/judgments/1/grade Judgment of 'efficiency' is inadequate",
                "6:44 warning ACME-002 /assessments/1/judgments/0/grade Judgment of 'effectiveness' is inadequate");
    }

    @Test
    void oneValidatorIsSharedSafelyBetweenThreads() throws Exception {
        PeelValidator v = PeelValidator.standard();
        PeelGenerator g = PeelGenerator.builtIn();
        List<Defect> inModel = Defect.all().stream().filter(d -> d.apply(new Seed(0), g).inModel()).toList();
        List<org.peelkit.model.Dataset> inputs = IntStream.range(0, 120)
                .mapToObj(i -> inModel.get(i % inModel.size()).apply(new Seed(i), g).dataset()).toList();
        List<List<String>> oneThread = inputs.stream().map(d -> RuleCheck.whole(RuleCheck.report(v, d))).toList();
        assertTrue(oneThread.stream().noneMatch(List::isEmpty), "every input has findings, so a validator that reports nothing fails");
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<List<String>>>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * inputs.size() / threads;
                runs.add(pool.submit(() -> {
                    start.await();
                    List<List<String>> mine = new ArrayList<>(java.util.Collections.nCopies(inputs.size(), List.of()));
                    for (int k = 0; k < inputs.size(); k++) {
                        int i = (offset + k) % inputs.size(); // each thread starts elsewhere, so threads overlap on different inputs
                        mine.set(i, RuleCheck.whole(RuleCheck.report(v, inputs.get(i))));
                    }
                    return mine;
                }));
            }
            start.countDown();
            for (int t = 0; t < threads; t++) {
                List<List<String>> report = runs.get(t).get();
                for (int i = 0; i < inputs.size(); i++) {
                    assertEquals(oneThread.get(i), report.get(i), "thread " + t + ", input " + i + " differs from a one-thread run");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFindingWithoutASourceHasNoLocation() {
        ValidationReport r = RuleCheck.report(PeelValidator.standard(), Assessment.builder("gotham", "2016").partial(true).build());
        assertEquals("-:-", RuleCheck.line(r.findings().get(0)) + ":" + RuleCheck.column(r.findings().get(0)));
        assertEquals("/force", r.findings().get(0).path());
    }

    private static List<String> rules(ValidationReport r) {
        return r.findings().stream().map(ValidationFinding::rule).toList();
    }
}
