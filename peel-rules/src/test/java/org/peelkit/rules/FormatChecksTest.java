package org.peelkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peelkit.io.GradeTable;
import org.peelkit.io.PeelJson;
import org.peelkit.model.Assessment;
import org.peelkit.model.Judgment;
import org.peelkit.model.Metric;
import org.peelkit.model.MetricUnit;
import org.peelkit.model.PartialDate;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;

/** Issue 10's checks the format lacked: metric periods, control characters, sources, byte order marks. */
class FormatChecksTest {

    private static final PeelValidator VALIDATOR = PeelValidator.standard();

    private static Assessment base() {
        return PeelGenerator.builtIn().assessment(new Seed(11));
    }

    private static List<String> rulesAndPaths(ValidationReport r) {
        return r.findings().stream().map(f -> f.rule() + " " + f.path()).toList();
    }

    @Test
    void aMetricPeriodRunningBackwardsIsPeel021() {
        Metric m = Metric.of("calls-answered", java.math.BigDecimal.TEN, MetricUnit.PERCENT)
                .withPeriod(PartialDate.parse("2023-09-30"), PartialDate.parse("2022-10-01"));
        Assessment a = base().toBuilder().metric(m).build();
        assertEquals(List.of("PEEL-021 /metrics/" + base().metrics().size() + "/to"), rulesAndPaths(VALIDATOR.validate(a)));
        Metric maybe = m.withPeriod(PartialDate.parse("2023-05"), PartialDate.parse("2023"));
        assertEquals(List.of(), rulesAndPaths(VALIDATOR.validate(base().toBuilder().metric(maybe).build())),
                "2023-05 to 2023 may be one month");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lee\u0000Freeman", "Lee\u0007", "Lee\u001b[2J", "Lee\nFreeman", "Lee\tFreeman", "Lee\u0085"})
    void aControlCharacterInShortTextIsPeel019(String inspector) {
        ValidationReport r = VALIDATOR.validate(base().toBuilder().inspector(inspector).build());
        assertEquals(List.of("PEEL-019 /inspector"), rulesAndPaths(r));
        assertTrue(r.findings().get(0).message().contains("control character U+00"), r.findings().get(0).message());
    }

    @Test
    void tabsAndLineFeedsStayAllowedInLongTextButNotNulOrBel() {
        Assessment a = base();
        Judgment j = a.judgments().get(0);
        Assessment fine = Assessment.builder(a.force(), a.cycle()).partial(true).judgments(replaceFirst(a, j.withSummary("Line one.\n\tLine two."))).build();
        assertEquals(List.of(), rulesAndPaths(VALIDATOR.validate(fine)));
        Assessment bad = Assessment.builder(a.force(), a.cycle()).partial(true).judgments(replaceFirst(a, j.withSummary("Ring \u0007 and \u0000 end"))).build();
        assertEquals(List.of("PEEL-019 /judgments/0/summary"), rulesAndPaths(VALIDATOR.validate(bad)));
    }

    private static List<Judgment> replaceFirst(Assessment a, Judgment j) {
        return List.of(j);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a uri \u0000 <script>", "not a uri", "ftp://example.org/x", "/peel-reports/kent",
        "javascript:alert(1)", "https://", "mailto:hmicfrs@example.org"})
    void aSourceMustBeAnAbsoluteHttpUri(String source) {
        ValidationReport r = VALIDATOR.validate(base().toBuilder().source(source).build());
        assertEquals(List.of("PEEL-019 /source"), rulesAndPaths(r));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2016/",
        "http://www.justiceinspectorates.gov.uk/hmicfrs/?p=1#x", "HTTPS://EXAMPLE.ORG"})
    void httpAndHttpsSourcesAreFine(String source) {
        assertEquals(List.of(), rulesAndPaths(VALIDATOR.validate(base().toBuilder().source(source).build())));
    }

    @Test
    void aByteOrderMarkIsAWarningInJsonAndCsvAlike() {
        String json = "\uFEFF" + org.peelkit.io.PeelJsonWriter.standard().write(base());
        ValidationReport fromJson = VALIDATOR.validate(PeelJson.standard().readDocument(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "bom.json"));
        assertEquals(List.of("warning PEEL-020"), fromJson.findings().stream().map(f -> f.severity().id() + " " + f.rule()).toList());
        assertTrue(fromJson.isValid());
        ValidationReport fromCsv = VALIDATOR.validate(GradeTable.standard()
                .read(("\uFEFF" + GradeTable.standard().write(org.peelkit.model.Dataset.of(List.of(base()))))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "bom.csv"));
        assertEquals(List.of("warning PEEL-020"), fromCsv.findings().stream().map(f -> f.severity().id() + " " + f.rule()).toList());
    }
}
