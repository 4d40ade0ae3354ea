package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;

/** PEEL-008: a judgment with both a grade and a status, and one with neither. */
class GradeOrStatusTest {

    @Test
    void bothAGradeAndAStatusIsAnError() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [
                  {"question": "preventing-crime", "grade": "good"},
                  {"question": "investigating-crime", "grade": "good", "status": "not-graded"}
                ]}
                """),
                "3:3 error PEEL-008 /judgments/1 Judgment of 'investigating-crime' has both the grade 'good' and the status 'not-graded': give one of them");
    }

    @Test
    void neitherAGradeNorAStatusIsAnError() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [
                  {"question": "preventing-crime", "status": "not-inspected"},
                  {"question": "investigating-crime"}
                ]}
                """),
                "3:3 error PEEL-008 /judgments/1 Judgment of 'investigating-crime' has neither a grade nor a status: give one of them");
    }
}
