package org.peelkit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peelkit.extract.ExtractionNote.Kind;
import org.peelkit.io.Location;
import org.peelkit.model.Assessment;
import org.peelkit.model.AreaForImprovement;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.model.JudgmentStatus;
import org.peelkit.model.Recommendation;
import org.peelkit.model.RecommendationStatus;

/**
 * One page read line by line, in short texts of HMICFRS's own shapes: every judgment, its place and
 * every note checked whole, and each limit (a heading's length, a sentence's length, the notes kept)
 * on both sides of its edge.
 */
class PageReaderTest {

    private static final String KENT_2021 = "PEEL 2021/22: An inspection of Kent Police\n";

    private final ReportExtractor extractor = ReportExtractor.standard();

    private Extraction read(String text) {
        return extractor.extract(text, "page.txt");
    }

    private static List<Judgment> judgments(Extraction e) {
        return e.assessment().orElseThrow(() -> new AssertionError("no assessment: " + e.notes())).judgments();
    }

    /** The notes other than the judgments the cycle requires and no statement gave. */
    private static List<ExtractionNote> notes(Extraction e) {
        return e.notes().stream().filter(n -> !(n.kind() == Kind.MISSING && n.message().startsWith("No statement gives"))).toList();
    }

    private static ExtractionNote unplaced(long line, long column, String message) {
        return ExtractionNote.at(Kind.UNPLACED, "page.txt", Location.of(line, column), message);
    }

    private static Location at(Extraction e, String path) {
        return e.provenanceOf(path).orElseThrow(() -> new AssertionError("no place for " + path + ": " + e.provenance())).at();
    }

    private static Judgment graded(String q, Grade g) {
        return Judgment.of(q, g);
    }

    // ---- headings, grade lines and rows ---------------------------------------------------------

    @Test
    void inAReportAnAreaHeadingOpensOnlyOnceAndAGradeLineClosesIt() {
        Extraction e = read(KENT_2021 + """
                Investigating crime
                Good
                Protecting vulnerable people
                Investigating crime
                Adequate
                Kent Police is outstanding at recording crime.
                """);
        assertEquals(List.of(graded("investigating-crime", Grade.GOOD), graded("protecting-vulnerable-people", Grade.ADEQUATE),
                graded("recording-data-about-crime", Grade.OUTSTANDING)), judgments(e));
        assertEquals(Location.of(6, 1), at(e, "/judgments/1/grade"));
        assertEquals(List.of(), notes(e));
    }

    @Test
    void areasForImprovementBelongToTheirSection() {
        Extraction e = read("""
                PEEL 2023-25: An inspection of Kent Police
                Investigating crime
                Area for improvement: The force should make sure that victims are kept informed.
                Area for improvement 2: The force should supervise investigations.
                Adequate
                """);
        Assessment a = e.assessment().orElseThrow();
        assertEquals(List.of(graded("investigating-crime", Grade.ADEQUATE)), a.judgments());
        assertEquals(List.of(
                new AreaForImprovement(Optional.of("investigating-crime"), "The force should make sure that victims are kept informed."),
                new AreaForImprovement(Optional.of("investigating-crime"), "The force should supervise investigations.")), a.findings());
        assertEquals(Location.of(3, 1), at(e, "/findings/0"));
        assertEquals(Location.of(4, 1), at(e, "/findings/1"));
    }

    @Test
    void theInspectorMayBeNamedOnTheLineAboveTheTitle() {
        Extraction e = read("Roy Wilsher\n\nHis Majesty's Inspector of Constabulary\n" + KENT_2021);
        assertEquals(Optional.of("Roy Wilsher"), e.assessment().orElseThrow().inspector());
        assertEquals(new Provenance("/inspector", "page.txt", Location.of(1, 1), "Roy Wilsher"), e.provenanceOf("/inspector").orElseThrow());
    }

