package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Force;

/**
 * PEEL-016, the one-standard-deviation rule, on a worked example whose mean and deviation are
 * computed by hand. One measure for all 43 PEEL forces:
 *
 * <pre>
 * values          12  8  14  6  18  2  11  9  11  9   and 33 forces at 10
 * value - 10      +2 -2  +4 -4  +8 -8  +1 -1  +1 -1   and 33 zeros: sum 0, so the mean is 430 / 43 = 10
 * squared          4  4  16 16  64 64   1  1   1  1   sum 172, so the variance is 172 / 43 = 4
 * </pre>
 *
 * and the standard deviation is 2: above means more than 12, below less than 8. 12 and 8 lie exactly
 * on the band's edges and are within it. Every number here is exact in binary floating point.
 */
class SignificanceByOneStandardDeviationTest {

    private static final List<Force> FORCES = Catalogue.builtIn().peelForces();

    /** Force index to value; forces not listed have 10. */
    private static final Map<Integer, Integer> VALUES = Map.of(0, 12, 1, 8, 2, 14, 3, 6, 4, 18, 5, 2, 6, 11, 7, 9, 8, 11, 9, 9);

    /** Force index to the significance the document gives; forces not listed give none. */
    private static final Map<Integer, String> MARKED = Map.of(
            0, "above",   // on the upper edge: expected within
            1, "below",   // on the lower edge: expected within
            2, "within",  // 14 > 12: expected above
            3, "above",   // 6 < 8: expected below
            4, "above",   // right
            5, "below",   // right
            6, "within",  // right
            10, "within"); // right, at the mean

    private static final String MESSAGE = "but the average of all 43 forces is 10 with one standard deviation of 2";

    @Test
    void theWorkedExampleHasFortyThreeForces() {
        org.junit.jupiter.api.Assertions.assertEquals(43, FORCES.size(), "the worked example needs every PEEL force once");
    }

    @Test
    void significanceIsCheckedAgainstOneStandardDeviationWithTheEdgesWithin() {
        List<String> lines = document(FORCES.stream().map(Force::id).toList());
        assertFindings(json(String.join("\n", lines)),
                at(lines, 0, "above") + " Metric 'm' is 12, marked 'above', " + MESSAGE + ": expected 'within'",
                at(lines, 1, "below") + " Metric 'm' is 8, marked 'below', " + MESSAGE + ": expected 'within'",
                at(lines, 2, "within") + " Metric 'm' is 14, marked 'within', " + MESSAGE + ": expected 'above'",
                at(lines, 3, "above") + " Metric 'm' is 6, marked 'above', " + MESSAGE + ": expected 'below'");
    }

    /**
     * The same example a billion pounds higher: mean 1,000,000,010, deviation still 2. Computing the
     * variance as the mean of squares less the square of the mean would lose it to rounding.
     */
    @Test
    void largeValuesKeepTheirSmallDeviation() {
        List<String> lines = document(FORCES.stream().map(Force::id).toList(), 1_000_000_000L, "gbp");
        String message = "but the average of all 43 forces is 1000000010 with one standard deviation of 2";
        assertFindings(json(String.join("\n", lines)),
                at(lines, 0, "above") + " Metric 'm' is 1000000012, marked 'above', " + message + ": expected 'within'",
                at(lines, 1, "below") + " Metric 'm' is 1000000008, marked 'below', " + message + ": expected 'within'",
                at(lines, 2, "within") + " Metric 'm' is 1000000014, marked 'within', " + message + ": expected 'above'",
                at(lines, 3, "above") + " Metric 'm' is 1000000006, marked 'above', " + message + ": expected 'below'");
    }

    /**
     * Spending of about a billion pounds whose average is not a whole number: the example above a
     * billion higher, with the force at index 10 at 11 rather than 10. The sum is 43 × 1,000,000,010
     * + 1, so the mean is 1,000,000,010 + 1/43 = 1,000,000,010.023...; the squares about 10 sum to
     * 172 + 1 = 173, so about the mean they sum to 173 − 43 × (1/43)² = 173 − 1/43, the variance is
     * that over 43 = 4.0227... and the standard deviation 2.0057... The band runs from
     * 1,000,000,008.018 to 1,000,000,012.029: 12 is within it and 8 now below it, so the force
     * marked "below" at 8 is right. The squares must be of the deviations themselves: (v + mean) ×
     * (v − mean) sums to the same only while the deviations sum to exactly zero, which the rounded
     * mean of a billion breaks by thousands.
     */
    @Test
    void aMeanThatIsNotWholeMovesTheBand() {
        Map<Integer, Integer> values = new java.util.HashMap<>(VALUES);
        values.put(10, 11);
        List<String> lines = document(FORCES.stream().map(Force::id).toList(), 1_000_000_000L, "gbp", values);
        String message = "but the average of all 43 forces is 1000000010.02 with one standard deviation of 2.01";
        assertFindings(json(String.join("\n", lines)),
                at(lines, 0, "above") + " Metric 'm' is 1000000012, marked 'above', " + message + ": expected 'within'",
                at(lines, 2, "within") + " Metric 'm' is 1000000014, marked 'within', " + message + ": expected 'above'",
                at(lines, 3, "above") + " Metric 'm' is 1000000006, marked 'above', " + message + ": expected 'below'");
    }

    @Test
    void aMeasureHeldForFewerThanAllFortyThreeForcesIsNotChecked() {
        List<String> ids = new ArrayList<>(FORCES.stream().map(Force::id).toList());
        ids.remove(ids.size() - 1);
        assertFindings(json(String.join("\n", document(ids))));
        ids.add(ids.get(ids.size() - 1)); // 43 assessments, but one force twice and one missing
        List<String> lines = document(ids);
        assertFindings(json(String.join("\n", lines)), (lines.size() - 1) + ":3 error PEEL-014 /assessments/42 "
                + "A second assessment of '" + ids.get(42) + "' in cycle '2023-25': the first is at /assessments/41; merge them");
    }

    /** One assessment a line, from line 2; the metric of force {@code i} is on line {@code i + 2}. */
    private static List<String> document(List<String> forces) {
        return document(forces, 0, "count");
    }

    private static List<String> document(List<String> forces, long offset, String unit) {
        return document(forces, offset, unit, VALUES);
    }

    private static List<String> document(List<String> forces, long offset, String unit, Map<Integer, Integer> values) {
        List<String> lines = new ArrayList<>();
        lines.add("{\"peel\": \"1\", \"assessments\": [");
        for (int i = 0; i < forces.size(); i++) {
            String significance = Optional.ofNullable(MARKED.get(i)).map(s -> ", \"significance\": \"" + s + "\"").orElse("");
            lines.add("  {\"force\": \"" + forces.get(i) + "\", \"cycle\": \"2023-25\", \"partial\": true, \"judgments\": [], "
                    + "\"metrics\": [{\"name\": \"m\", \"value\": " + (offset + values.getOrDefault(i, 10)) + ", \"unit\": \"" + unit + "\", "
                    + "\"from\": \"2023-04-01\", \"to\": \"2024-03-31\"" + significance + "}]}"
                    + (i < forces.size() - 1 ? "," : ""));
        }
        lines.add("]}");
        return lines;
    }

    /** The start of a finding at force {@code i}'s significance: its line, the column of its value, severity, rule and path. */
    private static String at(List<String> lines, int i, String significance) {
        String line = lines.get(i + 1);
        int column = line.indexOf("\"" + significance + "\"", line.indexOf("\"significance\"") + 14) + 1;
        return (i + 2) + ":" + column + " warning PEEL-016 /assessments/" + i + "/metrics/0/significance";
    }
}
