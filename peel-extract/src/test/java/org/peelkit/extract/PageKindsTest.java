package org.peelkit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.model.JudgmentStatus;
import org.peelkit.model.PartialDate;

/** Each page kind HMICFRS publishes, written here in short made-up texts of the same shape. */
class PageKindsTest {

    private final ReportExtractor extractor = ReportExtractor.standard();

    @TempDir
    Path dir;

    private Assessment read(String text) {
        Extraction e = extractor.extract(text, "page.txt");
        return e.assessment().orElseThrow(() -> new AssertionError(e.notes().toString()));
    }

    private static Optional<String> value(Assessment a, String question) {
        return a.judgment(question).map(j -> j.grade().map(Grade::id).orElseGet(() -> j.status().orElseThrow().id()));
    }

    private static List<ExtractionNote> notes(Extraction e, ExtractionNote.Kind kind) {
        return e.notes().stream().filter(n -> n.kind() == kind).toList();
    }

    @Test
    void theColonFormTheStatusesAndTheConstabularyWording() {
        Assessment a = read("""
                Durham 2016
                we found:
                the extent to which the constabulary is effective at keeping people safe and reducing crime is: outstanding
                The extent to which the constabulary is efficient at keeping people safe and reducing crime: not yet graded
                The extent to which Durham Constabulary is legitimate at keeping people safe and reducing crime is not graded.
                """);
        assertEquals("durham", a.force());
        assertEquals("2016", a.cycle());
        assertEquals(Optional.of("outstanding"), value(a, "effectiveness"));
        assertEquals(Optional.of("not-yet-graded"), value(a, "efficiency"));
        assertEquals(Optional.of("not-graded"), value(a, "legitimacy"));
    }

    @Test
    void the2018To19WordingAndATitleThatSaysOnly2018() {
        Assessment a = read("""
                Cleveland PEEL 2018
                The extent to which the force operates efficiently and sustainably is inadequate.
                The extent to which the force treats the public and its workforce legitimately requires improvement.
                """);
        assertEquals("2018-19", a.cycle());
        assertEquals(Optional.of("inadequate"), value(a, "efficiency"));
        assertEquals(Optional.of("requires-improvement"), value(a, "legitimacy"));
    }

    @Test
    void aSubPageGivesTheBareGradeLineItsDateAndACarriedOverQuestion() {
        Extraction e = extractor.extract("""
                Durham PEEL 2018
                How efficiently does the force operate and how sustainable are its services to the public?
                Last updated 02/05/2019
                Good
                Questions for Efficiency
                How well does the force plan for the future?
                Outstanding
                This question was not subject to detailed inspection in 2018/19, and our judgment from the 2017 efficiency inspection has been carried over.
                """, "durham.txt");
        Assessment a = e.assessment().orElseThrow();
        Judgment efficiency = a.judgment("efficiency").orElseThrow();
        assertEquals(Optional.of(Grade.GOOD), efficiency.grade());
        assertEquals(Optional.of(PartialDate.parse("2019-05-02")), efficiency.updated());
        Judgment planning = a.judgment("efficiency/planning-for-the-future").orElseThrow();
        assertEquals(Optional.of(Grade.OUTSTANDING), planning.grade());
        assertEquals(Optional.of("2017"), planning.carriedOverFrom());
        assertEquals(4, e.provenanceOf("/judgments/0/grade").orElseThrow().at().line());
    }

    @Test
    void questionGradesInProseAreTakenByTheCatalogueWording() {
        Assessment a = read("""
                Kent 2017
                The force is judged to be good in its understanding of demand; its use of resources to manage demand is assessed to be outstanding; and its planning for future demand requires improvement.
                Kent Police is good at treating the people it serves with fairness and respect.
                """);
        assertEquals(Optional.of("good"), value(a, "efficiency/understanding-demand"));
        assertEquals(Optional.of("outstanding"), value(a, "efficiency/use-of-resources"));
        assertEquals(Optional.of("requires-improvement"), value(a, "efficiency/planning-for-the-future"));
        assertEquals(Optional.of("good"), value(a, "legitimacy/fair-treatment-of-the-public"));
    }

