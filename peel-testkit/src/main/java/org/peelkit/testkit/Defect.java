package org.peelkit.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.peelkit.model.AreaForImprovement;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Cycle;
import org.peelkit.model.Dataset;
import org.peelkit.model.Finding;
import org.peelkit.model.Force;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.model.JudgmentStatus;
import org.peelkit.model.Metric;
import org.peelkit.model.MetricUnit;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.MonitoringStage;
import org.peelkit.model.PartialDate;
import org.peelkit.model.Recommendation;
import org.peelkit.model.RecommendationStatus;
import org.peelkit.model.Significance;

/**
 * One defect per core rule: a mutation that turns a valid generated document into one that breaks
 * exactly that rule, at a known path, with a known severity and message. For property tests of
 * validators.
 *
 * <pre>{@code
 * static List<Arguments> cases() {
 *     return Defect.all().stream().flatMap(d -> Seeds.sample(20).stream().map(s -> Arguments.of(d, s))).toList();
 * }
 *
 * @ParameterizedTest(name = "{0} {1}")
 * @MethodSource("cases")
 * void everyDefectIsCaught(Defect defect, Seed seed) {
 *     Broken b = defect.apply(seed, PeelGenerator.builtIn());
 *     // validate b.dataset() (or its JSON after b.jsonEdit()) and expect one finding:
 *     // b.severity() b.rule() at b.path() saying b.message()
 * }
 * }</pre>
 */
