package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelkit.model.Assessment;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;

class JsonLinesTest {

    private final JsonLines json = JsonLines.standard();

    /** The line a record stands on: where its value starts, or where it stops being JSON. */
    private static long line(PeelDocument record) {
        return record.location("").or(() -> record.problems().stream().findFirst().map(ReadProblem::location))
                .orElseThrow().line();
    }
    private final PeelGenerator generator = PeelGenerator.builtIn();

    @Test
    void aBadLineInTheMiddleYieldsEveryGoodLineAndOneLocatedProblem(@TempDir Path dir) throws IOException {
        List<Assessment> assessments = generator.assessments(new Seed(42), 9).toList();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < assessments.size(); i++) {
            text.append(json.writeLine(assessments.get(i))).append('\n');
            if (i == 4) {
                text.append("{\"force\": \"kent\", \"cycle\": \n");  // line 6: not JSON
            }
        }
        Path file = dir.resolve("grades.jsonl");
        Files.writeString(file, text);
        List<PeelDocument> lines;
        try (Stream<PeelDocument> stream = json.read(file)) {
            lines = stream.toList();
        }
        assertEquals(10, lines.size());
        List<Assessment> good = lines.stream().filter(PeelDocument::isClean)
                .map(l -> l.assessment().orElseThrow()).toList();
        assertEquals(assessments, good, "every good line, in order");
        PeelDocument bad = lines.get(5);
        assertEquals(1, bad.problems().size());
        ReadProblem p = bad.problems().get(0);
        assertEquals(6, p.location().line(), "the problem carries the file's line");
        assertTrue(p.location().column() > 1, p::toString);
        assertTrue(p.message().startsWith("Not readable as JSON"), p.message());
        assertEquals(7, line(lines.get(6)));
    }

    @Test
    void problemsInsideALineCarryTheFilesLineNumbersAndCrlfAndBlankLinesAreFine() {
        String text = "\r\n" + json.writeLine(generator.assessment(new Seed(1))) + "\r\n\r\n"
                + "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [], \"colour\": \"blue\"}\r\n"
                + "\u00ff\u00fe not utf-8\n";
        List<PeelDocument> lines = json.read(text.getBytes(StandardCharsets.ISO_8859_1), "x.jsonl").toList();
        assertEquals(List.of(2L, 4L, 5L), lines.stream().map(JsonLinesTest::line).toList());
        ReadProblem unknown = lines.get(1).problems().get(0);
        assertEquals(ReadProblem.UNKNOWN_FIELD, unknown.rule());
        assertEquals("/colour", unknown.path());
        assertEquals(4, unknown.location().line());
        assertTrue(lines.get(2).problems().get(0).message().toLowerCase().contains("not valid utf-8"),
                lines.get(2).problems()::toString);
    }

    @Test
    void lfCrlfAndALoneCrEachEndALineAsEditorsCountThem() {
        String one = json.writeLine(generator.assessment(new Seed(1)));
        String bad = "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [], \"colour\": 1}";
        for (String end : List.of("\n", "\r\n", "\r")) {
            String text = one + end + one + end + bad + end + one;
            List<PeelDocument> lines = json.read(text.getBytes(StandardCharsets.UTF_8), "x.jsonl").toList();
            assertEquals(List.of(1L, 2L, 3L, 4L), lines.stream().map(JsonLinesTest::line).toList(), () -> "ends " + end.replace("\r", "CR").replace("\n", "LF"));
            assertEquals(3, lines.stream().filter(PeelDocument::isClean).count());
            assertEquals(Location.of(3, 63), lines.get(2).problems().get(0).location(), "located on its own line");
        }
        // a CR at the end of one read chunk and its LF at the start of the next are one line end
        StringBuilder big = new StringBuilder();
        while (big.length() < 200_000) {
            big.append(one).append("\r\n");
        }
        long expected = big.toString().split("\r\n").length;
        assertEquals(expected, json.read(big.toString().getBytes(StandardCharsets.UTF_8), "big.jsonl").filter(PeelDocument::isClean).count());
    }

    @Test
    void writeLinesThenReadLinesGivesTheSameAssessments() {
        List<Assessment> assessments = generator.assessments(new Seed(7), 200).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(assessments, out);
        List<Assessment> read = json.read(new ByteArrayInputStream(out.toByteArray()), "mem.jsonl")
                .map(l -> l.assessment().orElseThrow()).toList();
        assertEquals(assessments, read);
        assertEquals(200, out.toString(StandardCharsets.UTF_8).lines().count(), "one line per assessment");
    }

    @Test
    void streamingIsLazy() {
        // an endless input: only what is consumed is read
        java.io.InputStream endless = new java.io.InputStream() {
            private final byte[] line = (json.writeLine(generator.assessment(new Seed(3))) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            private int i;

            @Override
            public int read() {
                return line[i++ % line.length];
            }
        };
        assertEquals(1000, json.read(endless, "endless").limit(1000).filter(PeelDocument::isClean).count());
    }
}
