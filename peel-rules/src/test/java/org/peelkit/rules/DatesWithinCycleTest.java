package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;

/**
 * PEEL-013: a date before the cycle's window is an error, after it a warning; a recommendation's due
 * date only before. The window of PEEL 2021/22 runs from 2021-01-01 to 2023-12-31.
 */
class DatesWithinCycleTest {

    @Test
    void aPublicationDateBeforeTheWindowIsAnError() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "published": "2020-12-31", "partial": true, "judgments": []}
                """),
                "1:52 error PEEL-013 /published The publication date 2020-12-31 is before PEEL 2021/22, whose dates run from 2021-01-01 to 2023-12-31");
    }

    @Test
    void aLastUpdatedDateAfterTheWindowIsAWarningAndBeforeItAnError() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "published": "2021-01-01", "partial": true, "judgments": [
                  {"question": "preventing-crime", "grade": "good", "updated": "2023-12-31"},
                  {"question": "investigating-crime", "grade": "good", "updated": "2024-01"},
                  {"question": "responding-to-the-public", "grade": "good", "updated": "2023"},
                  {"question": "treatment-of-the-public", "grade": "good", "updated": "2020-12"}
                ]}
                """),
                "3:67 warning PEEL-013 /judgments/1/updated The \"last updated\" date 2024-01 is after the window of PEEL 2021/22 (2021-01-01 to 2023-12-31)",
                "5:71 error PEEL-013 /judgments/3/updated The \"last updated\" date 2020-12 is before PEEL 2021/22, whose dates run from 2021-01-01 to 2023-12-31");
    }

    @Test
    void aDueDateBeforeTheWindowIsAnErrorAndAfterItIsAllowed() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [],
                 "findings": [
                   {"type": "cause-of-concern", "text": "Concern.", "recommendations": [
                     {"text": "Act.", "status": "open", "due": "2030-01"},
                     {"text": "Act.", "status": "open"},
                     {"text": "Act.", "status": "open", "due": "2020"}
                   ]}
                 ]}
                """),
                "6:48 error PEEL-013 /findings/0/recommendations/2/due The due date 2020 is before PEEL 2021/22, whose dates start on 2021-01-01");
    }
}
