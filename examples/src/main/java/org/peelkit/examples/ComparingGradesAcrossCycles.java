package org.peelkit.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.peelkit.model.Cycle;
import org.peelkit.model.CycleGrade;
import org.peelkit.model.CycleMismatchException;
import org.peelkit.model.Dataset;
import org.peelkit.model.Grade;
import org.peelkit.model.Trend;
import org.peelkit.io.PeelJson;

/**
 * Example: comparing grades across cycles safely. Grades compare within one comparability group;
 * across groups peel refuses, as a money library refuses to add pounds to euros.
 *
 * <pre>{@code
 * java -cp examples/target/peel.jar org.peelkit.examples.ComparingGradesAcrossCycles
 * }</pre>
 */
public final class ComparingGradesAcrossCycles {

    private ComparingGradesAcrossCycles() {
    }

    /** @param args none */
    public static void main(String[] args) {
        run(new TerminalWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    }

    /**
     * @param out where to print
     */
    public static void run(PrintWriter out) {
        // Within the 2014-2019 group: a real comparison
        CycleGrade efficiency2016 = CycleGrade.of(Cycle.of("2016"), Grade.GOOD);
        CycleGrade efficiency2017 = CycleGrade.of(Cycle.of("2017"), Grade.REQUIRES_IMPROVEMENT);
        out.println("Met efficiency 2016 -> 2017: " + Trend.between(efficiency2016, efficiency2017).id());

        // Across groups: refused, with both cycles named
        CycleGrade responding2122 = CycleGrade.of(Cycle.of("2021-22"), Grade.INADEQUATE);
        CycleGrade responding2325 = CycleGrade.of(Cycle.of("2023-25"), Grade.REQUIRES_IMPROVEMENT);
        try {
            responding2325.isBetterThan(responding2122);
        } catch (CycleMismatchException e) {
            out.println("Refused: " + e.getMessage());
        }
        out.println("Met responding to the public 2021/22 -> 2023-25: "
                + Trend.between(responding2122, responding2325).id());

        // Ask first, as with java.time's isSupported
        out.println("Is 'adequate' on the PEEL 2016 scale? " + Cycle.of("2016").isSupported(Grade.ADEQUATE));

        // Over a dataset: history gives the judgments with their cycles; trends never cross a break
        Dataset met = PeelJson.standard().readDocument(Inputs.bundled(), Inputs.BUNDLED).dataset();
        List<org.peelkit.model.CycleJudgment> investigating = met.history("metropolitan", "investigating-crime");
        for (int i = 1; i < investigating.size(); i++) {
            out.println("investigating-crime " + investigating.get(i - 1).cycle().name() + " -> "
                    + investigating.get(i).cycle().name() + ": "
                    + Trend.between(investigating.get(i - 1), investigating.get(i)).id());
        }
        out.flush();
    }
}
