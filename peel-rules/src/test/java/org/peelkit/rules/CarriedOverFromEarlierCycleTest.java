package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;

/** PEEL-009, its three branches: an unknown cycle, a cycle not earlier, a cycle of another comparability group. */
class CarriedOverFromEarlierCycleTest {

    @Test
    void carriedOverFromAnUnknownCycleIsAnError() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2017", "partial": true, "judgments": [
                  {"question": "efficiency", "grade": "good", "carriedOverFrom": "2016"},
                  {"question": "legitimacy", "grade": "good", "carriedOverFrom": "2012"}
                ]}
                """),
                "3:66 error PEEL-009 /judgments/1/carriedOverFrom Judgment is carried over from '2012', which is not a known cycle");
    }

    @Test
    void carriedOverFromTheSameOrALaterCycleIsAnError() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2017", "partial": true, "judgments": [
                  {"question": "efficiency", "grade": "good", "carriedOverFrom": "2017"},
                  {"question": "legitimacy", "grade": "good", "carriedOverFrom": "2018-19"}
                ]}
                """),
                "2:66 error PEEL-009 /judgments/0/carriedOverFrom Judgment is carried over from PEEL 2017, which is not earlier than PEEL 2017",
                "3:66 error PEEL-009 /judgments/1/carriedOverFrom Judgment is carried over from PEEL 2018/19, which is not earlier than PEEL 2017");
    }

    @Test
    void carriedOverFromAnEarlierCycleOfAnotherComparabilityGroupIsAnError() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2023-25", "partial": true, "judgments": [
                  {"question": "investigating-crime", "grade": "good", "carriedOverFrom": "2021-22"}
                ]}
                """),
                "2:75 error PEEL-009 /judgments/0/carriedOverFrom Judgment is carried over from PEEL 2021/22, whose grades are not comparable with PEEL 2023–2025 (comparability groups 2021-22 and 2023-25)");
    }
}
