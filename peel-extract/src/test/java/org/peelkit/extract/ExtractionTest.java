package org.peelkit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peelkit.io.Location;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.model.JudgmentStatus;
import org.peelkit.model.PartialDate;

/** What a caller does with an extraction: its places, whether it is complete, and how it compares with data. */
class ExtractionTest {

    private final ReportExtractor extractor = ReportExtractor.standard();

    /** Kent 2016's efficiency, good, last updated 3 November 2016: the grade on line 4, the date on line 3. */
    private static final String KENT_EFFICIENCY = """
            Kent 2016
            How efficient is the force at keeping people safe and reducing crime?
            Last updated 03/11/2016
            Good
            """;

    private static Assessment kent2016(Judgment... judgments) {
        return Assessment.builder("kent", "2016").judgments(List.of(judgments)).build();
    }

    private static Judgment efficiency(Grade g) {
        return Judgment.of("efficiency", g);
    }

    @Test
    void everyValueHasItsPlaceAndItsLine() {
        Extraction e = extractor.extract(KENT_EFFICIENCY, "kent.txt");
        assertEquals(List.of("kent.txt"), e.pages());
        assertEquals(List.of(efficiency(Grade.GOOD).withUpdated(PartialDate.parse("2016-11-03"))),
                e.assessment().orElseThrow().judgments());
        assertEquals(List.of(
                new Provenance("/force", "kent.txt", Location.of(1, 1), "Kent 2016"),
                new Provenance("/cycle", "kent.txt", Location.of(1, 6), "Kent 2016"),
                new Provenance("/judgments/0/grade", "kent.txt", Location.of(4, 1), "Good"),
                new Provenance("/judgments/0/updated", "kent.txt", Location.of(3, 14), "Last updated 03/11/2016")),
                e.provenance());
        assertEquals("kent.txt:4:1", e.provenanceOf("/judgments/0/grade").orElseThrow().place());
        assertEquals(Optional.empty(), e.provenanceOf("/judgments/1/grade"));
    }

    @Test
    void anExtractionIsIncompleteWithNoAssessmentAConflictOrAMissingJudgmentButNotForAnUnplacedGrade() {
        Extraction none = extractor.extract("Good at everything.\n", "none.txt");
        assertTrue(none.isIncomplete(), "no assessment: " + none);

        Extraction whole = extractor.extract("""
                Kent 2016
                The extent to which the force is effective at keeping people safe and reducing crime is good.
                The extent to which the force is efficient at keeping people safe and reducing crime is good.
                The extent to which the force is legitimate at keeping people safe and reducing crime is good.
                The force is good at juggling.
                """, "whole.txt");
        assertEquals(List.of(ExtractionNote.at(ExtractionNote.Kind.UNPLACED, "whole.txt", Location.of(5, 1),
                "A grade in 'The force is good at juggling.' was not placed: no question of PEEL 2016 fits 'juggling'")),
                whole.notes());
        assertFalse(whole.isIncomplete(), "every pillar graded; an unplaced grade alone does not make it incomplete");

        Extraction missing = extractor.extract(KENT_EFFICIENCY, "kent.txt");
        assertTrue(missing.isIncomplete(), "effectiveness and legitimacy are missing: " + missing.notes());

        Extraction conflict = extractor.extract("""
                Kent 2016
                The extent to which the force is effective at keeping people safe and reducing crime is good.
                The extent to which the force is efficient at keeping people safe and reducing crime is good.
                The extent to which the force is legitimate at keeping people safe and reducing crime is good.
                The extent to which the force is legitimate at keeping people safe and reducing crime is inadequate.
                """, "conflict.txt");
        assertEquals(List.of(ExtractionNote.at(ExtractionNote.Kind.CONFLICT, "conflict.txt", Location.of(5, 1),
                "legitimacy is 'inadequate' here but 'good' at conflict.txt:4:1; neither was taken")), conflict.notes());
        assertTrue(conflict.isIncomplete(), "a conflict makes it incomplete");
    }

