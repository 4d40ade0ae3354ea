package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;

/** PEEL-018 (found while reading) and PEEL-019 (while reading, and by the model's field constraints). */
class ReadProblemsAndMalformedValuesTest {

    @Test
    void aFieldTheFormatDoesNotDefineIsAnError() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [],
                 "colour": "blue"}
                """),
                "2:12 error PEEL-018 /colour Unknown field 'colour' in a PEEL JSON document: PEEL JSON format 1 does not define it");
    }

    @Test
    void anUnknownWordIsReportedOnceAsMalformed() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [
                  {"question": "investigating-crime", "grade": "satisfactory"}
                ]}
                """),
                "2:48 error PEEL-019 /judgments/0/grade Unknown grade 'satisfactory': expected one of outstanding, good, adequate, requires-improvement, inadequate");
    }

    @Test
    void blankTextAndABadIdAreMalformedValues() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "inspector": "  ", "partial": true, "judgments": [],
                 "metrics": [{"name": "Not Kebab", "value": 1, "unit": "count"}]}
                """),
                "1:52 error PEEL-019 /inspector Value '  ' at /inspector is empty: give text, or leave the field out",
                "2:23 error PEEL-019 /metrics/0/name Value 'Not Kebab' at /metrics/0/name is not a valid id: expected lower-kebab-case, such as metropolitan or 2018-19");
    }
}