    @Test
    void aSubPageLineOfSixtyCharactersAndSevenWordsIsAHeadingThatGradesNothing() {
        Extraction sixty = read(pillarSubPage("Neighbourhood policing arrangements across Kents communities"));
        assertEquals(List.of(), judgments(sixty));
        assertEquals(List.of(unplaced(4, 1, "The grade line 'Good' is not under a heading of a judgment of PEEL 2016 (it is under "
                + "'Neighbourhood policing arrangements across Kents communities')")), notes(sixty));
        Extraction seven = read(pillarSubPage("How we work with people of Kent"));
        assertEquals(List.of(), judgments(seven));
        assertEquals(1, notes(seven).size(), seven.notes()::toString);
    }

    @Test
    void aLineOfSixtyOneCharactersOrEightWordsIsNoHeading() {
        for (String line : List.of("Neighbourhood policing arrangements across Kent's communities", "How we work with the people of Kent")) {
            Extraction e = read(pillarSubPage(line));
            assertEquals(List.of(graded("efficiency", Grade.GOOD)), judgments(e), line);
            assertEquals(List.of(), notes(e), line);
        }
    }

    private static String pillarSubPage(String between) {
        return "Kent 2016\nHow efficient is the force at keeping people safe and reducing crime?\n" + between + "\nGood\n";
    }

    @Test
    void gradeTableRowsAreReadAndARowTheCycleCannotGiveIsReported() {
        Extraction e = read("""
                Kent 2016
                Effectiveness: Good
                Efficiency: Requires improvement
                Tackling serious and organised crime: Adequate
                Last updated 03/11/2016
                """);
        assertEquals(List.of(graded("effectiveness", Grade.GOOD), graded("efficiency", Grade.REQUIRES_IMPROVEMENT)), judgments(e));
        assertEquals(Location.of(3, 1), at(e, "/judgments/1/grade"));
        assertEquals(List.of(
                unplaced(4, 1, "The row 'Tackling serious and organised crime: Adequate' gives a grade PEEL 2016 does not give there; not taken"),
                unplaced(5, 1, "'Last updated 03/11/2016' belongs to the heading 'Kent 2016', which is not a judgment of PEEL 2016")),
                notes(e), "a row is not a heading: the date still belongs to the title");

        Extraction report = read(KENT_2021 + "Armed policing: Good\nInvestigating crime: Inadequate\n");
        assertEquals(List.of(graded("investigating-crime", Grade.INADEQUATE)), judgments(report));
        assertEquals(List.of(unplaced(2, 1, "The row 'Armed policing: Good' gives a grade PEEL 2021/22 does not give there; not taken")),
                notes(report));
    }

    @Test
    void aRowOfAHundredAndFortyCharactersIsReadAndOneLongerIsNot() {
        String name = "Investigating crime";
        String row140 = name + " ".repeat(140 - name.length() - "Good".length()) + "Good";
        assertEquals(140, row140.length());
        assertEquals(List.of(graded("investigating-crime", Grade.GOOD)), judgments(read(KENT_2021 + row140 + "\n")));
        assertEquals(List.of(), judgments(read(KENT_2021 + name + " " + row140.substring(name.length()) + "\n")));
    }

    @Test
    void bareStatusLinesAndAGradeLineUnderAQuestionTheCycleDoesNotGrade() {
        Extraction e = read("""
                Kent 2016
                How efficient is the force at keeping people safe and reducing crime?
                Not yet graded
                Specialist capabilities
                Good
                How effective are the force's specialist capabilities?
                Not graded
                """);
        assertEquals(List.of(Judgment.of("effectiveness/specialist-capabilities", JudgmentStatus.NOT_GRADED),
                Judgment.of("efficiency", JudgmentStatus.NOT_YET_GRADED)), judgments(e));
        assertEquals(Location.of(7, 1), at(e, "/judgments/0/status"));
        assertEquals(List.of(unplaced(5, 1, "The grade line 'Good' is under 'Specialist capabilities', which PEEL 2016 does not grade")),
                notes(e));
    }

