package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;

/** PEEL-017: monitoring that ends before it starts; stages of one force that overlap, certainly or while open. */
class MonitoringPeriodsInOrderTest {

    @Test
    void aStageEndingBeforeItStartsIsAnError() {
        assertFindings(json("""
                {"peel": "1", "assessments": [], "monitoring": [
                  {"force": "kent", "stage": "engage", "from": "2022-06", "to": "2022-05-31"}
                ]}
                """),
                "2:65 error PEEL-017 /monitoring/0/to Monitoring of 'kent' ends (2022-05-31) before it starts (2022-06)");
    }

    @Test
    void stagesOfOneForceThatOverlapAreErrors() {
        assertFindings(json("""
                {"peel": "1", "assessments": [], "monitoring": [
                  {"force": "kent", "stage": "engage", "from": "2022-06", "to": "2022-12"},
                  {"force": "surrey", "stage": "engage", "from": "2022-07"},
                  {"force": "kent", "stage": "scan", "from": "2022-09"},
                  {"force": "kent", "stage": "engage", "from": "2019-01"}
                ]}
                """),
                "2:48 error PEEL-017 /monitoring/0/from Monitoring of 'kent' in Engage from 2022-06 overlaps its Engage stage from 2019-01, which has not ended",
                "4:46 error PEEL-017 /monitoring/2/from Monitoring of 'kent' in Scan from 2022-09 overlaps its Engage stage from 2022-06 to 2022-12");
    }

    @Test
    void stagesThatMayOnlyTouchAreNotReported() {
        assertFindings(json("""
                {"peel": "1", "assessments": [], "monitoring": [
                  {"force": "kent", "stage": "scan", "from": "2022-06", "to": "2023-01"},
                  {"force": "kent", "stage": "engage", "from": "2023-01"}
                ]}
                """));
    }
}
