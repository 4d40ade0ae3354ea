package org.peelkit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelkit.extract.ExtractionNote.Kind;
import org.peelkit.io.Location;
import org.peelkit.io.PeelReadException;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.model.PartialDate;

/** Pages of one force and cycle put together: what they agree on is taken, what they disagree on is reported with both places. */
class AssemblyTest {

    private final ReportExtractor extractor = ReportExtractor.standard();

    @TempDir
    Path dir;

    private Path page(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<ExtractionNote> notesOf(Extraction e, Kind kind) {
        return e.notes().stream().filter(n -> n.kind() == kind).toList();
    }

    @Test
    void twoPagesNamingDifferentInspectorsGiveAConflictAndNoInspector() throws IOException {
        Path overview = page("kent.txt", "Kent 2016\nZoe Billingham, Her Majesty's Inspector of Constabulary\n");
        Path news = page("kent-news.txt", "Kent PEEL 2016\nMatt Parr, Her Majesty's Inspector of Constabulary\n");
        List<Extraction> all = extractor.extractAll(List.of(overview, news), Hints.none());
        assertEquals(1, all.size());
        assertEquals(Optional.empty(), all.get(0).assessment().orElseThrow().inspector());
        assertEquals(List.of(ExtractionNote.at(Kind.CONFLICT, news.toString(), Location.of(2, 1), "The HM Inspector is 'Matt Parr' here "
                + "but 'Zoe Billingham' at " + overview + ":2:1; neither was taken")), notesOf(all.get(0), Kind.CONFLICT));
        assertEquals(Optional.empty(), all.get(0).provenanceOf("/inspector"));
    }

    @Test
    void twoPagesGivingOneQuestionDifferentDatesKeepTheGradeButNoDate() throws IOException {
        String sub = "Kent PEEL 2016\nHow efficient is the force at keeping people safe and reducing crime?\nLast updated %s\nGood\n";
        Path first = page("first.txt", sub.formatted("03/11/2016"));
        Path second = page("second.txt", sub.formatted("08/12/2016"));
        Extraction e = extractor.extractAll(List.of(first, second), Hints.none()).get(0);
        assertEquals(List.of(Judgment.of("efficiency", Grade.GOOD)), e.assessment().orElseThrow().judgments());
        assertEquals(List.of(ExtractionNote.at(Kind.CONFLICT, second.toString(), Location.of(3, 14), "efficiency was last updated "
                + "2016-12-08 here but 2016-11-03 at " + first + ":3:14; neither date was taken")), notesOf(e, Kind.CONFLICT));
        assertEquals(Optional.empty(), e.provenanceOf("/judgments/0/updated"));
    }

    @Test
    void aHeadlineOnALaterPageIsThePlaceShownForAGradeFirstReadInProse() throws IOException {
        Path prose = page("kent.txt", "Kent 2016\nKent Police is good in respect of its effectiveness.\n");
        Path headline = page("kent-effectiveness.txt", "Kent PEEL 2016\nThe extent to which the force is effective at keeping "
                + "people safe and reducing crime is good.\n");
        Extraction e = extractor.extractAll(List.of(prose, headline), Hints.none()).get(0);
        assertEquals(List.of(Judgment.of("effectiveness", Grade.GOOD)), e.assessment().orElseThrow().judgments());
        Provenance p = e.provenanceOf("/judgments/0/grade").orElseThrow();
        assertEquals(headline + ":2:1", p.place());

        Extraction onePage = extractor.extract("Kent 2016\nKent Police is good in respect of its effectiveness.\n"
                + "The extent to which the force is effective at keeping people safe and reducing crime is good.\n", "kent.txt");
        assertEquals("kent.txt:3:1", onePage.provenanceOf("/judgments/0/grade").orElseThrow().place());
    }

    @Test
    void aPageWhoseForceCannotBeToldIsItsOwnExtractionAfterTheMergedOnes() throws IOException {
        Path vague = page("vague.txt", "The force is good at many things.\n");
        Path kent = page("kent.txt", "Kent 2016\nThe extent to which the force is efficient at keeping people safe and reducing crime is good.\n");
        Path durham = page("durham.txt", "Durham 2016\n");
        List<Extraction> all = extractor.extractAll(List.of(vague, kent, durham), Hints.none());
        assertEquals(List.of(List.of(kent.toString()), List.of(durham.toString()), List.of(vague.toString())),
                all.stream().map(Extraction::pages).toList());
        assertEquals(Optional.empty(), all.get(2).assessment());
    }

    @Test
    void aPillarCycleDoesNotAskForItsUngradedPillarsButAnAreaCycleAsksForItsUngradedArea() {
        Extraction e2014 = extractor.extract("""
                Kent 2014
                The force is good at tackling anti-social behaviour.
                The efficiency with which the force carries out its responsibilities requires improvement.
                """, "kent.txt");
        assertEquals(List.of(Judgment.of("effectiveness/anti-social-behaviour", Grade.GOOD),
                Judgment.of("efficiency", Grade.REQUIRES_IMPROVEMENT)), e2014.assessment().orElseThrow().judgments());
        assertEquals(List.of(), e2014.notes(), "effectiveness and legitimacy were not graded in 2014");

        Extraction e2021 = extractor.extract("PEEL 2021/22: An inspection of Kent Police\n", "kent.txt");
        assertEquals(ExtractionNote.whole(Kind.MISSING, "kent.txt", "No statement gives the judgment 'Providing a service to the "
                + "victims of crime' (victim-service-assessment), which PEEL 2021/22 requires"), e2021.notes().get(0));
    }

    @Test
    void hintsNamingNothingInTheCatalogueAreReported() {
        Extraction e = extractor.extract("Kent Police is outstanding at recording crime.\n", "news.txt",
                Hints.none().withForce("gotham").withCycle("2021-22"));
        assertEquals(Optional.empty(), e.assessment());
        assertEquals(List.of(ExtractionNote.whole(Kind.MISSING, "news.txt", "The force hint 'gotham' is not a force of the catalogue"),
                ExtractionNote.whole(Kind.MISSING, "news.txt", "No force of the catalogue is named in the text; give one with --force")),
                e.notes());
    }

    @Test
    void anExtractorOverACatalogueReadsByIt() {
        Extraction e = ReportExtractor.of(Catalogue.builtIn()).extract("Kent 2016\nThe extent to which the force is efficient at "
                + "keeping people safe and reducing crime is good.\n", "kent.txt");
        assertEquals(List.of(Judgment.of("efficiency", Grade.GOOD)), e.assessment().orElseThrow().judgments());
    }

    @Test
    void aFileThatCannotBeOpenedOrIsTooLargeIsOneClearError() throws IOException {
        Path missing = dir.resolve("missing.txt");
        PeelReadException none = assertThrows(PeelReadException.class, () -> extractor.extract(missing));
        assertEquals(missing + ": Cannot read the file: no such file", none.getMessage());

        Path large = dir.resolve("large.txt");
        try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(16L * 1024 * 1024 + 1); // sparse: no 16 MB are written
        }
        PeelReadException big = assertThrows(PeelReadException.class, () -> extractor.extract(large, Hints.none()));
        assertEquals(large + ": The page is larger than 16 MB; a saved HMICFRS page is far smaller, so it is not read", big.getMessage());
    }

    @Test
    void aDateReadFromThePageIsTheJudgmentsUpdatedDate() throws IOException {
        Path p = page("kent.txt", "Kent PEEL 2016\nHow efficient is the force at keeping people safe and reducing crime?\n"
                + "Last updated 03/11/2016\nGood\n");
        Extraction e = extractor.extract(p);
        assertEquals(List.of(Judgment.of("efficiency", Grade.GOOD).withUpdated(PartialDate.parse("2016-11-03"))),
                e.assessment().orElseThrow().judgments());
        assertEquals(List.of(p.toString()), e.pages());
    }
}
