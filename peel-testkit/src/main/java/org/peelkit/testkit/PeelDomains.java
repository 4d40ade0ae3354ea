package org.peelkit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Cycle;
import org.peelkit.model.CycleGrade;
import org.peelkit.model.Grade;
import org.peelkit.model.JudgmentStatus;
import org.peelkit.model.PartialDate;
import org.peelkit.model.Question;

/**
 * Every value of the small PEEL domains, for exhaustive property tests with JUnit's
 * {@code @ParameterizedTest} and {@code @MethodSource}. Every list is unmodifiable.
 *
 * <pre>{@code
 * static List<GradePair> pairs() { return PeelDomains.gradePairs(); }
 *
 * @ParameterizedTest
 * @MethodSource("pairs")
 * void comparisonNeverMixesGroups(GradePair p) { ... }
 * }</pre>
 */
public final class PeelDomains {

    private final Catalogue catalogue;

    private PeelDomains(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * @param catalogue a catalogue
     * @return the domains of that catalogue
     */
    public static PeelDomains of(Catalogue catalogue) {
        return new PeelDomains(catalogue);
    }

    /** @return every cycle of the built-in catalogue */
    public static List<Cycle> cycles() {
        return of(Catalogue.builtIn()).allCycles();
    }

    /** @return every grade */
    public static List<Grade> grades() {
        return List.of(Grade.values());
    }

    /** @return every status */
    public static List<JudgmentStatus> statuses() {
        return List.of(JudgmentStatus.values());
    }

    /** @return every question of every cycle of the built-in catalogue */
    public static List<Question> questions() {
        return of(Catalogue.builtIn()).allQuestions();
    }

    /** @return every grade of every cycle of the built-in catalogue, on that cycle's scale */
    public static List<CycleGrade> cycleGrades() {
        return of(Catalogue.builtIn()).allCycleGrades();
    }

    /** @return every ordered pair of {@link #cycleGrades()}, including a grade with itself */
    public static List<GradePair> gradePairs() {
        return of(Catalogue.builtIn()).allGradePairs();
    }

    /**
     * Every partial date from {@code fromYear} to {@code toYear}: each year, each month, and the
     * first, a middle and the last day of each month.
     *
     * @param fromYear the first year
     * @param toYear   the last year
     * @return the dates
     */
    public static List<PartialDate> partialDates(int fromYear, int toYear) {
        List<PartialDate> dates = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            dates.add(PartialDate.ofYear(y));
            for (int m = 1; m <= 12; m++) {
                PartialDate month = PartialDate.ofMonth(y, m);
                dates.add(month);
                dates.add(PartialDate.of(month.start()));
                dates.add(PartialDate.of(month.start().plusDays(14)));
                dates.add(PartialDate.of(month.end()));
            }
        }
        return List.copyOf(dates);
    }

    /** @return every cycle of this catalogue */
    public List<Cycle> allCycles() {
        return catalogue.cycles();
    }

    /** @return every question of every cycle of this catalogue */
    public List<Question> allQuestions() {
        return catalogue.cycles().stream().flatMap(c -> c.questions().stream()).toList();
    }

    /** @return every grade of every cycle of this catalogue, on that cycle's scale */
    public List<CycleGrade> allCycleGrades() {
        return catalogue.cycles().stream()
                .flatMap(c -> c.scale().grades().stream().map(g -> CycleGrade.of(c, g)))
                .toList();
    }

    /** @return every ordered pair of {@link #allCycleGrades()} */
    public List<GradePair> allGradePairs() {
        List<CycleGrade> all = allCycleGrades();
        List<GradePair> pairs = new ArrayList<>(all.size() * all.size());
        for (CycleGrade a : all) {
            for (CycleGrade b : all) {
                pairs.add(new GradePair(a, b));
            }
        }
        return List.copyOf(pairs);
    }
}