    @Test
    void aNewsReleaseGivesNamedAreasAndNotCounts() {
        Extraction e = extractor.extract("""
                Essex Police must improve
                PEEL 2021/22 – An inspection of Essex Police
                HMICFRS graded Essex Police across nine areas and found it was 'good' in four areas and 'adequate' in two.
                HMICFRS said the areas requiring improvement include how the force responds to the public and how it investigates crime.
                "Essex Police is outstanding at recording crime.
                """, "news.txt");
        Assessment a = e.assessment().orElseThrow();
        assertEquals("essex", a.force());
        assertEquals(Optional.of("requires-improvement"), value(a, "responding-to-the-public"));
        assertEquals(Optional.of("requires-improvement"), value(a, "investigating-crime"));
        assertEquals(Optional.of("outstanding"), value(a, "recording-data-about-crime"));
        assertEquals(3, a.judgments().size(), "counts of areas are not judgments: " + a.judgments());
    }

    @Test
    void anEarlierYearsJudgmentIsNotTakenAsThisOnes() {
        Assessment a = read("""
                Kent 2016
                Our overall judgment is a deterioration on last year, when we judged the force to be good.
                Last year the force was good at investigating crime.
                """);
        assertEquals(List.of(), a.judgments());
    }

    @Test
    void aRepeatedHeadlineInPlaceOfAnotherPillarLeavesThatPillarMissing() {
        Extraction e = extractor.extract("""
                Kent 2016
                The extent to which the force is effective at keeping people safe and reducing crime is good.
                The extent to which the force is efficient at keeping people safe and reducing crime is good.
                The extent to which the force is effective at keeping people safe and reducing crime is good.
                """, "page.txt");
        assertTrue(e.assessment().orElseThrow().judgment("legitimacy").isEmpty());
        assertTrue(notes(e, ExtractionNote.Kind.MISSING).stream().anyMatch(n -> n.message().contains("(legitimacy)")), e.notes()::toString);
    }

    @Test
    void twoSentencesInOneSectionThatDisagreeGiveAConflictAndNeitherGrade() {
        Extraction e = extractor.extract("""
                PEEL 2021/22: An inspection of Kent Police
                Investigating crime
                Kent Police is outstanding at investigating crime.
                Kent Police is inadequate at investigating crime.
                """, "page.txt");
        assertTrue(e.assessment().orElseThrow().judgment("investigating-crime").isEmpty());
        ExtractionNote c = notes(e, ExtractionNote.Kind.CONFLICT).get(0);
        assertEquals(4, c.line());
        assertTrue(c.message().contains("page.txt:3:1"), c.message());
    }

    @Test
    void aLineWithTwoDatesGivesAConflictAndNoDate() {
        Extraction e = extractor.extract("""
                Kent 2016
                How efficient is the force at keeping people safe and reducing crime?
                Last updated 03/11/2016 and 08/12/2016
                Good
                """, "page.txt");
        Judgment j = e.assessment().orElseThrow().judgment("efficiency").orElseThrow();
        assertEquals(Optional.of(Grade.GOOD), j.grade());
        assertEquals(Optional.empty(), j.updated());
        assertEquals(3, notes(e, ExtractionNote.Kind.CONFLICT).get(0).line());
    }

