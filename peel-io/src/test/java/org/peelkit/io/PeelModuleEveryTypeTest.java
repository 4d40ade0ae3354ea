package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peelkit.model.AreaForImprovement;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Cycle;
import org.peelkit.model.CycleGrade;
import org.peelkit.model.CycleJudgment;
import org.peelkit.model.Dataset;
import org.peelkit.model.DateOrder;
import org.peelkit.model.DateWindow;
import org.peelkit.model.Finding;
import org.peelkit.model.FindingType;
import org.peelkit.model.Force;
import org.peelkit.model.ForceName;
import org.peelkit.model.Grade;
import org.peelkit.model.GradeScale;
import org.peelkit.model.GradingLevel;
import org.peelkit.model.InnovativePractice;
import org.peelkit.model.Judgment;
import org.peelkit.model.JudgmentStatus;
import org.peelkit.model.Metric;
import org.peelkit.model.MetricUnit;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.MonitoringStage;
import org.peelkit.model.PartialDate;
import org.peelkit.model.Pillar;
import org.peelkit.model.PromisingPractice;
import org.peelkit.model.Question;
import org.peelkit.model.Recommendation;
import org.peelkit.model.RecommendationStatus;
import org.peelkit.model.Significance;
import org.peelkit.model.Trend;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** A user's own records holding every model type, through the mapper {@code findAndAddModules()} gives. */
class PeelModuleEveryTypeTest {

    /**
     * One per test, not one per class: built inside each test, the module's registration of every
     * type is part of what each test checks (and mutation testing sees each test cover it).
     */
    private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    record Values(Grade grade, JudgmentStatus status, Pillar pillar, GradeScale scale, GradingLevel level, Trend trend,
                  FindingType findingType, MetricUnit unit, MonitoringStage stage, RecommendationStatus recommendationStatus,
                  Significance significance, DateOrder order, PartialDate.Precision precision, DateWindow.Position position,
                  PartialDate published, Optional<PartialDate> updated, Cycle cycle, Force force, Question question,
                  CycleGrade cycleGrade, ForceName forceName, DateWindow window, Optional<Grade> maybeGrade,
                  List<JudgmentStatus> statuses) {
    }

    record Objects(Judgment judgment, Finding finding, CauseOfConcern cause, AreaForImprovement area,
                   InnovativePractice innovative, PromisingPractice promising, Recommendation recommendation, Metric metric,
                   MonitoringPeriod monitoring, CycleJudgment cycleJudgment, Assessment assessment, Dataset dataset,
                   List<Finding> findings, Map<Grade, Long> byGrade, Map<Cycle, Grade> byCycle) {
    }

    private static Values values() {
        Cycle cycle = Cycle.of("2016");
        return new Values(Grade.REQUIRES_IMPROVEMENT, JudgmentStatus.NOT_YET_GRADED, Pillar.LEGITIMACY, GradeScale.FOUR_POINT,
                GradingLevel.PILLARS, Trend.NOT_COMPARABLE, FindingType.AREA_FOR_IMPROVEMENT, MetricUnit.PERCENT,
                MonitoringStage.ENGAGE, RecommendationStatus.CLOSED, Significance.ABOVE, DateOrder.OVERLAPPING,
                PartialDate.Precision.MONTH, DateWindow.Position.ACROSS, PartialDate.parse("2017-03"),
                Optional.of(PartialDate.parse("2017-03-02")), cycle, Force.of("kent"),
                Catalogue.builtIn().question("2016", "legitimacy/ethical-and-lawful-workforce").orElseThrow(),
                CycleGrade.of(cycle, Grade.GOOD), new ForceName("Kent Police", Optional.of(LocalDate.of(2001, 4, 1))),
                new DateWindow(LocalDate.of(2016, 4, 1), LocalDate.of(2017, 3, 31)), Optional.of(Grade.OUTSTANDING),
                List.of(JudgmentStatus.NOT_INSPECTED, JudgmentStatus.UNGRADED));
    }

    private static Objects objects() {
        Recommendation r = new Recommendation("Improve call handling", RecommendationStatus.OPEN,
                Optional.of(PartialDate.parse("2022-09")));
        CauseOfConcern cause = new CauseOfConcern(Optional.of("responding-to-the-public"), "Calls wait too long", true, List.of(r));
        AreaForImprovement area = new AreaForImprovement(Optional.empty(), "Supervision of investigations");
        Judgment j = Judgment.of("effectiveness", Grade.REQUIRES_IMPROVEMENT).withUpdated(PartialDate.parse("2017-03-02"));
        Metric m = Metric.of("emergency-calls-answered", new BigDecimal("87.5"), MetricUnit.PERCENT)
                .withPeriod(PartialDate.parse("2022-01"), PartialDate.parse("2022-12")).withSignificance(Significance.BELOW);
        MonitoringPeriod mon = new MonitoringPeriod("kent", MonitoringStage.ENGAGE, PartialDate.parse("2022-04"),
                Optional.empty(), List.of("PEEL 2021/22 cause of concern"));
        return new Objects(j, cause, cause, area, new InnovativePractice(Optional.empty(), "A new triage desk"),
                new PromisingPractice(Optional.of("effectiveness"), "Joint patrols"), r, m, mon,
                new CycleJudgment(Cycle.of("2016"), j), PeelGenerator.builtIn().assessment(new Seed(12)),
                PeelGenerator.builtIn().dataset(new Seed(13), 3), List.of(cause, area),
                Map.of(Grade.REQUIRES_IMPROVEMENT, 3L, Grade.GOOD, 1L), Map.of(Cycle.of("2016"), Grade.ADEQUATE));
    }

