package org.peelkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peelkit.model.AreaForImprovement;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Dataset;
import org.peelkit.model.Grade;
import org.peelkit.model.InnovativePractice;
import org.peelkit.model.Judgment;
import org.peelkit.model.PartialDate;
import org.peelkit.model.PromisingPractice;
import org.peelkit.model.Recommendation;
import org.peelkit.model.RecommendationStatus;

/** What a force's section says about each assessment besides its grades. */
class ForceSectionTest {

    private static String notes(Assessment a) {
        String section = Html.force(SmallCatalogue.REPORT.render(Dataset.of(List.of(a))), a.force());
        return Html.part(section, "<div class=\"assessment\">", "</section>");
    }

    private static List<String> items(String notes, String kind) {
        return Html.each(notes, "<li class=\"" + kind + "\">(.*?)</li>\n", "%s");
    }

    @Test
    void findingsAreSortedByKindAndNamedByTheirQuestionsLabel() {
        Assessment a = Assessment.builder("west", "c1")
                .published(PartialDate.parse("2021-05"))
                .inspector("Ann Inspector")
                .partial(true)
                .source("https://example.org/west")
                .judgment(Judgment.of("a", Grade.GOOD).withSummary("summary of a"))
                .judgment(Judgment.of("b", Grade.GOOD).withCarriedOverFrom("c0").withSummary("summary of b"))
                .judgment(Judgment.of("zz", Grade.GOOD))
                .finding(new AreaForImprovement(Optional.of("zz"), "improve zz"))
                .finding(new CauseOfConcern(Optional.of("a"), "concern about a", true, List.of(
                        new Recommendation("do this", RecommendationStatus.OPEN, Optional.of(PartialDate.parse("2022-01"))),
                        new Recommendation("and that", RecommendationStatus.CLOSED, Optional.empty()))))
                .finding(new InnovativePractice(Optional.of("b"), "a new idea"))
                .finding(new CauseOfConcern(Optional.empty(), "concern about everything", false, List.of()))
                .finding(new AreaForImprovement(Optional.empty(), "improve everything"))
                .finding(new PromisingPractice(Optional.empty(), "a good start"))
                .build();
        String notes = notes(a);
        assertTrue(notes.contains("<h4>Cycle One (partial)</h4>"), "partial: " + notes);
        assertTrue(notes.contains("Published 2021-05. "), "published: " + notes);
        assertTrue(notes.contains("HM Inspector Ann Inspector. "), "inspector: " + notes);
        assertTrue(notes.contains("Source: <a class=\"source-link\" href=\"https://example.org/west\">https://example.org/west</a>"),
                "a web address is a link: " + notes);
        List<String> concerns = items(notes, "concern");
        assertEquals(2, concerns.size(), notes);
        assertTrue(concerns.get(0).startsWith("<em>Policing</em>: concern about a <strong>(accelerated cause of concern)</strong>"),
                concerns.get(0));
        assertEquals(List.of("Recommendation (<span class=\"status\">open</span>, due 2022-01): do this",
                "Recommendation (<span class=\"status\">closed</span>): and that"), items(notes, "recommendation"));
        assertTrue(concerns.get(1).startsWith("concern about everything"), concerns.get(1));
        assertFalse(concerns.get(1).contains("accelerated"), concerns.get(1));
        assertEquals(List.of("<em>zz</em>: improve zz", "improve everything"), items(notes, "improvement"));
        assertEquals(List.of("Innovative practice, <em>Crime</em>: a new idea", "Promising practice: a good start"),
                items(notes, "practice"));
        assertEquals(List.of("<em>Policing</em> (Good): summary of a", "<em>Crime</em> (Good (carried over from c0)): summary of b"),
                items(notes, "summary"));
    }

    @Test
    void anAssessmentWithNothingToSayHasOnlyItsHeading() {
        String notes = notes(Assessment.builder("west", "c2").judgment(Judgment.of("a", Grade.GOOD)).build());
        assertTrue(notes.contains("<h4>Cycle Two</h4>"), notes);
        assertFalse(notes.contains("<h5>"), "no lists: " + notes);
        assertFalse(notes.contains("Published") || notes.contains("HM Inspector") || notes.contains("Source:"), notes);
    }

    @Test
    void onlyHttpAndHttpsAddressesBecomeLinks() {
        for (String link : List.of("http://example.org/a", "HTTPS://EXAMPLE.ORG/B", "Http://example.org/c")) {
            String notes = notes(Assessment.builder("west", "c1").source(link).build());
            assertTrue(notes.contains("<a class=\"source-link\" href=\"" + link + "\">"), link + " is a link: " + notes);
            assertFalse(notes.contains("source-text"), link + " is not also text");
        }
        for (String text : List.of("ftp://example.org/a", "https://example.org/a b", "the force's annual report",
                "javascript:alert(1)//https://example.org")) {
            String notes = notes(Assessment.builder("west", "c1").source(text).build());
            assertFalse(notes.contains("<a "), text + " is not a link: " + notes);
            assertTrue(notes.contains("Source: <span class=\"source-text\">"), text + " is shown as text: " + notes);
        }
    }
}