    @Test
    void hintsFillWhatTheTextDoesNotSayAndAContradictingHintIsReported() {
        String news = "Kent Police is outstanding at recording crime.\n";
        Extraction none = extractor.extract(news, "news.txt");
        assertEquals(Optional.empty(), none.assessment());
        Extraction hinted = extractor.extract(news, "news.txt", Hints.none().withCycle("2021-22"));
        assertEquals(Optional.of("outstanding"), value(hinted.assessment().orElseThrow(), "recording-data-about-crime"));
        Extraction wrong = extractor.extract("PEEL 2021/22\n" + news, "news.txt", Hints.none().withCycle("2023-25"));
        assertEquals(Optional.empty(), wrong.assessment());
        assertTrue(notes(wrong, ExtractionNote.Kind.CONFLICT).get(0).message().contains("'2023-25'"), wrong.notes()::toString);
    }

    @Test
    void manyPagesOfOneForceAndCycleMergeAndTheirDisagreementsNameBothPlaces() throws IOException {
        Path overview = Files.writeString(dir.resolve("kent-2017.txt"), """
                Kent 2017
                The extent to which the force is legitimate at keeping people safe and reducing crime is outstanding.
                The extent to which the force is efficient at keeping people safe and reducing crime is good.
                """);
        Path legitimacy = Files.writeString(dir.resolve("kent-2017-legitimacy.txt"), """
                Kent PEEL 2017
                How legitimate is the force at keeping people safe and reducing crime?
                Outstanding
                Kent Police is good at ensuring that its workforce behaves ethically and lawfully.
                """);
        Path efficiency = Files.writeString(dir.resolve("kent-2017-efficiency.txt"), """
                Kent PEEL 2017
                How efficient is the force at keeping people safe and reducing crime?
                Requires improvement
                """);
        Path other = Files.writeString(dir.resolve("durham-2017.txt"), "Durham 2017\n");
        List<Extraction> all = extractor.extractAll(List.of(overview, legitimacy, efficiency, other), Hints.none());
        assertEquals(2, all.size());
        Assessment kent = all.get(0).assessment().orElseThrow();
        assertEquals(Optional.of("outstanding"), value(kent, "legitimacy"));
        assertEquals(Optional.of("good"), value(kent, "legitimacy/ethical-and-lawful-workforce"));
        assertTrue(kent.judgment("efficiency").isEmpty(), "the pages disagree on efficiency");
        ExtractionNote c = notes(all.get(0), ExtractionNote.Kind.CONFLICT).get(0);
        assertEquals(efficiency.toString(), c.source());
        assertTrue(c.message().contains(overview + ":3:1"), c.message());
        assertEquals("durham", all.get(1).assessment().orElseThrow().force());
    }

    @Test
    void compareWithChecksEveryMatchingAssessmentAndNamesAnUnreadableGrade() {
        Extraction e = extractor.extract("Kent 2016\nThe extent to which the force is efficient at keeping people safe and "
                + "reducing crime is good.\n", "kent.txt");
        Assessment agrees = Assessment.builder("kent", "2016").judgment(Judgment.of("efficiency", Grade.GOOD)).build();
        Assessment differs = Assessment.builder("kent", "2016").judgment(Judgment.of("efficiency", Grade.INADEQUATE)).build();
        Assessment unreadable = Assessment.builder("kent", "2016")
                .judgment(new Judgment("efficiency", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty())).build();
        Assessment otherForce = Assessment.builder("durham", "2016").build();
        List<Disagreement> found = e.compareWith(Dataset.of(List.of(agrees, differs, unreadable, otherForce)));
        assertEquals(2, found.size(), found::toString);
        assertEquals(Disagreement.Kind.DIFFERENT, found.get(0).kind());
        assertEquals("efficiency: the data says 'inadequate', the page says 'good' (kent.txt:2:1)", found.get(0).message());
        assertEquals(Disagreement.Kind.UNREADABLE, found.get(1).kind());
        assertTrue(found.get(1).message().contains("unreadable"), found.get(1).message());
    }

