package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;

/** PEEL-014: two assessments of one force and cycle in a dataset. */
class OneAssessmentPerForceAndCycleTest {

    @Test
    void theSecondAssessmentOfAForceAndCycleIsAnErrorNamingTheFirst() {
        assertFindings(json("""
                {"peel": "1", "assessments": [
                  {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": []},
                  {"force": "kent", "cycle": "2023-25", "partial": true, "judgments": []},
                  {"force": "surrey", "cycle": "2021-22", "partial": true, "judgments": []},
                  {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": []}
                ]}
                """),
                "5:3 error PEEL-014 /assessments/3 A second assessment of 'kent' in cycle '2021-22': the first is at /assessments/0; merge them");
    }
}
