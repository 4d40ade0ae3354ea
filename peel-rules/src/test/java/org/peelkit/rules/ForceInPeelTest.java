package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;

/** PEEL-001, each branch checked whole: an unknown force, a known force outside PEEL, a monitoring period's force. */
class ForceInPeelTest {

    @Test
    void anUnknownForceIsAnError() {
        assertFindings(json("""
                {"force": "gotham", "cycle": "2016", "partial": true, "judgments": []}
                """),
                "1:11 error PEEL-001 /force Unknown force 'gotham': expected a police.uk force id such as metropolitan");
    }

    @Test
    void aKnownForceOutsidePeelIsAnErrorNamingIt() {
        assertFindings(json("""
                {"force": "btp", "cycle": "2016", "partial": true, "judgments": []}
                """),
                "1:11 error PEEL-001 /force Force 'btp' (British Transport Police) is outside PEEL: PEEL assesses the 43 territorial forces of England and Wales");
    }

    @Test
    void aMonitoringPeriodsForceIsChecked() {
        assertFindings(json("""
                {"peel": "1", "assessments": [],
                 "monitoring": [
                   {"force": "kent", "stage": "engage", "from": "2019-01"},
                   {"force": "gotham", "stage": "scan", "from": "2020-01"}
                 ]}
                """),
                "4:14 error PEEL-001 /monitoring/1/force Unknown force 'gotham': expected a police.uk force id such as metropolitan");
    }
}
