package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;

/** PEEL-015, each range: percent above 100 and below 0, a negative count and rate, a negative ci, a sample below 1. */
class MetricInRangeTest {

    @Test
    void valuesOutOfTheirUnitsRangeAreErrors() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [], "metrics": [
                  {"name": "a", "value": 100, "unit": "percent"},
                  {"name": "b", "value": 100.5, "unit": "percent"},
                  {"name": "c", "value": -0.5, "unit": "percent"},
                  {"name": "d", "value": -1, "unit": "count"},
                  {"name": "e", "value": -2.5, "unit": "per-1000-population"},
                  {"name": "f", "value": -3, "unit": "gbp"},
                  {"name": "g", "value": 0, "unit": "count"}
                ]}
                """),
                "3:26 error PEEL-015 /metrics/1/value Metric 'b' is 100.5 percent: expected 0 to 100",
                "4:26 error PEEL-015 /metrics/2/value Metric 'c' is -0.5 percent: expected 0 to 100",
                "5:26 error PEEL-015 /metrics/3/value Metric 'd' is -1 (count): a count or rate cannot be negative",
                "6:26 error PEEL-015 /metrics/4/value Metric 'e' is -2.5 (per-1000-population): a count or rate cannot be negative");
    }

    @Test
    void aNegativeConfidenceIntervalAndASampleBelowOneAreErrors() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [], "metrics": [
                  {"name": "a", "value": 50, "unit": "percent", "ci": 0, "sample": 1},
                  {"name": "b", "value": 50, "unit": "percent", "ci": -0.1, "sample": 0}
                ]}
                """),
                "3:55 error PEEL-015 /metrics/1/ci Metric 'b' has a confidence interval half-width of -0.1: expected 0 or more",
                "3:71 error PEEL-015 /metrics/1/sample Metric 'b' has a sample of 0: expected 1 or more");
    }
}
