package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.testkit.FullDisk;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;

/**
 * Issue 10's writing side of peel-io: CSV cells a spreadsheet would run are guarded and read back
 * unchanged, what a grade table cannot hold is said, a byte order mark is a warning, and every
 * writer fails the one documented way.
 */
class WritingSafetyTest {

    private static final String HEADER = "force,cycle,question,grade,status,updated,carriedOverFrom\n";
    private final GradeTable table = GradeTable.standard();

    private static Dataset oneJudgment(String force, String question, String carriedOverFrom) {
        Judgment j = Judgment.of(question, Grade.GOOD);
        if (carriedOverFrom != null) {
            j = j.withCarriedOverFrom(carriedOverFrom);
        }
        return Dataset.of(List.of(Assessment.builder(force, "2016").partial(true).judgments(List.of(j)).build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
        "\tx", "\rx", "'=already", "''", "'plain"})
    void formulaCellsAreGuardedAndReadBackUnchanged(String value) {
        Dataset d = oneJudgment(value, value, value);
        String csv = table.write(d);
        boolean guarded = SpreadsheetCell.needsGuard(value);
        assertEquals(guarded ? 3 : 0, table.guardedCells(d), csv);
        if (guarded) {
            for (String line : csv.lines().skip(1).toList()) {
                assertFalse(line.matches("^\"?[=+\\-@\\t\\r].*"), "a cell starts a formula: " + line);
            }
        }
        PeelDocument back = table.read((csv).getBytes(StandardCharsets.UTF_8), "t.csv");
        Assessment a = back.dataset().assessments().get(0);
        assertEquals(value, a.force(), "reading back invents no value");
        assertEquals(value, a.judgments().get(0).question());
        assertEquals(Optional.of(value), a.judgments().get(0).carriedOverFrom());
    }

    @Test
    void anAssessmentWithoutJudgmentsIsNamedAndCompletenessIsSaid() {
        Assessment empty = Assessment.builder("kent", "2016").build();
        Assessment complete = PeelGenerator.builtIn().assessment(new Seed(4)).toBuilder().partial(false).build();
        List<String> said = table.unrepresentable(Dataset.of(List.of(empty, complete)));
        assertTrue(said.stream().anyMatch(s -> s.startsWith("1 assessment has no judgments") && s.contains("(kent 2016)")),
                said::toString);
        assertTrue(said.stream().anyMatch(s -> s.startsWith("1 assessment is complete, which a grade table cannot say")),
                said::toString);
    }

    @Test
    void aByteOrderMarkInCsvIsSkippedWithAWarning() {
        PeelDocument r = table.read(("\uFEFF" + HEADER + "kent,2016,effectiveness,good,,,\n").getBytes(StandardCharsets.UTF_8), "excel.csv");
        assertEquals(List.of(ReadProblem.BYTE_ORDER_MARK), r.problems().stream().map(ReadProblem::rule).toList());
        assertEquals(1, r.dataset().assessments().size());
    }

    @Test
    void grammarOfOneColumnAndOfTrailingContent() {
        PeelDocument r = table.read((HEADER + "kent\n").getBytes(StandardCharsets.UTF_8), "one.csv");
        assertTrue(r.problems().get(0).message().startsWith("Row has 1 column: expected 7"), r.problems()::toString);
        PeelReadException e = assertThrows(PeelReadException.class,
                () -> PeelJson.standard().readDocument("{\"force\": \"kent\"} {\"a\": 1}".getBytes(StandardCharsets.UTF_8), "two.json"));
        assertTrue(e.reason().startsWith("Found an object after the end of the document"), e.reason());
    }

    @Test
    void everyWriterFailsWithUncheckedIOException() {
        Dataset d = PeelGenerator.builtIn().dataset(new Seed(5), 3);
        Writer failingWriter = FullDisk.writer();
        OutputStream failingStream = FullDisk.stream();
        PeelJsonWriter json = PeelJsonWriter.standard();
        List<Runnable> writers = List.of(() -> table.write(d, failingWriter), () -> json.write(d, failingStream),
                () -> json.write(d.assessments().get(0), failingStream), () -> json.write(d, failingWriter),
                () -> JsonLines.standard().write(d.assessments(), failingStream));
        for (Runnable w : writers) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, w::run);
            assertEquals(FullDisk.MESSAGE, e.getCause().getMessage());
        }
    }
}
