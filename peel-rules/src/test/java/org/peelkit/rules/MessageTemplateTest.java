package org.peelkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peelkit.io.PeelJson;
import org.peelkit.model.AreaForImprovement;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Dataset;
import org.peelkit.model.Judgment;
import org.peelkit.model.JudgmentStatus;
import org.peelkit.model.Metric;
import org.peelkit.model.MetricUnit;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.MonitoringStage;
import org.peelkit.model.PartialDate;
import org.peelkit.model.Recommendation;
import org.peelkit.model.RecommendationStatus;

/** Text from the data is never used as a message template: it comes back verbatim. */
class MessageTemplateTest {

    @ParameterizedTest
    @ValueSource(strings = {"${1+1}", "{foo}", "#{1+1}", "{jakarta.validation.constraints.NotNull.message}", "$\\{x}"})
    void templateLikeTextInEveryFieldComesBackVerbatim(String t) {
        Assessment a = Assessment.builder(t, t)
                .inspector(t).source(t).partial(true)
                .judgment(new Judgment(t, Optional.empty(), Optional.of(JudgmentStatus.UNGRADED), Optional.empty(),
                        Optional.of(t), Optional.of(t)))
                .finding(new CauseOfConcern(Optional.of(t), t, false,
                        List.of(new Recommendation(t, RecommendationStatus.OPEN, Optional.empty()))))
                .finding(new AreaForImprovement(Optional.of(t), t))
                .metric(Metric.of(t, java.math.BigDecimal.ONE, MetricUnit.COUNT))
                .build();
        Dataset d = new Dataset(List.of(a), List.of(new MonitoringPeriod(t, MonitoringStage.ENGAGE,
                PartialDate.parse("2022-06"), Optional.empty(), List.of(t))));
        ValidationReport r = RuleCheck.report(PeelValidator.builder().serviceRules(false).build(), d);
        List<ValidationFinding> malformed = r.findings().stream().filter(f -> f.rule().equals("PEEL-019")).toList();
        // the ids (force, cycle, question, carriedOverFrom, finding questions, metric name, monitoring force) are bad ids,
        // and the source is not an http(s) URI
        assertEquals(List.of("/assessments/0/cycle", "/assessments/0/findings/0/question", "/assessments/0/findings/1/question",
                        "/assessments/0/force", "/assessments/0/judgments/0/carriedOverFrom", "/assessments/0/judgments/0/question",
                        "/assessments/0/metrics/0/name", "/monitoring/0/force", "/assessments/0/source"),
                malformed.stream().map(ValidationFinding::path).toList());
        for (ValidationFinding f : malformed) {
            assertTrue(f.message().startsWith("Value '" + t + "' at "), f.message());
            assertFalse(f.message().contains("Value '2'"), f.message());
        }
        r.findings().forEach(f -> assertFalse(f.message().contains("{max}"), f.message()));
        String written = org.peelkit.io.PeelJsonWriter.standard().write(d);
        assertEquals(d, PeelJson.standard().readDataset(written.getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.json").dataset(),
                "the data itself is untouched");
    }

    @ParameterizedTest
    @ValueSource(ints = {20_000, 20_001})
    void textOverTwentyThousandCharactersIsMalformedAndTheLimitIsInterpolated(int length) {
        Assessment a = Assessment.builder("kent", "2016").partial(true).inspector("x".repeat(length)).build();
        List<ValidationFinding> f = RuleCheck.report(PeelValidator.standard(), a).findings();
        if (length > 20_000) {
            assertEquals(1, f.size(), f::toString);
            assertTrue(f.get(0).message().endsWith("is longer than 20000 characters"), f.get(0).message());
            assertTrue(f.get(0).message().length() < 200, "the value is shortened in the message");
        } else {
            assertEquals(List.of(), f);
        }
    }
}