    @Test
    void theVictimServiceHeadingGivesItsUngradedStatusAndABadDateIsReported() {
        Extraction e = read(KENT_2021 + """
                How good is the force's service for victims of crime?
                Last updated 31/02/2022
                Investigating crime
                Adequate
                Kent Police is good at protecting vulnerable people.
                """);
        assertEquals(List.of(Judgment.of("victim-service-assessment", JudgmentStatus.UNGRADED), graded("investigating-crime", Grade.ADEQUATE),
                graded("protecting-vulnerable-people", Grade.GOOD)), judgments(e));
        assertEquals(Location.of(2, 1), at(e, "/judgments/0/status"));
        assertEquals(Location.of(6, 1), at(e, "/judgments/2/grade"), "after its grade line, a section no longer owns the prose");
        assertEquals(List.of(unplaced(3, 14, "'31/02/2022' is not a calendar date")), notes(e));
    }

    @Test
    void questionHeadingsOfACycleWithoutWordingsAreTold() {
        Extraction e = read("""
                Kent 2017
                How effective is the force at keeping people safe and reducing crime?
                Good
                How effective is the force at tackling serious and organised crime?
                Outstanding
                How well does the force plan for the future?
                Requires improvement
                """);
        assertEquals(List.of(graded("effectiveness", Grade.GOOD), graded("effectiveness/serious-and-organised-crime", Grade.OUTSTANDING),
                graded("efficiency/planning-for-the-future", Grade.REQUIRES_IMPROVEMENT)), judgments(e));
        assertEquals(List.of(), notes(e));
    }

    @Test
    void aPillarWordAmongTheFirstTwentyFiveCharactersNamesThePillar() {
        Extraction e = read("""
                Kent 2017
                How well is the service effective?
                Good
                How fully is the service effective?
                Inadequate
                """);
        assertEquals(List.of(graded("effectiveness", Grade.GOOD)), judgments(e));
        assertEquals(List.of(unplaced(5, 1, "The grade line 'Inadequate' is not under a heading of a judgment of PEEL 2017 "
                + "(it is under 'How fully is the service effective?')")), notes(e));
    }

    @Test
    void aQuestionHeadingOfTwoHundredCharactersIsReadAndALongerOneIsNot() {
        String start = "How effective is the force at ";
        String end = "?";
        String words = "working with partners in every town and village ".repeat(5);
        String q200 = start + words.substring(0, 200 - start.length() - end.length()) + end;
        assertEquals(200, q200.length());
        assertEquals(List.of(graded("effectiveness", Grade.GOOD)), judgments(read("Kent 2017\n" + q200 + "\nGood\n")));
        String q201 = start + "a " + words.substring(0, 200 - start.length() - end.length() - 1) + end;
        assertEquals(201, q201.length());
        Extraction e = read("Kent 2017\n" + q201 + "\nGood\n");
        assertEquals(List.of(), judgments(e));
        assertEquals(List.of(unplaced(3, 1, "The grade line 'Good' is not under a heading of a judgment of PEEL 2017 (it is under 'Kent 2017')")),
                notes(e));
    }

    // ---- prose ----------------------------------------------------------------------------------

    @Test
    void earlierJudgmentsAreCarriedOverFromTheirCycle() {
        Extraction e = read(KENT_2021 + """
                In 2018/19, we judged the force to be good at investigating crime.
                In 2017, we found Kent Police to require improvement in protecting vulnerable people.
                In 2012, we judged the force to be outstanding at preventing crime.
                In 2018/19, we judged Essex Police to be outstanding at managing offenders.
                In 2017/18, we judged the force to be outstanding at managing offenders.
                Responding to the public
                In 2018/19, we judged the force to be adequate.
                """);
        assertEquals(List.of(
                graded("responding-to-the-public", Grade.ADEQUATE).withCarriedOverFrom("2018-19"),
                graded("investigating-crime", Grade.GOOD).withCarriedOverFrom("2018-19"),
                graded("protecting-vulnerable-people", Grade.REQUIRES_IMPROVEMENT).withCarriedOverFrom("2017"),
                graded("managing-offenders", Grade.OUTSTANDING).withCarriedOverFrom("2017")), judgments(e));
        assertEquals(Location.of(8, 1), at(e, "/judgments/0/grade"));
        assertEquals(Location.of(3, 1), at(e, "/judgments/2/grade"));
        assertEquals(List.of(), notes(e));
    }