public enum Defect {
    /** A force outside PEEL. */
    PEEL_001((s, g) -> one(g.assessment(s), a -> rebuild(a, "btp", a.cycle()), "/assessments/0/force"),
            "error", b -> "Force 'btp' (British Transport Police) is outside PEEL: PEEL assesses the 43 territorial forces of England and Wales"),
    /** A cycle that does not exist: PEEL had no assessments in 2020. */
    PEEL_002((s, g) -> one(g.assessment(s), a -> rebuild(a, a.force(), "2020"), "/assessments/0/cycle"),
            "error", b -> "Unknown cycle '2020': expected one of 2014, 2015, 2016, 2017, 2018-19, 2021-22, 2023-25, 2025-27"),
    /** "Adequate" in a four-point cycle. */
    PEEL_003((s, g) -> replaceJudgment(g.assessment(s, Cycle.of("2016")), Judgment.of("effectiveness", Grade.ADEQUATE), "/grade"),
            "error", b -> "Grade 'adequate' is not on the four-point scale of PEEL 2016: expected one of outstanding, good, "
            + "requires-improvement, inadequate (adequate arrived in PEEL 2021/22)"),
    /** A question the cycle does not have. */
    PEEL_004((s, g) -> addJudgment(g.assessment(s, Cycle.of("2023-25")), Judgment.of("made-up-question", Grade.GOOD), "/question"),
            "error", b -> "Unknown question 'made-up-question' in PEEL 2023\u20132025: expected one of victim-service-assessment, "
            + "police-powers-and-public-treatment, preventing-crime, responding-to-the-public, investigating-crime, "
            + "protecting-vulnerable-people, managing-offenders-and-suspects, building-supporting-and-protecting-the-workforce, "
            + "leadership-and-force-management, recording-data-about-crime, serious-and-organised-crime, leadership"),
    /** A grade for the ungraded victim service assessment. */
    PEEL_005((s, g) -> replaceJudgment(g.assessment(s, Cycle.of("2023-25")), Judgment.of("victim-service-assessment", Grade.GOOD), "/grade"),
            "error", b -> "Question 'victim-service-assessment' (Providing a service to the victims of crime) is not graded in "
            + "PEEL 2023\u20132025, but the judgment gives the grade 'good': use \"status\": \"ungraded\""),
    /** A required area left out of a complete assessment. */
    PEEL_006((s, g) -> {
        Assessment a = g.assessment(s, Cycle.of("2023-25"));
        List<Judgment> kept = a.judgments().stream().filter(j -> !j.question().equals("investigating-crime")).toList();
        return one(a, x -> copy(x, false, kept, withoutFindingsOn(x.findings(), "investigating-crime"), x.metrics()),
                "/assessments/0/judgments");
    },
            "error", b -> "Required question 'investigating-crime' (Investigating crime) of PEEL 2023\u20132025 is not judged: "
            + "add it, or mark the assessment \"partial\": true"),
    /** The same question judged twice. */
    PEEL_007((s, g) -> {
        Assessment a = g.assessment(s, Cycle.of("2021-22"));
        return addJudgment(a, a.judgments().get(0), "/question");
    },
            "error", b -> "Question '" + b.assessments().get(0).judgments().get(0).question()
            + "' is judged twice: first at /assessments/0/judgments/0; judge each question once"),
    /** A judgment with both a grade and a status. */
    PEEL_008((s, g) -> replaceJudgment(g.assessment(s, Cycle.of("2023-25")), new Judgment("investigating-crime",
            Optional.of(Grade.GOOD), Optional.of(JudgmentStatus.NOT_GRADED), Optional.empty(), Optional.empty(),
            Optional.empty()), ""),
            "error", b -> "Judgment of 'investigating-crime' has both the grade 'good' and the status 'not-graded': give one of them"),
    /** A grade carried over from an earlier cycle of another comparability group: 2021/22's into 2023-2025. */
    PEEL_009((s, g) -> replaceJudgment(g.assessment(s, Cycle.of("2023-25")),
            Judgment.of("investigating-crime", Grade.GOOD).withCarriedOverFrom("2021-22"), "/carriedOverFrom"),
            "error", b -> "Judgment is carried over from PEEL 2021/22, whose grades are not comparable with PEEL 2023\u20132025 "
            + "(comparability groups 2021-22 and 2023-25)"),
    /** A cause of concern without a recommendation. */
    PEEL_010((s, g) -> addFinding(g.assessment(s, Cycle.of("2023-25")),
            new CauseOfConcern(Optional.of("investigating-crime"), "The force must improve its investigations.", false,
                    List.of()), ""),
            "error", b -> "Cause of concern has no recommendation: HMICFRS always makes one or more with a cause of concern"),
    /** An inadequate grade with no cause of concern, in an assessment that lists findings. */
    PEEL_011((s, g) -> {
        Assessment a = g.assessment(s, Cycle.of("2023-25"));
        List<Finding> findings = new ArrayList<>(withoutFindingsOn(a.findings(), "investigating-crime"));
        findings.add(new AreaForImprovement(Optional.empty(), "The force should improve its supervision."));
        Assessment listed = copy(a, a.partial(), a.judgments(), findings, a.metrics());
        return replaceJudgment(listed, Judgment.of("investigating-crime", Grade.INADEQUATE), "/grade");
    },
            "warning", b -> "Question 'investigating-crime' is graded inadequate, but the assessment lists no cause of concern on it: "
            + "inadequate means HMICFRS has causes of concern"),
    /** An accelerated cause of concern in 2016, before the process existed. */
    PEEL_012((s, g) -> addFinding(g.assessment(s, Cycle.of("2016")), new CauseOfConcern(Optional.empty(),
            "The force must protect vulnerable children better.", true,
            List.of(new Recommendation("Review every open case.", RecommendationStatus.OPEN, Optional.empty()))),
            "/accelerated"),
            "error", b -> "Cause of concern is accelerated in PEEL 2016: the accelerated process began with PEEL 2021/22"),
    /** A publication date before the cycle began. */
    PEEL_013((s, g) -> {
        Assessment a = g.assessment(s, Cycle.of("2023-25"));
        Assessment.Builder b = a.toBuilder().published(PartialDate.parse("2020-05-01"));
        return new Mutated(new Dataset(List.of(b.build()), List.of()), "/assessments/0/published");
    },
            "error", b -> "The publication date 2020-05-01 is before PEEL 2023\u20132025, whose dates run from 2023-01-01 to 2026-12-31"),
    /** Two assessments of one force and cycle. */
    PEEL_014((s, g) -> {
        Assessment a = g.assessment(s);
        return new Mutated(new Dataset(List.of(a, rebuild(a, a.force(), a.cycle())), List.of()), "/assessments/1");
    },
            "error", b -> "A second assessment of '" + b.assessments().get(0).force() + "' in cycle '" + b.assessments().get(0).cycle()
            + "': the first is at /assessments/0; merge them"),
    /** A percentage over 100. */
    PEEL_015((s, g) -> {
        Assessment a = g.assessment(s);
        List<Metric> metrics = new ArrayList<>(a.metrics());
        metrics.add(Metric.of("999-calls-answered-within-10s", new BigDecimal("120.5"), MetricUnit.PERCENT));
        return one(a, x -> copy(x, x.partial(), x.judgments(), x.findings(), metrics),
                "/assessments/0/metrics/" + (metrics.size() - 1) + "/value");
    },
            "error", b -> "Metric '999-calls-answered-within-10s' is 120.5 percent: expected 0 to 100"),
    /** A force marked above average when it is the lowest of all 43. */
    PEEL_016((s, g) -> {
        List<Assessment> all = new ArrayList<>();
        List<Force> forces = g.catalogue().peelForces();
        java.util.SplittableRandom r = s.random();
        for (int i = 0; i < forces.size(); i++) {
            Assessment a = rebuild(g.assessment(new Seed(r.nextLong()), Cycle.of("2023-25")), forces.get(i).id(), "2023-25");
            List<Metric> metrics = new ArrayList<>(a.metrics());
            Metric m = Metric.of("defect-measure", BigDecimal.valueOf(i + 1L), MetricUnit.COUNT)
                    .withPeriod(PartialDate.parse("2023-04-01"), PartialDate.parse("2024-03-31"));
            metrics.add(i == 0 ? m.withSignificance(Significance.ABOVE) : m);
            all.add(copy(a, a.partial(), a.judgments(), a.findings(), metrics));
        }
        return new Mutated(new Dataset(all, List.of()),
                "/assessments/0/metrics/" + (all.get(0).metrics().size() - 1) + "/significance");
    },
            "warning", b -> "Metric 'defect-measure' is 1, marked 'above', but the average of all 43 forces is 22 with one "
            + "standard deviation of 12.41: expected 'below'"),
    /** Two monitoring stages of one force that overlap. */
    PEEL_017((s, g) -> new Mutated(new Dataset(List.of(g.assessment(s)), List.of(
            new MonitoringPeriod("kent", MonitoringStage.ENGAGE, PartialDate.parse("2019-01"), Optional.empty(),
                    List.of("Causes of concern not addressed")),
            new MonitoringPeriod("kent", MonitoringStage.SCAN, PartialDate.parse("2020-01"),
                    Optional.of(PartialDate.parse("2020-06")), List.of()))),
            "/monitoring/1/from"),
            "error", b -> "Monitoring of 'kent' in Scan from 2020-01 overlaps its Engage stage from 2019-01, which has not ended"),
    /** A field the format does not define (only JSON can hold it). */
    PEEL_018((s, g) -> new Mutated(new Dataset(List.of(g.assessment(s)), List.of()),
            "/assessments/0/unexpectedField",
            Optional.of(json -> json.replaceFirst("\"assessments\": \\[\\s*\\{",
                    "\"assessments\": [ { \"unexpectedField\": true,"))),
            "error", b -> "Unknown field 'unexpectedField' in an assessment: PEEL JSON format 1 does not define it"),
    /** An inspector given as blank text. */
    PEEL_019((s, g) -> {
        Assessment a = g.assessment(s);
        return new Mutated(new Dataset(List.of(a.toBuilder().inspector("   ").build()), List.of()),
                "/assessments/0/inspector");
    },
            "error", b -> "Value '   ' at /assessments/0/inspector is empty: give text, or leave the field out"),
    /** A byte order mark before the document (only JSON text can hold it); a warning. */
    PEEL_020((s, g) -> new Mutated(new Dataset(List.of(g.assessment(s)), List.of()), "",
            Optional.of(json -> "\uFEFF" + json)),
            "warning", b -> "A byte order mark starts the input; it was skipped (UTF-8 needs none)"),
    /** A metric whose period ends before it starts. */
    PEEL_021((s, g) -> {
        Assessment a = g.assessment(s);
        List<Metric> metrics = new ArrayList<>(a.metrics());
        metrics.add(Metric.of("defect-measure", BigDecimal.ONE, MetricUnit.COUNT)
                .withPeriod(PartialDate.parse("2024-03-31"), PartialDate.parse("2023-04-01")));
        return one(a, x -> copy(x, x.partial(), x.judgments(), x.findings(), metrics),
                "/assessments/0/metrics/" + (metrics.size() - 1) + "/to");
    },
            "error", b -> "Metric 'defect-measure' ends (2023-04-01) before its period starts (2024-03-31)");

