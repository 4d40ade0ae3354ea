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
}
