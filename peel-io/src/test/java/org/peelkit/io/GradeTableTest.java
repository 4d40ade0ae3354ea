package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;
import org.peelkit.testkit.Seeds;

class GradeTableTest {

    private final GradeTable table = GradeTable.standard();

    private PeelDocument read(String csv, String source) {
        return table.read(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), source);
    }
    private static final String HEADER = "force,cycle,question,grade,status,updated,carriedOverFrom\n";

    @Test
    void rowsOfOneForceAndCycleFormOnePartialAssessment() {
        PeelDocument r = read(HEADER
                + "metropolitan,2016,effectiveness,requires-improvement,,2017-03-02,\n"
                + "kent,2016,effectiveness,good,,,\n"
                + "metropolitan,2016,leadership,,ungraded,,\n", "t.csv");
        assertEquals(List.of(), r.problems());
        List<Assessment> a = r.dataset().assessments();
        assertEquals(List.of("metropolitan", "kent"), a.stream().map(Assessment::force).toList());
        assertTrue(a.get(0).partial());
        assertEquals(2, a.get(0).judgments().size());
        assertEquals(Optional.of(Grade.REQUIRES_IMPROVEMENT), a.get(0).judgments().get(0).grade());
    }

    @Test
    void eachBadRowIsLocatedByLineAndTheOthersAreRead() {
        PeelDocument r = read(HEADER
                + "kent,2016,effectiveness,good,,,\n"
                + "kent,2016,efficiency,satisfactory,,,\n"
                + "kent,2016,legitimacy,good,,2016-13-01,\n"
                + "kent,2016\n"
                + ",2016,leadership,,ungraded,,\n"
                + "kent,2016,leadership,,ungraded,,\n", "bad.csv");
        assertEquals(List.of("3:22", "4:28", "5:1", "6:1"), r.problems().stream().map(p -> p.location().toString()).toList(),
                () -> "each at its own cell: " + r.problems());
        assertEquals(List.of("/1/grade", "/2/updated", "/3", "/4/force"), r.problems().stream().map(ReadProblem::path).toList());
        assertEquals("Unknown grade 'satisfactory': expected one of outstanding, good, adequate, requires-improvement, inadequate",
                r.problems().get(0).message(), "one message for an unknown word, in JSON and CSV alike");
        assertEquals(List.of("effectiveness", "leadership"),
                r.dataset().assessments().get(0).judgments().stream().map(Judgment::question).toList());
    }

    @Test
    void aWrongHeaderIsOneProblem() {
        PeelDocument r = read("force,cycle,question,grade\nkent,2016,effectiveness,good\n", "h.csv");
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().startsWith("Header is 'force,cycle,question,grade'"));
        assertTrue(r.dataset().assessments().isEmpty());
        assertTrue(!r.isClean());
    }

    @Test
    void unreadableCsvIsTheDocumentedException() {
        PeelReadException e = assertThrows(PeelReadException.class,
                () -> read(HEADER + "kent,2016,\"effectiveness,good,,,\n", "q.csv"));
        assertTrue(e.getMessage().startsWith("q.csv:3:") && e.reason().equals("Not readable as CSV: A quoted cell is not closed: a '\"' is missing"), e::getMessage);
        assertThrows(PeelReadException.class, () -> read("", "empty.csv"));
    }

    private static final String GRADES = "outstanding, good, adequate, requires-improvement, inadequate";

    private static ReadProblem malformed(String path, long line, long column, String message) {
        return new ReadProblem(ReadProblem.MALFORMED_VALUE, path, Location.of(line, column), message);
    }

    @Test
    void aByteOrderMarkIsReportedSkippedAndCellsKeepTheirColumns() {
        PeelDocument r = read("\uFEFF" + HEADER + "kent,2016,effectiveness,grand,,,\n", "bom.csv");
        assertEquals(List.of(new ReadProblem(ReadProblem.BYTE_ORDER_MARK, "", Location.of(1, 1), GradeTable.BYTE_ORDER_MARK_MESSAGE),
                malformed("/0/grade", 2, 25, "Unknown grade 'grand': expected one of " + GRADES)), r.problems());
    }

    @Test
    void onlyTheThreeBytesOfAByteOrderMarkAreOne() {
        for (String lookalike : List.of("\uEEFF", "\uFEBF", "\uFEFE")) {
            PeelDocument r = read(lookalike + HEADER, "lookalike.csv");
            assertEquals(List.of(malformed("", 1, 1, "Header is " + org.peelkit.model.Quoted.of(lookalike + HEADER.strip())
                    + ": expected " + HEADER.strip())), r.problems(), () -> "U+" + Integer.toHexString(lookalike.charAt(0)));
        }
    }

    @Test
    void emptyInputIsTheDocumentedExceptionAtItsStart() {
        for (String empty : List.of("", "\uFEFF")) {
            PeelReadException e = assertThrows(PeelReadException.class, () -> read(empty, "empty.csv"));
            assertEquals("empty.csv:1:1: Empty input: expected the header " + HEADER.strip(), e.getMessage());
        }
    }

    @Test
    void aWrongHeaderIsOneProblemAtItsStartAndNoRowIsRead() {
        PeelDocument r = read("force,cycle,question,grade,status,updated\nkent,2016,effectiveness,good,,\n", "h.csv");
        assertEquals(List.of(malformed("", 1, 1, "Header is 'force,cycle,question,grade,status,updated': expected "
                + HEADER.strip())), r.problems());
        assertEquals(PeelDocument.Shape.GRADE_TABLE, r.shape());
        assertEquals(List.of(), r.dataset().assessments());
    }

    @Test
    void blankLinesAreSkippedAndRowsOfTheWrongWidthAreReportedWhole() {
        PeelDocument r = read(HEADER + "kent,2016,effectiveness,good,,,\n\n   \nkent\nkent,2016,efficiency,good,,,,extra\n", "w.csv");
        assertEquals(List.of(
                malformed("/3", 5, 1, "Row has 1 column: expected 7 (" + HEADER.strip() + ")"),
                malformed("/4", 6, 1, "Row has 8 columns: expected 7 (" + HEADER.strip() + ")")), r.problems());
        assertEquals(List.of("effectiveness"), r.dataset().assessments().get(0).judgments().stream().map(Judgment::question).toList());
        assertEquals(Optional.of(Location.of(6, 29)), r.location("/4/carriedOverFrom"), "the cells of a wide row are located");
        assertTrue(r.isIncomplete(r.dataset().assessments().get(0)), "kent 2016 lost a row");
    }

    @Test
    void emptyRequiredCellsAreEachReportedAtTheirCell() {
        PeelDocument r = read(HEADER + ",2016,effectiveness,good,,,\nkent,,effectiveness,good,,,\nkent,2016, ,good,,,\n", "e.csv");
        String why = " is empty: every row names a force, a cycle and a question";
        assertEquals(List.of(malformed("/0/force", 2, 1, "Column 'force'" + why), malformed("/1/cycle", 3, 6, "Column 'cycle'" + why),
                malformed("/2/question", 4, 11, "Column 'question'" + why)), r.problems());
        assertEquals(List.of(), r.dataset().assessments());
    }

    @Test
    void everyColumnIsReadAndEachRowAndCellIsLocated() {
        PeelDocument r = read(HEADER
                + "kent,2016,effectiveness,good,,2017-03,\n"
                + "essex,2016,legitimacy,,ungraded,,\n"
                + "kent,2016,leadership,good,,,2015\n"
                + "kent,2016,efficiency,good,,2017-02-30,\n"
                + "kent,2016,'=SUM(A1),,not-inspected,,\n", "all.csv");
        assertEquals(List.of(malformed("/3/updated", 5, 28, "Bad date '2017-02-30': expected YYYY, YYYY-MM or YYYY-MM-DD")),
                r.problems());
        Assessment kent = r.dataset().assessments().get(0);
        Assessment essex = r.dataset().assessments().get(1);
        assertEquals(List.of(
                new Judgment("effectiveness", Optional.of(Grade.GOOD), Optional.empty(), Optional.of(org.peelkit.model.PartialDate.ofMonth(2017, 3)),
                        Optional.empty(), Optional.empty()),
                new Judgment("leadership", Optional.of(Grade.GOOD), Optional.empty(), Optional.empty(), Optional.of("2015"), Optional.empty()),
                new Judgment("=SUM(A1)", Optional.empty(), Optional.of(org.peelkit.model.JudgmentStatus.NOT_INSPECTED), Optional.empty(),
                        Optional.empty(), Optional.empty())), kent.judgments());
        assertEquals(List.of(Judgment.of("legitimacy", org.peelkit.model.JudgmentStatus.UNGRADED)), essex.judgments());
        assertEquals(Optional.of("/0"), r.pointerOf(kent));
        assertEquals(Optional.of("/1"), r.pointerOf(essex));
        assertEquals(Optional.of("/2"), r.pointerOf(kent.judgments().get(1)));
        assertEquals(Optional.of("/4"), r.pointerOf(kent.judgments().get(2)), "row 3 was left out; the pointer stays the row's");
        assertEquals(Optional.of(Location.of(4, 1)), r.locationOf(kent.judgments().get(1)));
        assertEquals(Optional.of(Location.of(3, 23)), r.location("/1/grade"));
        assertEquals(Optional.of(Location.of(3, 24)), r.location("/1/status"));
        assertEquals(Optional.of(Location.of(2, 25)), r.location("/0/grade"));
        assertTrue(r.isIncomplete(kent), "kent lost its efficiency row");
        assertTrue(!r.isIncomplete(essex), "essex lost nothing");
        assertTrue(kent.partial() && essex.partial(), "a table never says an assessment is complete");
    }

    @Test
    void csvThatIsNotCsvIsTheDocumentedExceptionAtItsPlace() {
        PeelReadException e = assertThrows(PeelReadException.class,
                () -> read(HEADER + "kent,2016,\"effectiveness,good,,,\n", "q.csv"));
        assertEquals(Optional.of(Location.of(3, 1)), e.location(), e::getMessage);
    }

    @Test
    void whatATableCannotHoldIsSaidKindByKind() {
        Judgment summarised = Judgment.of("effectiveness", Grade.GOOD).withSummary("s");
        List<Assessment> assessments = new java.util.ArrayList<>();
        assessments.add(Assessment.builder("kent", "2016").judgment(summarised).judgment(summarised.withSummary("t"))
                .finding(new org.peelkit.model.AreaForImprovement(Optional.empty(), "f"))
                .metric(org.peelkit.model.Metric.of("m", java.math.BigDecimal.ONE, org.peelkit.model.MetricUnit.COUNT))
                .metric(org.peelkit.model.Metric.of("n", java.math.BigDecimal.ONE, org.peelkit.model.MetricUnit.COUNT))
                .inspector("i").build());
        assessments.add(Assessment.builder("essex", "2016").partial(true).judgment(Judgment.of("efficiency", Grade.GOOD))
                .source("https://example.org").build());
        for (String f : List.of("a", "b", "c", "d", "e")) {
            assessments.add(Assessment.builder(f, "2016").build());
        }
        Dataset five = new Dataset(assessments, List.of(new org.peelkit.model.MonitoringPeriod("kent",
                org.peelkit.model.MonitoringStage.SCAN, org.peelkit.model.PartialDate.ofYear(2019), Optional.empty(), List.of())));
        assertEquals(List.of(
                "1 finding is not held by a grade table and left out",
                "2 metrics are not held by a grade table and left out",
                "2 judgment summaries are not held by a grade table and left out",
                "2 assessments have a publication date, inspector or source, not held by a grade table and left out",
                "1 monitoring period is not held by a grade table and left out",
                "5 assessments have no judgments, so no rows in a grade table, and left out (a 2016, b 2016, c 2016, d 2016, e 2016)",
                "1 assessment is complete, which a grade table cannot say: read back, every assessment of a table is partial"),
                table.unrepresentable(five));
        assessments.add(Assessment.builder("f", "2016").published(org.peelkit.model.PartialDate.ofYear(2017)).build());
        assertEquals("6 assessments have no judgments, so no rows in a grade table, and left out (a 2016, b 2016, c 2016, d 2016, e 2016, ...)",
                table.unrepresentable(Dataset.of(assessments)).get(4));
        assertEquals("3 assessments have a publication date, inspector or source, not held by a grade table and left out",
                table.unrepresentable(Dataset.of(assessments)).get(3));
        assertEquals(List.of(), table.unrepresentable(Dataset.of(List.of(Assessment.builder("kent", "2016").partial(true)
                .judgment(Judgment.of("efficiency", Grade.GOOD)).build()))), "a partial table-shaped dataset loses nothing");
    }

    @Test
    void cellsASpreadsheetWouldRunAreGuardedCountedAndReadBack() {
        Assessment a = Assessment.builder("kent", "2016").partial(true)
                .judgment(Judgment.of("=1+1", Grade.GOOD))
                .judgment(Judgment.of("-x", Grade.GOOD).withCarriedOverFrom("@y"))
                .judgment(Judgment.of("plain", Grade.GOOD)).build();
        Dataset d = Dataset.of(List.of(a));
        assertEquals(3, table.guardedCells(d));
        String csv = table.write(d);
        assertEquals(HEADER + "kent,2016,\"'=1+1\",good,,,\nkent,2016,\"'-x\",good,,,\"'@y\"\nkent,2016,plain,good,,,\n", csv);
        assertEquals(a.judgments(), read(csv, "g.csv").dataset().assessments().get(0).judgments());
    }

    @Test
    void writingKeepsTheWriterOpenAndAFailingWriterIsAnUncheckedIOException() throws java.io.IOException {
        Dataset d = Dataset.of(List.of(Assessment.builder("kent", "2016").partial(true).judgment(Judgment.of("x", Grade.GOOD)).build()));
        java.io.StringWriter out = new java.io.StringWriter() {
            @Override
            public void close() {
                throw new AssertionError("the caller's writer was closed");
            }
        };
        table.write(d, out);
        out.write("after");
        assertTrue(out.toString().endsWith("kent,2016,x,good,,,\nafter"), out::toString);
        java.io.Writer failing = org.peelkit.testkit.FullDisk.writer();
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, () -> table.write(d, failing));
        assertEquals(org.peelkit.testkit.FullDisk.MESSAGE, e.getCause().getMessage());
    }

    @Test
    void anUnpairedSurrogateIsNamedByItsRowAndColumn() {
        Assessment a = Assessment.builder("kent", "2016").partial(true).judgment(Judgment.of("efficiency", Grade.GOOD))
                .judgment(Judgment.of("effectiveness", Grade.GOOD).withCarriedOverFrom("20\uDC0016")).build();
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, () -> table.write(Dataset.of(List.of(a))));
        assertEquals("Row 2, column 'carriedOverFrom': '20\\uDC0016' holds an unpaired surrogate \\uDC00 at character 3,"
                + " which no encoding can write: a grade table cannot hold it", e.getCause().getMessage());
    }

    static List<Seed> seeds() {
        return Seeds.sample(300);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void judgmentsRoundTripThroughATable(Seed seed) {
        Dataset d = PeelGenerator.builtIn().dataset(seed, 12);
        String csv = table.write(d);
        PeelDocument back = read(csv, seed.toString());
        assertEquals(List.of(), back.problems(), seed::toString);
        List<Assessment> read = back.dataset().assessments();
        assertEquals(d.assessments().size(), read.size(), seed::toString);
        for (int i = 0; i < read.size(); i++) {
            List<Judgment> expected = d.assessments().get(i).judgments().stream()
                    .map(j -> new Judgment(j.question(), j.grade(), j.status(), j.updated(), j.carriedOverFrom(), Optional.empty()))
                    .toList();
            assertEquals(expected, read.get(i).judgments(), seed::toString);
        }
        assertEquals(d.assessments().stream().anyMatch(a -> !a.findings().isEmpty()),
                table.unrepresentable(d).stream().anyMatch(s -> s.contains("findings")), seed + ": losses are said");
    }

    @Test
    void edgesOfATable() {
        PeelReadException first = assertThrows(PeelReadException.class, () -> table.read(new byte[] {(byte) 0xFF, 'a'}, "b.csv"));
        assertEquals("b.csv:1:1: Not valid UTF-8 (byte 0xFF): a grade table is UTF-8", first.getMessage(), "a bad first byte");
        PeelDocument header = read(HEADER, "h.csv");
        assertTrue(header.isClean(), header.problems()::toString);
        assertEquals(List.of(), header.dataset().assessments(), "a header alone is an empty table");
        PeelDocument twoCells = read(HEADER + "kent,2016,effectiveness,good,,,\nkent,2016\n", "t.csv");
        assertTrue(twoCells.isIncomplete(twoCells.dataset().assessments().get(0)), "a row of two cells still names its force and cycle");
        Assessment a = Assessment.builder("kent", "2016").partial(true)
                .judgment(Judgment.of("effectiveness", Grade.GOOD).withCarriedOverFrom("\uDC00x")).build();
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, () -> table.write(Dataset.of(List.of(a))));
        assertEquals("Row 1, column 'carriedOverFrom': '\\uDC00x' holds an unpaired surrogate \\uDC00 at character 1,"
                + " which no encoding can write: a grade table cannot hold it", e.getCause().getMessage());
    }
}
