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

    private final PeelJson json = PeelJson.standard();
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
        List<JsonLine> lines;
        try (Stream<JsonLine> stream = json.readLines(file)) {
            lines = stream.toList();
        }
        assertEquals(10, lines.size());
        List<Assessment> good = lines.stream().filter(l -> l.result().isClean())
                .map(l -> l.result().value().orElseThrow()).toList();
        assertEquals(assessments, good, "every good line, in order");
        JsonLine bad = lines.get(5);
        assertEquals(6, bad.number());
        assertEquals(1, bad.result().problems().size());
        ReadProblem p = bad.result().problems().get(0);
        assertEquals(6, p.line(), "the problem carries the file's line");
        assertTrue(p.column() > 1, p::toString);
        assertTrue(p.message().startsWith("Not readable as JSON"), p.message());
        assertEquals(7, lines.get(6).number());
    }

    @Test
    void problemsInsideALineCarryTheFilesLineNumbersAndCrlfAndBlankLinesAreFine() {
        String text = "\r\n" + json.writeLine(generator.assessment(new Seed(1))) + "\r\n\r\n"
                + "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [], \"colour\": \"blue\"}\r\n"
                + "\u00ff\u00fe not utf-8\n";
        List<JsonLine> lines = json.readLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), "x.jsonl")
                .toList();
        assertEquals(List.of(2L, 4L, 5L), lines.stream().map(JsonLine::number).toList());
        ReadProblem unknown = lines.get(1).result().problems().get(0);
        assertEquals(ReadProblem.UNKNOWN_FIELD, unknown.rule());
        assertEquals("/colour", unknown.path());
        assertEquals(4, unknown.line());
        assertTrue(lines.get(2).result().problems().get(0).message().toLowerCase().contains("not valid utf-8"),
                lines.get(2).result().problems()::toString);
    }

    @Test
    void writeLinesThenReadLinesGivesTheSameAssessments() {
        List<Assessment> assessments = generator.assessments(new Seed(7), 200).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeLines(assessments, out);
        List<Assessment> read = json.readLines(new ByteArrayInputStream(out.toByteArray()), "mem.jsonl")
                .map(l -> l.result().value().orElseThrow()).toList();
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
        assertEquals(1000, json.readLines(endless, "endless").limit(1000).filter(l -> l.result().isClean()).count());
    }
}
