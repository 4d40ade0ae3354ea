package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;

/** PEEL-012: an accelerated cause of concern before the process began in 2021-22. */
class AcceleratedFrom2021Test {

    @Test
    void anAcceleratedCauseOfConcernIn2018IsAnError() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2018-19", "partial": true, "judgments": [],
                 "findings": [
                   {"type": "cause-of-concern", "text": "Concern.", "accelerated": false,
                    "recommendations": [{"text": "Act.", "status": "open"}]},
                   {"type": "cause-of-concern", "text": "Concern.", "accelerated": true,
                    "recommendations": [{"text": "Act.", "status": "open"}]}
                 ]}
                """),
                "5:68 error PEEL-012 /findings/1/accelerated Cause of concern is accelerated in PEEL 2018/19: the accelerated process began with PEEL 2021/22");
    }

    @Test
    void anAcceleratedCauseOfConcernIn2021IsAllowed() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [],
                 "findings": [
                   {"type": "cause-of-concern", "text": "Concern.", "accelerated": true,
                    "recommendations": [{"text": "Act.", "status": "open"}]}
                 ]}
                """));
    }
}
