package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;

/** PEEL-010: a cause of concern with no recommendation. */
class CauseOfConcernHasRecommendationsTest {

    @Test
    void aCauseOfConcernWithoutRecommendationsIsAnError() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [],
                 "findings": [
                   {"type": "area-for-improvement", "text": "Improve."},
                   {"type": "cause-of-concern", "text": "Concern.", "recommendations": [{"text": "Act.", "status": "open"}]},
                   {"type": "cause-of-concern", "text": "Concern.", "recommendations": []}
                 ]}
                """),
                "5:4 error PEEL-010 /findings/2 Cause of concern has no recommendation: HMICFRS always makes one or more with a cause of concern");
    }
}