    @Test
    void aLaterCyclesJudgmentIsNotCarriedBack() {
        Extraction e = read("Kent 2016\nIn 2017, we judged the force to be good at tackling serious and organised crime.\n");
        assertEquals(List.of(), judgments(e));
        assertEquals(List.of(), notes(e));
    }

    @Test
    void aCarriedOverJudgmentMarksItsSectionsGradeLine() {
        Extraction e = read("""
                Durham PEEL 2018
                How well does the force plan for the future?
                This question was not subject to detailed inspection in 2018/19, and our judgment from the 2017/18 efficiency inspection has been carried over.
                Outstanding
                This question was not inspected again, and our judgment from the 2017 efficiency inspection has been carried over.
                How well does the force use its resources to meet the demand it faces?
                Good
                Our judgment from the 2016 efficiency inspection has been carried over.
                """);
        assertEquals(List.of(graded("efficiency/use-of-resources", Grade.GOOD).withCarriedOverFrom("2016"),
                graded("efficiency/planning-for-the-future", Grade.OUTSTANDING).withCarriedOverFrom("2017")), judgments(e));
        assertEquals(List.of(), notes(e));
    }

    @Test
    void aCarriedOverJudgmentSaidTwiceAfterItsGradeLineIsTakenOnce() {
        Extraction e = read("""
                Durham PEEL 2018
                How well does the force plan for the future?
                Good
                Our judgment from the 2017 efficiency inspection has been carried over.
                As our judgment from the 2017 efficiency inspection has been carried over, this page gives no detail.
                """);
        assertEquals(List.of(graded("efficiency/planning-for-the-future", Grade.GOOD).withCarriedOverFrom("2017")), judgments(e));
        assertEquals(List.of(), notes(e));
    }

    @Test
    void aCarriedOverJudgmentUnderNoHeadingIsReported() {
        Extraction e = read("Durham PEEL 2018\nOur judgment from the 2017 efficiency inspection has been carried over.\n");
        assertEquals(List.of(unplaced(2, 1, "A carried-over judgment that is under no heading of a judgment: "
                + "'Our judgment from the 2017 efficiency inspection has been carried over.'")), notes(e));
    }

    @Test
    void theForcesOwnNamesAndShortNameOwnATopic() {
        Extraction e = read("""
                Kent 2017
                Kent Police's planning for the future requires improvement.
                Kent's use of resources is good.
                Essex Police is outstanding at understanding demand.
                Essex Police requires improvement in respect of its legitimacy.
                """);
        assertEquals(List.of(graded("efficiency/use-of-resources", Grade.GOOD),
                graded("efficiency/planning-for-the-future", Grade.REQUIRES_IMPROVEMENT)), judgments(e));
        assertEquals(Location.of(3, 1), at(e, "/judgments/0/grade"));
        assertEquals(List.of(), notes(e), "another force's grade is not this force's, and not a note");
    }

    @Test
    void inRespectOfAPillarAndOfAQuestionWithinIt() {
        Extraction e = read("""
                Kent 2016
                Kent Police is good in respect of its effectiveness at tackling serious and organised crime.
                Kent Police is outstanding in respect of its efficiency at keeping people safe and reducing crime.
                Kent Police requires improvement in respect of its legitimacy.
                """);
        assertEquals(List.of(graded("effectiveness/serious-and-organised-crime", Grade.GOOD), graded("efficiency", Grade.OUTSTANDING),
                graded("legitimacy", Grade.REQUIRES_IMPROVEMENT)), judgments(e));
        assertEquals(List.of(), notes(e));
    }

    @Test
    void keepingPeopleSafeAndReducingCrimeIsThePillarOfItsSection() {
        Extraction e = read("""
                Kent 2016
                How effective is the force at keeping people safe and reducing crime?
                The force is good at keeping people safe and reducing crime.
                """);
        assertEquals(List.of(graded("effectiveness", Grade.GOOD)), judgments(e));
        assertEquals(Location.of(3, 1), at(e, "/judgments/0/grade"));
    }

