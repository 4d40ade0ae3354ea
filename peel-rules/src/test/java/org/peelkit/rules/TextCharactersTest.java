package org.peelkit.rules;

import static org.peelkit.rules.RuleCheck.assertFindings;
import static org.peelkit.rules.RuleCheck.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PEEL-019's characters and links, each finding checked whole: a control character in each kind of
 * text, named with its position (counted from 1), and each reason a {@code source} is not an
 * absolute http or https URI.
 */
class TextCharactersTest {

    @Test
    void aControlCharacterInFindingRecommendationAndMonitoringTextIsNamedWithItsPosition() {
        assertFindings(json("""
                {"peel": "1", "assessments": [
                 {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [],
                  "findings": [
                   {"type": "area-for-improvement", "text": "Improve\\u0007."},
                   {"type": "cause-of-concern", "text": "Con\\u001bcern.", "recommendations": [
                     {"text": "Act.", "status": "open"}, {"text": "Act\\tnow\\u0000.", "status": "open"}]}
                  ]}],
                 "monitoring": [{"force": "kent", "stage": "engage", "from": "2022-06",
                                 "reasons": ["Fine.", "Line\\nfeed \\u007f"]}]}
                """),
                "4:45 error PEEL-019 /assessments/0/findings/0/text Value 'Improve\u0007.' at /assessments/0/findings/0/text holds the control character U+0007 at character 8: only printable characters, tabs and line feeds are allowed here",
                "5:41 error PEEL-019 /assessments/0/findings/1/text Value 'Con\u001bcern.' at /assessments/0/findings/1/text holds the control character U+001B at character 4: only printable characters, tabs and line feeds are allowed here",
                "6:51 error PEEL-019 /assessments/0/findings/1/recommendations/1/text Value 'Act\tnow\u0000.' at /assessments/0/findings/1/recommendations/1/text holds the control character U+0000 at character 8: only printable characters, tabs and line feeds are allowed here",
                "9:39 error PEEL-019 /monitoring/0/reasons/1 Value 'Line\nfeed \u007f' at /monitoring/0/reasons/1 holds the control character U+007F at character 11: only printable characters, tabs and line feeds are allowed here");
    }

    @Test
    void shortTextMayHoldNoTab() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "inspector": "Lee\\tFreeman", "partial": true, "judgments": []}
                """),
                "1:52 error PEEL-019 /inspector Value 'Lee\tFreeman' at /inspector holds the control character U+0009 at character 4: only printable characters are allowed here");
    }

    @Test
    void aSourceWithAControlCharacterIsRefusedAtIt() {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [], "source": "https://example.org/\\u0000x"}
                """),
                "1:83 error PEEL-019 /source Value 'https://example.org/\u0000x' at /source is not an absolute http or https URI: it holds the control character U+0000 at character 21");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "peel-reports/kent       | it has no scheme",
        "ftp://example.org/kent  | its scheme is 'ftp'",
        "http:/peel-reports/kent | it names no host",
        "https://example.org/a b | Illegal character in path at character 22"})
    void aSourceThatIsNotAnAbsoluteHttpUriIsRefusedSayingWhy(String source, String problem) {
        assertFindings(json("""
                {"force": "kent", "cycle": "2021-22", "partial": true, "judgments": [], "source": "%s"}
                """.formatted(source)),
                "1:83 error PEEL-019 /source Value '" + source + "' at /source is not an absolute http or https URI: " + problem);
    }
}
