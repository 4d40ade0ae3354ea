package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;

/** PEEL-007: one question judged twice, reported at the second with a pointer to the first. */
class QuestionJudgedOnceTest {

    @Test
    void theSecondJudgmentOfAQuestionIsAnError() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [
                  {"question": "investigating-crime", "grade": "good"},
                  {"question": "preventing-crime", "grade": "good"},
                  {"question": "investigating-crime", "grade": "good"}
                ]}
                """),
                "4:16 error PEEL-007 /judgments/2/question Question 'investigating-crime' is judged twice: first at /judgments/0; judge each question once");
    }
}
