package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;

/** PEEL-004: an unknown question in a judgment and in a finding; a warning in a provisional cycle. */
class QuestionKnownTest {

    @Test
    void anUnknownQuestionOfAJudgmentIsAnErrorListingTheCyclesQuestions() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2025-27", "partial": true, "judgments": []}
                """));
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [
                  {"question": "investigating-crime", "grade": "good"},
                  {"question": "made-up", "grade": "good"}
                ]}
                """),
                "3:16 error PEEL-004 /judgments/1/question Unknown question 'made-up' in PEEL 2021/22: expected one of victim-service-assessment, treatment-of-the-public, preventing-crime, responding-to-the-public, investigating-crime, protecting-vulnerable-people, managing-offenders, developing-a-positive-workplace, good-use-of-resources, recording-data-about-crime, serious-and-organised-crime, strategic-policing-requirement, armed-policing");
    }

    @Test
    void anUnknownQuestionOfAFindingIsReportedToo() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2025-27", "partial": true, "judgments": [],
                 "findings": [
                   {"type": "area-for-improvement", "question": "leadership-and-force-management", "text": "Improve."},
                   {"type": "area-for-improvement", "text": "Improve more."},
                   {"type": "area-for-improvement", "question": "made-up", "text": "Improve."}
                 ]}
                """),
                "5:49 warning PEEL-004 /findings/2/question Question 'made-up' is not in the catalogue of PEEL 2025–2027, which is provisional: check the id, or supply an updated catalogue");
    }

    @Test
    void anUnknownQuestionInAProvisionalCycleIsAWarning() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2025-27", "partial": true, "judgments": [
                  {"question": "leadership-and-force-management", "grade": "good"},
                  {"question": "investigating-crime", "grade": "good"}
                ]}
                """),
                "3:16 warning PEEL-004 /judgments/1/question Question 'investigating-crime' is not in the catalogue of PEEL 2025–2027, which is provisional: check the id, or supply an updated catalogue");
    }
}
