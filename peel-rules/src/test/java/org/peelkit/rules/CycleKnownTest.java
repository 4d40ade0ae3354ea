package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;

/** PEEL-002: a cycle the catalogue does not know. */
class CycleKnownTest {

    @Test
    void anUnknownCycleIsAnErrorListingTheKnownOnes() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2020", "partial": true, "judgments": [
                  {"question": "effectiveness", "grade": "good"}
                ]}
                """),
                "1:28 error PEEL-002 /cycle Unknown cycle '2020': expected one of 2014, 2015, 2016, 2017, 2018-19, 2021-22, 2023-25, 2025-27");
    }
}
