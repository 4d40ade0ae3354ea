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

    @Test
    void anUnknownFieldDoesNotHideAFindingOnTheObjectHoldingIt() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [
                  {"question": "investigating-crime", "colour": "blue"}
                ]}
                """),
                "2:3 error PEEL-008 /judgments/0 Judgment of 'investigating-crime' has neither a grade nor a status: give one of them",
                "2:49 error PEEL-018 /judgments/0/colour Unknown field 'colour' in a judgment: PEEL JSON format 1 does not define it");
    }

    @Test
    void aMalformedValueIsQuotedWholeUpToEightyCharactersAndShortenedBeyondWithItsLength() {
        String eighty = "A".repeat(80);
        String eightyOne = "B".repeat(81);
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [],
                 "metrics": [{"name": "%s", "value": 1, "unit": "count"},
                             {"name": "%s", "value": 1, "unit": "count"}]}
                """.formatted(eighty, eightyOne)),
                "2:23 error PEEL-019 /metrics/0/name Value '" + eighty + "' at /metrics/0/name is not a valid id: expected lower-kebab-case, such as metropolitan or 2018-19",
                "3:23 error PEEL-019 /metrics/1/name Value '" + "B".repeat(80) + "\u2026' (81 characters) at /metrics/1/name is not a valid id: expected lower-kebab-case, such as metropolitan or 2018-19");
    }

    @Test
    void aMalformedRecommendationIsLocatedInItsCauseOfConcern() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [],
                 "findings": [
                   {"type": "area-for-improvement", "text": "Improve."},
                   {"type": "cause-of-concern", "text": "Concern.", "recommendations": [
                     {"text": "Act.", "status": "open"}, {"text": " ", "status": "open"}]}
                 ]}
                """),
                "5:51 error PEEL-019 /findings/1/recommendations/1/text Value ' ' at /findings/1/recommendations/1/text is empty: give text, or leave the field out");
    }

    /** A blank reason is found by Bean Validation on an element of a list, and located at its index. */
    @Test
    void aBlankMonitoringReasonIsLocatedAtItsIndex() {
        assertFindings(json("""
                {"peel": "1", "assessments": [], "monitoring": [
                  {"force": "kent", "stage": "engage", "from": "2022-06", "reasons": ["Crime recording.", " "]}
                ]}
                """),
                "2:91 error PEEL-019 /monitoring/0/reasons/1 Value ' ' at /monitoring/0/reasons/1 is empty: give text, or leave the field out");
    }

    /** Text that breaks two constraints at one place gives two findings there, in the order of their messages. */
    @Test
    void twoProblemsOfOneValueAreReportedInTheOrderOfTheirMessages() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [], "inspector": "%s"}
                """.formatted(" ".repeat(20_001))),
                "1:86 error PEEL-019 /inspector Value '" + " ".repeat(80) + "\u2026' (20,001 characters) at /inspector is empty: give text, or leave the field out",
                "1:86 error PEEL-019 /inspector Value '" + " ".repeat(80) + "\u2026' (20,001 characters) at /inspector is longer than 20000 characters");
    }
}
