package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;

/** PEEL-005: a grade for a question the cycle does not grade. */
class GradeWhereGradedTest {

    @Test
    void aGradeForTheVictimServiceAssessmentIsAnError() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2023-25", "partial": true, "judgments": [
                  {"question": "victim-service-assessment", "status": "ungraded"},
                  {"question": "victim-service-assessment", "grade": "good"}
                ]}
                """),
                "3:16 error PEEL-007 /judgments/1/question Question 'victim-service-assessment' is judged twice: first at /judgments/0; judge each question once",
                "3:54 error PEEL-005 /judgments/1/grade Question 'victim-service-assessment' (Providing a service to the victims of crime) is not graded in PEEL 2023–2025, but the judgment gives the grade 'good': use \"status\": \"ungraded\"");
    }
}