    @Test
    void everyValueTypeIsWrittenInPeelJsonSpellingAndReadBack() {
        Values v = values();
        String json = mapper.writeValueAsString(v);
        JsonNode tree = mapper.readTree(json);
        assertEquals("requires-improvement", tree.get("grade").asString(), json);
        assertEquals("not-yet-graded", tree.get("status").asString(), json);
        assertEquals("four-point", tree.get("scale").asString(), json);
        assertEquals("not-comparable", tree.get("trend").asString(), json);
        assertEquals("overlapping", tree.get("order").asString(), json);
        assertEquals("month", tree.get("precision").asString(), json);
        assertEquals("across", tree.get("position").asString(), json);
        assertEquals("2017-03", tree.get("published").asString(), json);
        assertEquals("2017-03-02", tree.get("updated").asString(), json);
        assertEquals("2016", tree.get("cycle").asString(), json);
        assertEquals("kent", tree.get("force").asString(), json);
        assertEquals("{\"cycle\":\"2016\",\"id\":\"legitimacy/ethical-and-lawful-workforce\"}", tree.get("question").toString());
        assertEquals("{\"cycle\":\"2016\",\"grade\":\"good\"}", tree.get("cycleGrade").toString());
        assertEquals("{\"name\":\"Kent Police\",\"since\":\"2001-04-01\"}", tree.get("forceName").toString());
        assertEquals("{\"first\":\"2016-04-01\",\"last\":\"2017-03-31\"}", tree.get("window").toString());
        assertEquals("outstanding", tree.get("maybeGrade").asString(), json);
        assertEquals("[\"not-inspected\",\"ungraded\"]", tree.get("statuses").toString());
        assertEquals(v, mapper.readValue(json, Values.class));
    }

    @Test
    void everyObjectOfTheFormatIsWrittenAsPeelJsonWritesItAndReadBack() {
        Objects o = objects();
        String json = mapper.writeValueAsString(o);
        JsonNode tree = mapper.readTree(json);
        assertEquals("{\"question\":\"effectiveness\",\"grade\":\"requires-improvement\",\"updated\":\"2017-03-02\"}",
                tree.get("judgment").toString());
        assertEquals("cause-of-concern", tree.get("finding").get("type").asString(), json);
        assertEquals("{\"text\":\"Improve call handling\",\"status\":\"open\",\"due\":\"2022-09\"}",
                tree.get("recommendation").toString());
        assertEquals("below", tree.get("metric").get("significance").asString(), json);
        assertEquals(3, tree.get("byGrade").get("requires-improvement").asInt(), json);
        assertEquals("adequate", tree.get("byCycle").get("2016").asString(), json);
        assertEquals(JsonLines.standard().writeLine(o.assessment()), mapper.writeValueAsString(o.assessment()));
        assertEquals(o, mapper.readValue(json, Objects.class));
    }

    @Test
    void wrongSpellingsAreRefusedWithTheTypeAndTheReason() {
        MismatchedInputException grade = assertThrows(MismatchedInputException.class,
                () -> mapper.readValue("\"REQUIRES_IMPROVEMENT\"", Grade.class));
        assertTrue(grade.getMessage().contains("'REQUIRES_IMPROVEMENT' is not one of outstanding, good"), grade.getMessage());
        MismatchedInputException cycle = assertThrows(MismatchedInputException.class,
                () -> mapper.readValue("\"2099\"", Cycle.class));
        assertTrue(cycle.getMessage().contains("Cannot read Cycle"), cycle.getMessage());
        MismatchedInputException date = assertThrows(MismatchedInputException.class,
                () -> mapper.readValue("\"2017-13\"", PartialDate.class));
        assertTrue(date.getMessage().contains("Cannot read PartialDate"), date.getMessage());
        MismatchedInputException kind = assertThrows(MismatchedInputException.class,
                () -> mapper.readValue("{\"type\":\"area-for-improvement\",\"text\":\"x\"}", CauseOfConcern.class));
        assertTrue(kind.getMessage().contains("found a area-for-improvement finding"), kind.getMessage());
        DatabindException field = assertThrows(DatabindException.class,
                () -> mapper.readValue("{\"cycle\":\"2016\",\"grade\":\"good\",\"colour\":1}", CycleGrade.class));
        assertTrue(field.getMessage().contains("unknown field 'colour'"), field.getMessage());
    }

    record Holder(Catalogue catalogue) {
    }

    @Test
    void aModelTypeWithNoSpellingIsRefusedNotWrittenAsAnEmptyObject() {
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
                () -> mapper.writeValueAsString(new Holder(Catalogue.builtIn())));
        assertTrue(e.getMessage().contains("no PEEL JSON spelling for org.peelkit.model.Catalogue"), e.getMessage());
        assertThrows(InvalidDefinitionException.class, () -> mapper.readValue("{\"catalogue\":{}}", Holder.class));
    }

    @Test
    void theModuleNamesItselfAndItsVersionFromTheBuild() {
        PeelModule module = new PeelModule();
        assertEquals("peel-io", module.getModuleName());
        assertEquals("org.peelkit", module.version().getGroupId());
        assertEquals("peel-io", module.version().getArtifactId());
        assertFalse(module.version().isUnknownVersion(), module.version().toString());
        assertTrue(module.version().getMinorVersion() > 0 || module.version().getMajorVersion() > 0, module.version().toString());
    }
}
