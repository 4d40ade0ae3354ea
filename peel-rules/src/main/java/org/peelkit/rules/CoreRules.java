package org.peelkit.rules;

import java.util.List;
import org.peelkit.io.ReadProblem;

/** The core rules PEEL-001 to PEEL-021 of {@code spec/validation-and-cli.md}, in order. */
final class CoreRules {

    private CoreRules() {
    }

    static List<Rule> all() {
        return List.of(new ForceInPeel(), new CycleKnown(), new GradeOnScale(), new QuestionKnown(),
                new GradeWhereGraded(), new RequiredQuestionsJudged(), new QuestionJudgedOnce(), new GradeOrStatus(),
                new CarriedOverFromEarlierCycle(), new CauseOfConcernHasRecommendations(),
                new InadequateHasCauseOfConcern(), new AcceleratedFrom2021(), new DatesWithinCycle(),
                new OneAssessmentPerForceAndCycle(), new MetricInRange(), new SignificanceByOneStandardDeviation(),
                new MonitoringPeriodsInOrder(),
                new ReadProblemRule(ReadProblem.UNKNOWN_FIELD, Severity.ERROR, "a field the format does not define"),
                new MalformedValues(),
                new ReadProblemRule(ReadProblem.BYTE_ORDER_MARK, Severity.WARNING, "a byte order mark starts the input (it is skipped)"),
                new MetricPeriodInOrder());
    }
}
