package org.peelkit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peelkit.io.PeelJson;
import org.peelkit.model.Assessment;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.testkit.SharedFiles;

class ReportExtractorTest {

    private static final Path SHARED = SharedFiles.dir();
    private static final Path SEED_2016 = SHARED.resolve("seeds/001_8945738cec384f6e.txt");
    private static final Path SEED_2023 = SHARED.resolve("seeds/004_076ce0227e4f6458.txt");

    private final ReportExtractor extractor = ReportExtractor.standard();

    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }

    private static Assessment fixture(String name) {
        return PeelJson.standard().readAssessment(SHARED.resolve("fixtures/" + name)).assessment().orElseThrow();
    }

    private static List<ExtractionNote> notes(Extraction e, ExtractionNote.Kind kind) {
        return e.notes().stream().filter(n -> n.kind() == kind).toList();
    }

    @Test
    void seed001GivesTheMets2016PillarGradesAndLastUpdatedDates() {
        Extraction e = extractor.extract(SEED_2016);
        Assessment a = e.assessment().orElseThrow(() -> new AssertionError(e.notes().toString()));
        assertEquals("metropolitan", a.force());
        assertEquals("2016", a.cycle());
        assertEquals(Optional.of("Matt Parr"), a.inspector());
        assertTrue(a.partial(), "a report's text does not give every question's grade");
        Set<String> pillarLevel = Set.of("effectiveness", "efficiency", "legitimacy", "leadership");
        List<Judgment> inFixture = fixture("metropolitan-2016.json").judgments();
        List<Judgment> expected = inFixture.stream().filter(j -> pillarLevel.contains(j.question())).toList();
        assertEquals(expected, a.judgments().stream().filter(j -> pillarLevel.contains(j.question())).toList());
        List<Judgment> questions = a.judgments().stream().filter(j -> !pillarLevel.contains(j.question())).toList();
        assertEquals(7, questions.size(), "the pillar sections grade seven questions in prose: " + questions);
        for (Judgment j : questions) {
            assertTrue(inFixture.contains(j), j + " is not the fixture's judgment");
        }
        assertEquals(List.of(), notes(e, ExtractionNote.Kind.CONFLICT));
        assertEquals(List.of(), notes(e, ExtractionNote.Kind.MISSING));
        assertEquals(3, e.provenanceOf("/judgments/0/grade").orElseThrow().at().line(), "effectiveness: line 3");
        assertEquals(38, e.provenanceOf("/judgments/0/updated").orElseThrow().at().line(), "Last updated 02/03/2017");
        assertEquals(6, e.provenanceOf("/inspector").orElseThrow().at().line());
        assertTrue(notes(e, ExtractionNote.Kind.UNPLACED).stream().anyMatch(n -> n.line() == 76
                && n.message().contains("'Other reports'")), "'Other reports' has a date but is no judgment: " + e.notes());
    }

    @Test
    void seed004GivesTheMetsEight2023To25GradesAndTheUngradedVictimServiceAssessment() {
        Extraction e = extractor.extract(SEED_2023);
        Assessment a = e.assessment().orElseThrow(() -> new AssertionError(e.notes().toString()));
        assertEquals("metropolitan", a.force());
        assertEquals("2023-25", a.cycle());
        assertEquals(Optional.of("Lee Freeman"), a.inspector());
        assertEquals(fixture("metropolitan-2023-25.json").judgments(), a.judgments());
        assertEquals(8, a.judgments().stream().filter(j -> j.grade().isPresent()).count());
        assertEquals(List.of(), notes(e, ExtractionNote.Kind.CONFLICT));
        assertEquals(List.of(), notes(e, ExtractionNote.Kind.MISSING));
        int investigating = a.judgments().indexOf(Judgment.of("investigating-crime", Grade.INADEQUATE));
        assertEquals(184, e.provenanceOf("/judgments/" + investigating + "/grade").orElseThrow().at().line());
        List<ExtractionNote> other = notes(e, ExtractionNote.Kind.OTHER_CYCLE);
        assertEquals(1, other.size(), e.notes()::toString);
        assertTrue(other.get(0).message().contains("PEEL 2021/22") && other.get(0).message().contains("5 recommendations"),
                other.get(0).message());
        assertEquals(List.of(), a.findings(), "the 2021/22 cause of concern is not placed in 2023-25");
    }

    @Test
    void aChangedGradeWordGivesTheMatchingChange() throws IOException {
        String altered = read(SEED_2023)
                .replace("The Metropolitan Police Service is inadequate at investigating crime.",
                        "The Metropolitan Police Service is good at investigating crime.");
        altered = replaceLine(altered, 184, "Good");
        Assessment a = extractor.extract(altered, "altered.txt").assessment().orElseThrow();
        assertEquals(Optional.of(Grade.GOOD), a.judgment("investigating-crime").flatMap(Judgment::grade));

        String page = read(SEED_2016)
                .replace("is efficient at keeping people safe and reducing crime is good.",
                        "is efficient at keeping people safe and reducing crime is outstanding.")
                .replace("has been assessed as good in respect of the efficiency", "has been assessed as outstanding in respect of the efficiency");
        Assessment p = extractor.extract(page, "altered.txt").assessment().orElseThrow();
        assertEquals(Optional.of(Grade.OUTSTANDING), p.judgment("efficiency").flatMap(Judgment::grade));
    }

    @Test
    void aRemovedSectionGivesTheMissingJudgmentReport() throws IOException {
        List<String> lines = read(SEED_2023).lines().toList();
        String removed = String.join("\n", lines.subList(0, 172)) + "\n" + String.join("\n", lines.subList(184, lines.size()));
        Extraction e = extractor.extract(removed, "removed.txt");
        assertTrue(e.assessment().orElseThrow().judgment("investigating-crime").isEmpty());
        List<ExtractionNote> missing = notes(e, ExtractionNote.Kind.MISSING);
        assertEquals(1, missing.size(), e.notes()::toString);
        assertTrue(missing.get(0).message().contains("investigating-crime"), missing.get(0).message());
    }

    @Test
    void twoSentencesThatContradictEachOtherGiveTheConflictReport() throws IOException {
        Extraction area = extractor.extract(replaceLine(read(SEED_2023), 184, "Good"), "conflict.txt");
        assertTrue(area.assessment().orElseThrow().judgment("investigating-crime").isEmpty(), "neither value is taken");
        List<ExtractionNote> conflicts = notes(area, ExtractionNote.Kind.CONFLICT);
        assertEquals(1, conflicts.size(), area.notes()::toString);
        assertEquals(184, conflicts.get(0).line());
        assertTrue(conflicts.get(0).message().contains("conflict.txt:174:1"), conflicts.get(0).message());
        assertEquals(List.of(), notes(area, ExtractionNote.Kind.MISSING), "a conflict is not also reported as missing");

        String page = read(SEED_2016).replace("requires improvement in respect of its effectiveness",
                "is good in respect of its effectiveness");
        Extraction pillars = extractor.extract(page, "conflict.txt");
        assertTrue(pillars.assessment().orElseThrow().judgment("effectiveness").isEmpty());
        ExtractionNote c = notes(pillars, ExtractionNote.Kind.CONFLICT).get(0);
        assertEquals(39, c.line());
        assertTrue(c.message().contains("conflict.txt:3:1"), c.message());
    }

    @Test
    void textWithNoForceOrCycleIsReportedNotGuessed() {
        Extraction e = extractor.extract("The force is good at many things.\nGood\n", "vague.txt");
        assertEquals(Optional.empty(), e.assessment());
        assertEquals(2, notes(e, ExtractionNote.Kind.MISSING).size(), e.notes()::toString);
    }

    @Test
    void aGradeLineOutsideAnySectionIsUnplaced() throws IOException {
        String extra = read(SEED_2023).replace("Terminology in this report", "Terminology in this report\nOutstanding");
        Extraction e = extractor.extract(extra, "extra.txt");
        assertTrue(notes(e, ExtractionNote.Kind.UNPLACED).stream().anyMatch(n -> n.message().contains("'Outstanding'")),
                e.notes()::toString);
        assertFalse(e.assessment().orElseThrow().judgments().stream().anyMatch(j -> j.grade().equals(Optional.of(Grade.OUTSTANDING))));
    }

    private static String replaceLine(String text, int line, String replacement) {
        List<String> lines = new java.util.ArrayList<>(text.lines().toList());
        lines.set(line - 1, replacement);
        return String.join("\n", lines);
    }
}