    @Test
    void aGradeTableRowAndAQuotedGradeAreRead() {
        Assessment a = read("""
                PEEL 2023-25: An inspection of Cleveland Police
                Investigating crime: Inadequate
                Responding to the public   Good
                Cleveland Police is 'adequate' at protecting vulnerable people.
                """);
        assertEquals("2023-25", a.cycle());
        assertEquals(Optional.of("inadequate"), value(a, "investigating-crime"));
        assertEquals(Optional.of("good"), value(a, "responding-to-the-public"));
        assertEquals(Optional.of("adequate"), value(a, "protecting-vulnerable-people"));
    }

    @Test
    void aContrastEndsTheTopicAndItsSecondHalfIsReadOnItsOwn() {
        Assessment a = read("PEEL 2021/22: An inspection of Kent Police\n"
                + "Kent Police is good at preventing crime, but requires improvement in investigating crime.\n");
        assertEquals(Optional.of("good"), value(a, "preventing-crime"));
        assertEquals(Optional.of("requires-improvement"), value(a, "investigating-crime"));
    }

    @Test
    void aPageThatIsNotUtf8IsOneClearError() throws IOException {
        Path bad = Files.write(dir.resolve("latin1.txt"), new byte[] {'K', 'e', 'n', 't', ' ', (byte) 0xE9, '\n'});
        org.peelkit.io.PeelReadException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.peelkit.io.PeelReadException.class, () -> extractor.extract(bad));
        assertTrue(e.getMessage().endsWith("latin1.txt:1:6: Not valid UTF-8 (byte 0xE9): page text is UTF-8"), e.getMessage());
    }

    @Test
    void inAReportASectionsProseGradesOnlyItsOwnArea() {
        Extraction e = extractor.extract("""
                PEEL 2023-25: An inspection of Essex Police
                Investigating crime
                Essex Police is adequate at investigating crime.
                The force is good at identifying vulnerable victims. It is outstanding at protecting vulnerable people.
                Adequate
                """, "essex.txt");
        Assessment a = e.assessment().orElseThrow();
        assertEquals(Optional.of("adequate"), value(a, "investigating-crime"));
        assertTrue(a.judgment("protecting-vulnerable-people").isEmpty(), "stated in another area's section");
        assertEquals(List.of(), notes(e, ExtractionNote.Kind.CONFLICT));
        assertEquals(2, notes(e, ExtractionNote.Kind.UNPLACED).size(), e.notes()::toString);
    }

    @Test
    void aPublicationTitleNamesTheCycle() {
        Assessment a = read("PEEL: Police effectiveness 2016\nDorset Police is good at tackling serious and organised crime.\n");
        assertEquals("2016", a.cycle());
        assertEquals(Optional.of("good"), value(a, "effectiveness/serious-and-organised-crime"));
    }

    @Test
    void judgedToRequireImprovementIsRead() {
        Assessment a = read("""
                Kent 2015
                Kent Police is judged to require improvement in the efficiency with which it keeps people safe and reduces crime.
                Its use of resources is judged to require improvement.
                """);
        assertEquals(Optional.of("requires-improvement"), value(a, "efficiency"));
        assertEquals(Optional.of("requires-improvement"), value(a, "efficiency/use-of-resources"));
    }

    @Test
    void aVeryLongSentenceIsReportedNotRead() {
        Extraction e = extractor.extract("Kent 2016\nThe force is good at " + "preventing crime ".repeat(2_000) + ".\n", "long.txt");
        assertEquals(List.of(), e.assessment().orElseThrow().judgments());
        assertTrue(notes(e, ExtractionNote.Kind.UNPLACED).stream().anyMatch(n -> n.message().contains("too long")), e.notes()::toString);
    }

    @Test
    void aStatusIsNotTakenForAGradeOfAQuestionTheCycleDoesNotGrade() {
        Assessment a = read("""
                Bedfordshire 2015
                This year we assessed leadership. The assessment has led to a narrative rather than graded judgment.
                """);
        assertEquals(Optional.of(JudgmentStatus.UNGRADED), a.judgment("leadership").flatMap(Judgment::status));
    }
}
