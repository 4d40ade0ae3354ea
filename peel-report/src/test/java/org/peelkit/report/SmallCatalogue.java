package org.peelkit.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Cycle;
import org.peelkit.model.DateWindow;
import org.peelkit.model.Force;
import org.peelkit.model.ForceName;
import org.peelkit.model.GradeScale;
import org.peelkit.model.GradingLevel;
import org.peelkit.model.Question;

/**
 * A catalogue small enough to work out a page's numbers by hand: four cycles of one calendar year
 * each (2021, 2022, 2023, 2025), each with the questions {@code a} ("Policing") and {@code b}
 * ("Crime"); 2021 and 2022 on the four-point scale in group {@code g1}, 2023 and 2025 on the
 * five-point scale in group {@code g2} (2025 provisional). Two forces, listed west before east (not
 * alphabetical); east was renamed on 1 January 2022.
 */
final class SmallCatalogue {

    static final Catalogue CATALOGUE = Catalogue.of(
            List.of(cycle("c1", "Cycle One", GradeScale.FOUR_POINT, "g1", 2021, false),
                    cycle("c2", "Cycle Two", GradeScale.FOUR_POINT, "g1", 2022, false),
                    cycle("c3", "Cycle Three", GradeScale.FIVE_POINT, "g2", 2023, false),
                    cycle("c4", "Cycle Four", GradeScale.FIVE_POINT, "g2", 2025, true)),
            List.of(new Force("west", List.of(ForceName.of("West Police")), Optional.empty(), true),
                    new Force("east", List.of(ForceName.of("East Constabulary"),
                            new ForceName("East Police", Optional.of(LocalDate.of(2022, 1, 1)))), Optional.empty(), true)));

    static final PeelReport REPORT = PeelReport.of(CATALOGUE);

    private SmallCatalogue() {
    }

    private static Cycle cycle(String id, String name, GradeScale scale, String group, int year, boolean provisional) {
        return new Cycle(id, name, scale, GradingLevel.AREAS, group,
                new DateWindow(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), provisional,
                List.of(question(id, "a", "Policing"), question(id, "b", "Crime")));
    }

    private static Question question(String cycle, String id, String label) {
        return new Question(id, cycle, Optional.empty(), label, Optional.empty(), true, false);
    }
}
