package org.peelkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelkit.io.PeelJson;
import org.peelkit.io.PeelJsonWriter;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Judgment;

/** The policy "one finding per bad value": an unreadable or malformed value gives one finding, whatever rules it upsets. */
class FindingCollectorTest {

    /** A complete 2016 assessment of the Met (every required question judged), as canonical JSON. */
    private static String complete(String force) {
        Assessment.Builder b = Assessment.builder(force, "2016");
        Catalogue.builtIn().cycle("2016").orElseThrow().requiredQuestions()
                .forEach(q -> b.judgment(Judgment.of(q.id(), org.peelkit.model.Grade.GOOD)));
        return PeelJsonWriter.standard().write(b.build());
    }

    private static List<String> findings(String json) {
        return PeelValidator.standard().validate(PeelJson.standard().readDocument(json.getBytes(StandardCharsets.UTF_8), "t.json"))
                .findings().stream().map(f -> f.rule() + " " + f.path()).toList();
    }

    @Test
    void theBaseDocumentIsValid() {
        assertEquals(List.of(), findings(complete("metropolitan")));
    }

    @Test
    void partialThatIsNotABooleanGivesOnlyItsPeel019() {
        String json = complete("metropolitan").replace("\"cycle\": \"2016\",", "\"cycle\": \"2016\",\n  \"partial\": \"true\",")
                .replaceFirst("\\{\"question\": \"[^\"]+\", \"grade\": \"good\"},?", "");
        assertEquals(List.of("PEEL-019 /partial"), findings(json),
                "not also PEEL-006 for the questions a partial assessment may leave out");
    }

    @Test
    void aQuestionThatIsNotTextGivesOnlyItsPeel019() {
        String json = complete("metropolitan").replaceFirst("\"question\": \"[^\"]+\"", "\"question\": 5");
        assertEquals(List.of("PEEL-019 /judgments/0/question"), findings(json),
                "not also PEEL-006 for the question it might have been");
    }

    @Test
    void aMalformedIdIsPeel019AndAWellFormedUnknownIdItsOwnRule() {
        assertEquals(List.of("PEEL-019 /force"), findings(complete("Metropolitan")), "not also PEEL-001");
        assertEquals(List.of("PEEL-001 /force"), findings(complete("gotham")), "a well-formed unknown id is unknown, not malformed");
        String badQuestion = complete("metropolitan").replaceFirst("\"question\": \"[^\"]+\"", "\"question\": \"Effectiveness\"");
        assertEquals(List.of("PEEL-019 /judgments/0/question"), findings(badQuestion),
                "not also PEEL-004 for the question, nor PEEL-006 for the required question it might have been");
        String carried = complete("metropolitan").replaceFirst("\"grade\": \"good\"", "\"grade\": \"good\", \"carriedOverFrom\": \"2014 Spring\"");
        assertEquals(List.of("PEEL-019 /judgments/0/carriedOverFrom"), findings(carried), "not also PEEL-009");
        String cycle = complete("metropolitan").replace("\"cycle\": \"2016\"", "\"cycle\": \"PEEL 2016\"");
        assertEquals(List.of("PEEL-019 /cycle"), findings(cycle), "not also PEEL-002");
    }
}