    @Test
    void compareWithNamesEachKindOfDisagreementWithThePagesPlace() {
        Extraction e = extractor.extract(KENT_EFFICIENCY, "kent.txt");
        Assessment absent = kent2016();
        Assessment different = kent2016(efficiency(Grade.INADEQUATE));
        Assessment otherDate = kent2016(efficiency(Grade.GOOD).withUpdated(PartialDate.parse("2016-12-08")));
        Assessment sameDate = kent2016(efficiency(Grade.GOOD).withUpdated(PartialDate.parse("2016-11-03")));
        Assessment noDate = kent2016(efficiency(Grade.GOOD));
        Assessment otherCycle = Assessment.builder("kent", "2017").build();
        Assessment otherForce = Assessment.builder("durham", "2016").build();
        Dataset data = Dataset.of(List.of(absent, different, otherDate, sameDate, noDate, otherCycle, otherForce));

        List<Disagreement> found = e.compareWith(data);
        Provenance where = e.provenanceOf("/judgments/0/grade").orElseThrow();
        Judgment read = e.assessment().orElseThrow().judgments().get(0);
        assertEquals(List.of(
                new Disagreement(Disagreement.Kind.ABSENT, absent, Optional.empty(), read, Optional.of(where),
                        "efficiency: the data has no judgment; the page gives 'good' (kent.txt:4:1)"),
                new Disagreement(Disagreement.Kind.DIFFERENT, different, different.judgment("efficiency"), read, Optional.of(where),
                        "efficiency: the data says 'inadequate', the page says 'good' (kent.txt:4:1)"),
                new Disagreement(Disagreement.Kind.UPDATED, otherDate, otherDate.judgment("efficiency"), read, Optional.of(where),
                        "efficiency: the data was last updated 2016-12-08, the page says 2016-11-03 (kent.txt:4:1)")),
                found);
        assertEquals(5, e.matchingAssessments(data), "five of the data's assessments are Kent's 2016");
    }

    @Test
    void aStatusIsComparedByItsIdAndPlacedByItsStatusPath() {
        Extraction e = extractor.extract("Kent 2016\nThe extent to which the force is efficient at keeping people safe "
                + "and reducing crime is not yet graded.\n", "kent.txt");
        Assessment graded = kent2016(efficiency(Grade.GOOD));
        Assessment same = kent2016(Judgment.of("efficiency", JudgmentStatus.NOT_YET_GRADED));
        List<Disagreement> found = e.compareWith(Dataset.of(List.of(graded, same)));
        assertEquals(List.of("efficiency: the data says 'good', the page says 'not-yet-graded' (kent.txt:2:1)"),
                found.stream().map(Disagreement::message).toList());
        assertEquals(Optional.of(Location.of(2, 1)), found.get(0).where().map(Provenance::at));
    }

    @Test
    void anUnreadableGradeInTheDataIsNamedAsSuch() {
        Extraction e = extractor.extract(KENT_EFFICIENCY, "kent.txt");
        Judgment unreadable = new Judgment("efficiency", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        List<Disagreement> found = e.compareWith(Dataset.of(List.of(kent2016(unreadable))));
        assertEquals(List.of("efficiency: the data's grade is unreadable; the page says 'good' (kent.txt:4:1)"),
                found.stream().map(Disagreement::message).toList());
        assertEquals(Disagreement.Kind.UNREADABLE, found.get(0).kind());
    }

    @Test
    void anExtractionWithNoAssessmentComparesWithNothing() {
        Extraction e = extractor.extract("The force is good.\n", "none.txt");
        Dataset data = Dataset.of(List.of(kent2016(efficiency(Grade.GOOD))));
        assertEquals(List.of(), e.compareWith(data));
        assertEquals(0, e.matchingAssessments(data));
    }

    @Test
    void aNoteFormatsAsPageLineColumnKindAndMessage() {
        ExtractionNote at = ExtractionNote.at(ExtractionNote.Kind.OTHER_CYCLE, "met.txt", Location.of(184, 3), "from 2021/22");
        assertEquals("met.txt:184:3: other cycle: from 2021/22", at.format());
        assertEquals(at.format(), at.toString());
        assertEquals(184, at.line());
        ExtractionNote whole = ExtractionNote.whole(ExtractionNote.Kind.MISSING, "met.txt", "no force");
        assertEquals("met.txt: missing: no force", whole.format());
        assertEquals(0, whole.line());
    }

    @Test
    void hintsKeepWhatTheyWereGiven() {
        assertEquals(new Hints(Optional.empty(), Optional.empty()), Hints.none());
        Hints both = Hints.none().withForce("kent").withCycle("2021-22");
        assertEquals(new Hints(Optional.of("kent"), Optional.of("2021-22")), both);
        assertEquals(new Hints(Optional.of("durham"), Optional.of("2021-22")), both.withForce("durham"));
    }
}
