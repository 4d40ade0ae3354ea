package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;

/** PEEL-003: adequate on a four-point scale; an ungraded question is left to PEEL-005. */
class GradeOnScaleTest {

    @Test
    void adequateBefore2021IsAnErrorSayingWhenItArrived() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2016", "partial": true, "judgments": [
                  {"question": "efficiency", "grade": "good"},
                  {"question": "effectiveness", "grade": "adequate"}
                ]}
                """),
                "3:42 error PEEL-003 /judgments/1/grade Grade 'adequate' is not on the four-point scale of PEEL 2016: expected one of outstanding, good, requires-improvement, inadequate (adequate arrived in PEEL 2021/22)");
    }

    @Test
    void adequateOnAnUngradedQuestionIsReportedOnceByPeel005() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2016", "partial": true, "judgments": [
                  {"question": "effectiveness/specialist-capabilities", "grade": "adequate"}
                ]}
                """),
                "2:66 error PEEL-005 /judgments/0/grade Question 'effectiveness/specialist-capabilities' (Specialist capabilities) is not graded in PEEL 2016, but the judgment gives the grade 'adequate': use \"status\": \"ungraded\"");
    }

    @Test
    void adequateInAFivePointCycleIsOnItsScale() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [
                  {"question": "investigating-crime", "grade": "adequate"}
                ]}
                """));
    }
}