    @Test
    void gradesThatCannotBePlacedAreReportedEachWithWhy() {
        Extraction e = read(KENT_2021 + """
                The force is good at keeping people safe and reducing crime.
                Kent Police is good in respect of its effectiveness.
                Kent Police is good at armed policing.
                Kent Police is good at investigating crime and juggling.
                The areas requiring improvement include juggling and responding to the public.
                """);
        assertEquals(List.of(graded("responding-to-the-public", Grade.REQUIRES_IMPROVEMENT), graded("investigating-crime", Grade.GOOD)),
                judgments(e));
        assertEquals(Location.of(6, 5), at(e, "/judgments/0/grade"));
        assertEquals(List.of(
                unplaced(2, 1, "A grade in 'The force is good at keeping people safe and reducing crime.' was not placed: it names no "
                        + "pillar and is under no pillar's heading"),
                unplaced(3, 1, "A grade in 'Kent Police is good in respect of its effectiveness.' was not placed: PEEL 2021/22 grades no pillars"),
                unplaced(4, 1, "'Armed policing' is stated as good, but PEEL 2021/22 does not grade it; not taken"),
                unplaced(5, 1, "A grade in 'Kent Police is good at investigating crime and juggling.' was not placed: no question of "
                        + "PEEL 2021/22 fits 'juggling' (the rest was placed)"),
                unplaced(6, 5, "A grade in 'juggling and responding to the public' was not placed: no question of PEEL 2021/22 fits 'juggling'")),
                notes(e));
    }

    @Test
    void aGradeTheScaleLacksAHeadlineWithNoPillarAndAHeadlineAfterAColonInASecondSentence() {
        Extraction e = read("""
                Kent 2016
                The force is good at keeping people safe and reducing crime.
                Kent Police is adequate at tackling serious and organised crime.
                Kent Police is good at protecting those who are vulnerable from harm.
                The extent to which the force keeps people safe is good.
                Kent Police was inspected in 2016. Overall: the extent to which the force is efficient at keeping people safe and reducing crime is good.
                """);
        assertEquals(List.of(graded("effectiveness/protecting-vulnerable-people", Grade.GOOD), graded("efficiency", Grade.GOOD)),
                judgments(e));
        assertEquals(Location.of(6, 43), at(e, "/judgments/1/grade"));
        assertEquals(List.of(
                unplaced(2, 1, "A grade in 'The force is good at keeping people safe and reducing crime.' was not placed: it names no "
                        + "pillar and is under no pillar's heading"),
                unplaced(3, 1, "'Adequate' is not a grade of PEEL 2016; not taken"),
                unplaced(5, 1, "A headline names no pillar of PEEL 2016 that the extractor recognised: "
                        + "'The extent to which the force keeps people safe is good.'")),
                notes(e));
    }

    @Test
    void aSentenceOfAThousandCharactersIsReadAndOneLongerIsReported() {
        String start = "Kent Police is good at preventing crime, although ";
        String s1000 = start + "a".repeat(1000 - start.length() - 1) + ".";
        assertEquals(1000, s1000.length());
        Extraction read = read(KENT_2021 + s1000 + "\n");
        assertEquals(List.of(graded("preventing-crime", Grade.GOOD)), judgments(read));
        String s1001 = start + "a" + s1000.substring(start.length());
        Extraction tooLong = read(KENT_2021 + s1001 + "\n");
        assertEquals(List.of(), judgments(tooLong));
        assertEquals(List.of(unplaced(2, 1, "A sentence of 1001 characters is too long to be read; grades in it were not taken")),
                notes(tooLong));
    }

    @Test
    void twoStatusesForOnePillarAreAConflict() {
        Extraction e = read("""
                Kent 2016
                The extent to which the force is efficient at keeping people safe and reducing crime is not yet graded.
                The extent to which the force is efficient at keeping people safe and reducing crime is not graded.
                """);
        assertEquals(List.of(), judgments(e));
        assertEquals(List.of(ExtractionNote.at(Kind.CONFLICT, "page.txt", Location.of(3, 1),
                "efficiency is 'not-graded' here but 'not-yet-graded' at page.txt:2:1; neither was taken")), notes(e));
    }

    // ---- the end of the page and the notes kept -------------------------------------------------

