package org.peelkit.model;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Many assessments, of any forces and cycles, and the forces' monitoring periods, with look-ups
 * across them.
 *
 * <pre>{@code
 * Dataset data = new Dataset(List.of(met2016, met2023), List.of());
 * List<Assessment> met = data.assessmentsOf("metropolitan");       // oldest cycle first
 * List<CycleJudgment> history = data.history("metropolitan", "effectiveness");
 * Trend t = Trend.between(history.get(0), history.get(1));         // never a guess
 * }</pre>
 *
 * @param assessments the assessments
 * @param monitoring  the monitoring periods
 */
public record Dataset(List<@Valid Assessment> assessments, List<@Valid MonitoringPeriod> monitoring) {

    /**
     * Copies the lists.
     *
     * @param assessments the assessments
     * @param monitoring the monitoring periods
     */
    public Dataset {
        assessments = List.copyOf(assessments);
        monitoring = List.copyOf(monitoring);
    }

    /**
     * @param assessments the assessments
     * @return a dataset without monitoring periods
     */
    public static Dataset of(List<Assessment> assessments) {
        return new Dataset(assessments, List.of());
    }

    /**
     * @param force a force id
     * @return its assessments, oldest cycle first by the built-in catalogue
     */
    public List<Assessment> assessmentsOf(String force) {
        return assessmentsOf(force, Catalogue.builtIn());
    }

    /**
     * @param force     a force id
     * @param catalogue the catalogue that orders the cycles
     * @return its assessments, oldest cycle first; cycles the catalogue does not know come last
     */
    public List<Assessment> assessmentsOf(String force, Catalogue catalogue) {
        List<Assessment> result = new ArrayList<>();
        for (Assessment a : assessments) {
            if (a.force().equals(force)) {
                result.add(a);
            }
        }
        result.sort(java.util.Comparator.comparing(Assessment::cycle, catalogue.cycleOrder()));
        return List.copyOf(result);
    }

    /**
     * @param force a force id
     * @param cycle a cycle id
     * @return the first assessment of that force and cycle, if any
     */
    public Optional<Assessment> assessment(String force, String cycle) {
        return assessments.stream().filter(a -> a.force().equals(force) && a.cycle().equals(cycle)).findFirst();
    }

    /**
     * @param force    a force id
     * @param question a question id
     * @return the force's judgments of that question, oldest cycle first, by the built-in catalogue
     */
    public List<CycleJudgment> history(String force, String question) {
        return history(force, question, Catalogue.builtIn());
    }

    /**
     * A force's judgments of one question across cycles. Assessments of cycles the catalogue does
     * not know are left out, since their grades cannot be placed.
     *
     * @param force     a force id
     * @param question  a question id
     * @param catalogue the catalogue
     * @return the judgments with their cycles, oldest first
     */
    public List<CycleJudgment> history(String force, String question, Catalogue catalogue) {
        List<CycleJudgment> result = new ArrayList<>();
        for (Assessment a : assessmentsOf(force, catalogue)) {
            Optional<Cycle> cycle = catalogue.cycle(a.cycle());
            Optional<Judgment> judgment = a.judgment(question);
            if (cycle.isPresent() && judgment.isPresent()) {
                result.add(new CycleJudgment(cycle.get(), judgment.get()));
            }
        }
        return List.copyOf(result);
    }

    /**
     * @param force a force id
     * @return its monitoring periods, in the dataset's order
     */
    public List<MonitoringPeriod> monitoringOf(String force) {
        return monitoring.stream().filter(m -> m.force().equals(force)).toList();
    }
}
