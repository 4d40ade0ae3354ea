package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;

/** PEEL-011: inadequate with no cause of concern on the question, when the assessment lists findings. */
class InadequateHasCauseOfConcernTest {

    @Test
    void inadequateWithoutACauseOfConcernOnItIsAWarning() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [
                  {"question": "investigating-crime", "grade": "inadequate"},
                  {"question": "preventing-crime", "grade": "inadequate"}
                ],
                 "findings": [
                   {"type": "cause-of-concern", "question": "investigating-crime", "text": "Concern.",
                    "recommendations": [{"text": "Act.", "status": "open"}]},
                   {"type": "area-for-improvement", "question": "preventing-crime", "text": "Improve."}
                 ]}
                """),
                "3:45 warning PEEL-011 /judgments/1/grade Question 'preventing-crime' is graded inadequate, but the assessment lists no cause of concern on it: inadequate means HMICFRS has causes of concern");
    }

    @Test
    void anAssessmentThatListsNoFindingsIsNotWarned() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [
                  {"question": "investigating-crime", "grade": "inadequate"}
                ]}
                """));
    }
}