    @Test
    void aLastLineOfSixtyOneCharactersWithNoStopEndsMidSentence() {
        String line = "Kent Police is good at preventing crime and at making sure th";
        assertEquals(61, line.length());
        Extraction e = read(KENT_2021 + line + "\n");
        assertEquals(unplaced(2, 61, "The text ends mid-sentence; a grade the sentence went on to give is cut off and not read"),
                notes(e).get(notes(e).size() - 1));
        Extraction sixty = read(KENT_2021 + line.substring(0, 60) + "\n");
        assertEquals(List.of("A grade in 'Kent Police is good at preventing crime and at making sure t' was not placed: no question of "
                + "PEEL 2021/22 fits 'making sure t' (the rest was placed)"), notes(sixty).stream().map(ExtractionNote::message).toList());
    }

    @Test
    void aOneLinePageThatStopsMidSentenceIsReported() {
        Extraction e = read("PEEL 2021/22: An inspection of Kent Police and what it found in the forces investigations\n");
        assertEquals(List.of(unplaced(1, 89, "The text ends mid-sentence; a grade the sentence went on to give is cut off and not read")),
                notes(e));
    }

    @Test
    void fiveHundredNotesAreKeptAndTheRestCounted() {
        Extraction e = read(KENT_2021 + "Good\n".repeat(502));
        List<ExtractionNote> kept = notes(e);
        assertEquals(501, kept.size());
        assertEquals(unplaced(501, 1, "The grade line 'Good' is not under a heading of a judgment of PEEL 2021/22"), kept.get(499));
        assertEquals(ExtractionNote.whole(Kind.UNPLACED, "page.txt", "2 further notes on this page are not shown"), kept.get(500));
        assertEquals(500, notes(read(KENT_2021 + "Good\n".repeat(500))).size(), "exactly 500: none left out");
    }

    // ---- causes of concern ------------------------------------------------------------------------

    @Test
    void aCauseOfConcernAndTheRecommendationsAfterTheForceShould() {
        Extraction e = read(KENT_2021 + """
                Investigating crime
                The cause of concern states that:
                The force is not investigating crime well enough.
                There were three recommendations.
                We found delays.
                The force should:
                - supervise investigations;
                - keep victims informed; and
                - review its policy.""");
        Assessment a = e.assessment().orElseThrow();
        List<Recommendation> should = List.of("Supervise investigations.", "Keep victims informed.", "Review its policy.").stream()
                .map(t -> new Recommendation(t, RecommendationStatus.OPEN, Optional.empty())).toList();
        assertEquals(List.of(new CauseOfConcern(Optional.of("investigating-crime"), "The force is not investigating crime well enough.",
                false, should)), a.findings());
        assertEquals(Location.of(4, 1), at(e, "/findings/0"));
    }

    @Test
    void aCauseOfConcernWithNoForceShouldWithinThreeLinesHasNoRecommendations() {
        Extraction e = read(KENT_2021 + """
                Investigating crime
                The cause of concern states that:
                The force is not investigating crime well enough.
                We found delays in many cases.
                Victims were not kept informed.
                Supervision was weak.
                Areas for improvement
                - The force should improve its records.
                """);
        assertEquals(List.of(new CauseOfConcern(Optional.of("investigating-crime"), "The force is not investigating crime well enough.",
                false, List.of())), e.assessment().orElseThrow().findings(), "the list under another heading is not the cause's");
    }

    @Test
    void aListJustAboveACauseOfConcernIsNotItsRecommendations() {
        Extraction e = read(KENT_2021 + """
                Investigating crime
                The force should:
                - keep better records.
                The cause of concern states that:
                The force is not investigating crime well enough.
                """);
        assertEquals(List.of(new CauseOfConcern(Optional.of("investigating-crime"), "The force is not investigating crime well enough.",
                false, List.of())), e.assessment().orElseThrow().findings());
    }

    @Test
    void aCauseOfConcernOnThePagesLastLineHasNoText() {
        Extraction e = read(KENT_2021 + "The cause of concern states that:");
        assertEquals(List.of(), e.assessment().orElseThrow().findings());
    }
}
