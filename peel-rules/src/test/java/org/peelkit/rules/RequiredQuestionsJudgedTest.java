package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;

/** PEEL-006: a required question missing from an assessment that is not partial. */
class RequiredQuestionsJudgedTest {

    @Test
    void eachMissingRequiredQuestionIsAnErrorAtTheJudgments() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2025-27", "judgments": []}
                """),
                "1:52 error PEEL-006 /judgments Required question 'leadership-and-force-management' (Leadership and force management) of PEEL 2025–2027 is not judged: add it, or mark the assessment \"partial\": true");
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "judgments": [
                  {"question": "victim-service-assessment", "status": "ungraded"},
                  {"question": "treatment-of-the-public", "grade": "good"},
                  {"question": "preventing-crime", "grade": "good"},
                  {"question": "responding-to-the-public", "grade": "good"},
                  {"question": "protecting-vulnerable-people", "grade": "good"},
                  {"question": "managing-offenders", "grade": "good"},
                  {"question": "developing-a-positive-workplace", "grade": "good"},
                  {"question": "good-use-of-resources", "grade": "good"}
                ]}
                """),
                "1:52 error PEEL-006 /judgments Required question 'investigating-crime' (Investigating crime) of PEEL 2021/22 is not judged: add it, or mark the assessment \"partial\": true");
    }

    @Test
    void aPartialAssessmentNeedsNoRequiredQuestion() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2025-27", "partial": true, "judgments": []}
                """));
    }
}
