package org.peelkit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peelkit.extract.ExtractionNote.Kind;
import org.peelkit.io.Location;
import org.peelkit.model.Assessment;

/** How a page's force and cycle are told: its title, "PEEL 2021/22 – An inspection of ...", else what the text names. */
class PageIdentityTest {

    private static final String BLANK_LINES = "Skip to content\n" + "\n".repeat(10);

    private final ReportExtractor extractor = ReportExtractor.standard();

    private static Provenance place(Extraction e, String path) {
        return e.provenanceOf(path).orElseThrow(() -> new AssertionError("no place for " + path + ": " + e.provenance()));
    }

    private static String forceAndCycle(Extraction e) {
        Assessment a = e.assessment().orElseThrow(() -> new AssertionError("no assessment: " + e.notes()));
        return a.force() + " " + a.cycle();
    }

    @Test
    void aTitleOnTheTwelfthLineIsStillTheTitle() {
        Extraction e = extractor.extract(BLANK_LINES + "Kent 2016\nThe extent to which the force is efficient at keeping "
                + "people safe and reducing crime is good.\n", "page.txt");
        assertEquals("kent 2016", forceAndCycle(e));
        assertEquals(new Provenance("/force", "page.txt", Location.of(12, 1), "Kent 2016"), place(e, "/force"));
        assertEquals(new Provenance("/cycle", "page.txt", Location.of(12, 6), "Kent 2016"), place(e, "/cycle"));
    }

    @Test
    void aTitleOnTheThirteenthLineIsNotATitle() {
        Extraction e = extractor.extract(BLANK_LINES + "\nKent 2016\n", "page.txt");
        assertEquals(Optional.empty(), e.assessment());
        assertEquals(List.of(
                ExtractionNote.whole(Kind.MISSING, "page.txt", "No PEEL cycle is named in the text (e.g. a title \"Kent 2017\" "
                        + "or \"PEEL 2021/22\"); give one with --cycle"),
                ExtractionNote.whole(Kind.MISSING, "page.txt", "No force of the catalogue is named in the text; give one with --force")),
                e.notes());
    }

    @Test
    void aLineThatStartsWithPeelAndACycleOutranksAnEarlierMention() {
        Extraction e = extractor.extract("""
                PEEL 2013 was before the first assessment.
                Our PEEL 2015 report on Kent Police found much to praise.
                PEEL 2016: Kent Police
                """, "page.txt");
        assertEquals("kent 2016", forceAndCycle(e));
        assertEquals(Location.of(3, 1), place(e, "/cycle").at());
        assertEquals(new Provenance("/force", "page.txt", Location.of(2, 25),
                "Our PEEL 2015 report on Kent Police found much to praise."), place(e, "/force"),
                "the force named most, at its first mention");
    }

    @Test
    void elseTheFirstCycleTheTextNamesIsTaken() {
        Extraction e = extractor.extract("""
                Kent Police: what we found
                Unlike PEEL 2013, this was no first look.
                Our PEEL 2016 assessment found Kent Police is good at tackling serious and organised crime.
                In PEEL 2017 we will return.
                """, "page.txt");
        assertEquals("kent 2016", forceAndCycle(e));
        assertEquals(Location.of(3, 5), place(e, "/cycle").at());
    }

    @Test
    void aYearThatIsNoCycleDoesNotHideACycleNamedLaterOnTheLine() {
        Extraction e = extractor.extract("""
                Kent Police: what we found
                Unlike PEEL 2013, our PEEL 2016 assessment found Kent Police is good at tackling serious and organised crime.
                In PEEL 2017 we will return.
                """, "page.txt");
        assertEquals("kent 2016", forceAndCycle(e));
        assertEquals(Location.of(2, 23), place(e, "/cycle").at());
    }

    @Test
    void anInspectionOfAForceNamesItEvenWhenAnotherForceIsNamedMoreOften() {
        Extraction e = extractor.extract("""
                PEEL 2021/22: An inspection of Kent Police
                Essex Police is good at investigating crime.
                Essex Police is good at preventing crime.
                """, "page.txt");
        assertEquals("kent 2021-22", forceAndCycle(e));
        assertEquals(Location.of(1, 32), place(e, "/force").at());
    }

    @Test
    void anInspectionOfCountsOnlyOnALineThatNamesACycle() {
        Extraction e = extractor.extract("""
                An inspection of Kent Police
                PEEL 2021/22
                Essex Police is good at investigating crime.
                Essex Police is good at preventing crime.
                """, "page.txt");
        assertEquals("essex 2021-22", forceAndCycle(e));
        assertEquals(Location.of(3, 1), place(e, "/force").at());
    }

    @Test
    void anInspectionOfAnUnknownForceFallsBackToTheForceNamedMost() {
        Extraction e = extractor.extract("""
                PEEL 2021/22: An inspection of Nowhere Police
                Kent Police is good at investigating crime.
                Essex Police said Kent Police was helpful.
                """, "page.txt");
        assertEquals("kent 2021-22", forceAndCycle(e));
        assertEquals(Location.of(2, 1), place(e, "/force").at());
    }

    @Test
    void twoForcesNamedEquallyOftenAreReportedAndNeitherIsTaken() {
        Extraction e = extractor.extract("PEEL 2021/22\nKent Police and Essex Police are good at investigating crime.\n", "page.txt");
        assertEquals(Optional.empty(), e.assessment());
        assertEquals(List.of(
                ExtractionNote.whole(Kind.UNPLACED, "page.txt", "Two or more forces are named equally often; the page's force "
                        + "could not be told"),
                ExtractionNote.whole(Kind.MISSING, "page.txt", "No force of the catalogue is named in the text; give one with --force")),
                e.notes());
    }

    @Test
    void aPageThatNamesNoForceIsNotATieAndAnOtherBodysGradeIsNotRead() {
        Extraction e = extractor.extract("PEEL 2021/22\nGotham City Police is good at juggling.\n", "page.txt");
        assertEquals(List.of(
                ExtractionNote.whole(Kind.MISSING, "page.txt", "No force of the catalogue is named in the text; give one with --force")),
                e.notes());
    }

    @Test
    void aTitleMayUseAForcesNameWithoutPoliceOrConstabulary() {
        Extraction hampshire = extractor.extract("Hampshire and Isle of Wight 2023\n", "page.txt");
        assertEquals("hampshire 2023-25", forceAndCycle(hampshire));
        assertEquals(Location.of(1, 29), place(hampshire, "/cycle").at());
        assertEquals("northern-ireland 2016", forceAndCycle(extractor.extract("Northern Ireland 2016\n", "page.txt")));
    }
}