    private final BiFunction<Seed, PeelGenerator, Mutated> mutation;
    private final String severity;
    private final Function<Dataset, String> message;

    Defect(BiFunction<Seed, PeelGenerator, Mutated> mutation, String severity, Function<Dataset, String> message) {
        this.mutation = mutation;
        this.severity = severity;
        this.message = message;
    }

    /** @return the id of the rule this defect breaks, e.g. {@code PEEL-003} */
    public String rule() {
        return name().replace('_', '-');
    }

    /** @return the severity its finding has by default: {@code "error"} or {@code "warning"} */
    public String severity() {
        return severity;
    }

    /**
     * @param seed      a seed
     * @param generator a generator over the built-in catalogue (the defects name its ids)
     * @return a broken document
     */
    public Broken apply(Seed seed, PeelGenerator generator) {
        Mutated m = mutation.apply(seed, generator);
        return new Broken(m.dataset(), rule(), severity, m.path(), message.apply(m.dataset()), m.jsonEdit());
    }

    /** What a mutation gives; {@link #apply} adds the rule. */
    private record Mutated(Dataset dataset, String path, Optional<UnaryOperator<String>> jsonEdit) {
        Mutated(Dataset dataset, String path) {
            this(dataset, path, Optional.empty());
        }
    }

    /** @return every defect, one per core rule */
    public static List<Defect> all() {
        return List.of(values());
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static Mutated one(Assessment a, UnaryOperator<Assessment> change, String path) {
        Assessment changed = change.apply(a);
        return new Mutated(new Dataset(List.of(changed), List.of()), path);
    }

    private static Assessment rebuild(Assessment a, String force, String cycle) {
        return new Assessment(force, cycle, a.published(), a.inspector(), a.partial(), a.judgments(), a.findings(),
                a.metrics(), a.source());
    }

    private static Assessment copy(Assessment a, boolean partial, List<Judgment> judgments, List<Finding> findings,
                                   List<Metric> metrics) {
        return new Assessment(a.force(), a.cycle(), a.published(), a.inspector(), partial, judgments, findings, metrics,
                a.source());
    }

    private static List<Finding> withoutFindingsOn(List<Finding> findings, String question) {
        return findings.stream().filter(f -> !f.question().equals(Optional.of(question))).toList();
    }

    /** Replaces (or adds) the judgment of the same question, dropping findings on it. */
    private static Mutated replaceJudgment(Assessment a, Judgment replacement, String suffix) {
        List<Judgment> judgments = new ArrayList<>(a.judgments());
        int at = -1;
        for (int i = 0; i < judgments.size(); i++) {
            if (judgments.get(i).question().equals(replacement.question())) {
                at = i;
            }
        }
        if (at < 0) {
            judgments.add(replacement);
            at = judgments.size() - 1;
        } else {
            judgments.set(at, replacement);
        }
        boolean keepFindings = replacement.grade().filter(g -> g == Grade.INADEQUATE).isEmpty();
        List<Finding> findings = keepFindings ? withoutFindingsOn(a.findings(), "\u0000")
                : withoutFindingsOn(a.findings(), replacement.question());
        return new Mutated(new Dataset(List.of(copy(a, a.partial(), judgments, findings, a.metrics())), List.of()), "/assessments/0/judgments/" + at + suffix);
    }

    private static Mutated addJudgment(Assessment a, Judgment extra, String suffix) {
        List<Judgment> judgments = new ArrayList<>(a.judgments());
        judgments.add(extra);
        return new Mutated(new Dataset(List.of(copy(a, a.partial(), judgments, a.findings(), a.metrics())), List.of()), "/assessments/0/judgments/" + (judgments.size() - 1) + suffix);
    }

    private static Mutated addFinding(Assessment a, Finding extra, String suffix) {
        List<Finding> findings = new ArrayList<>(a.findings());
        findings.add(extra);
        return new Mutated(new Dataset(List.of(copy(a, a.partial(), a.judgments(), findings, a.metrics())), List.of()), "/assessments/0/findings/" + (findings.size() - 1) + suffix);
    }
}
