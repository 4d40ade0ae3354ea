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
                + "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [], \"colour\": \"blue\"}\r\n";
        List<PeelDocument> lines = json.read(text.getBytes(StandardCharsets.UTF_8), "x.jsonl").toList();
        assertEquals(List.of(2L, 4L), lines.stream().map(JsonLinesTest::line).toList());
        ReadProblem unknown = lines.get(1).problems().get(0);
        assertEquals(ReadProblem.UNKNOWN_FIELD, unknown.rule());
        assertEquals("/colour", unknown.path());
        assertEquals(4, unknown.location().line());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void inputThatIsNotUtf8IsNotJsonLinesAndReadingStopsAtItsLineAfterTheLinesBefore() {
        byte[] good = (json.writeLine(generator.assessment(new Seed(1))) + "\n{\"force\": 1}\n").getBytes(StandardCharsets.UTF_8);
        byte[] text = concat(good, "{\"force\": \"k\u00e9nt\"}\nmore\n".getBytes(StandardCharsets.ISO_8859_1));
        List<PeelDocument> before = new java.util.ArrayList<>();
        PeelReadException e = org.junit.jupiter.api.Assertions.assertThrows(PeelReadException.class,
                () -> json.read(text, "x.jsonl").forEach(before::add));
        assertEquals(2, before.size(), "the lines before it are read, a line that is merely not PEEL JSON included");
        assertEquals(java.util.Optional.of(Location.of(3, 13)), e.location(), e::getMessage);
        assertTrue(e.getMessage().contains("Not valid UTF-8 (byte 0xE9)") && e.getMessage().endsWith("reading stopped at this line"),
                e::getMessage);
    }

    @Test
    void aLineLongerThanTheLimitStopsReadingAtItsLineWithoutReadingItToItsEnd() {
        JsonLines small = JsonLines.withLimits(new ReadLimits(32, 1_000, 100, 1_000, 1_000));
        byte[] first = "{\"force\": \"kent\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        int[] served = {0};
        java.io.InputStream zeros = new java.io.InputStream() {  // a first line, then /dev/zero: a line without end
            @Override
            public int read() {
                return served[0] < first.length ? first[served[0]++] : 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < Math.min(len, 4096)) {
                    b[off + n++] = (byte) read();
                }
                return n;
            }
        };
        List<PeelDocument> before = new java.util.ArrayList<>();
        PeelReadException e = org.junit.jupiter.api.Assertions.assertThrows(PeelReadException.class,
                () -> small.read(zeros, "zero.jsonl").forEach(before::add));
        assertEquals(1, before.size());
        assertEquals(java.util.Optional.of(Location.ofLine(2)), e.location(), e::getMessage);
        assertTrue(e.reason().startsWith("Line is longer than the limit of 1000 bytes"), e::getMessage);
    }

    @Test
    void aFailureToReadIsReportedAtTheLineBeingRead() {
        byte[] first = (json.writeLine(generator.assessment(new Seed(1))) + "\n{\"force\"").getBytes(StandardCharsets.UTF_8);
        java.io.InputStream failing = new java.io.InputStream() {  // line 1 and part of line 2, then an I/O error
            private boolean served;

            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (served) {
                    throw new IOException("Input/output error");
                }
                served = true;
                System.arraycopy(first, 0, b, off, first.length);
                return first.length;
            }
        };
        List<PeelDocument> before = new java.util.ArrayList<>();
        PeelReadException e = org.junit.jupiter.api.Assertions.assertThrows(PeelReadException.class,
                () -> json.read(failing, "disk.jsonl").forEach(before::add));
        assertEquals(1, before.size());
        assertEquals("disk.jsonl:2:1: Cannot read: input/output error", e.getMessage());
        assertEquals(PeelReadException.Failure.CANNOT_OPEN, e.failure());
    }

    @Test
    void splitRecordsReadAsTheStreamReadsThem() {
        List<Assessment> assessments = generator.assessments(new Seed(9), 50).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(assessments, out);
        List<PendingDocument> pending = json.split(new ByteArrayInputStream(out.toByteArray()), "m.jsonl").toList();
        assertEquals(50, pending.size());
        assertEquals(out.size() - 50, pending.stream().mapToLong(PendingDocument::size).sum(), "each holds its line's bytes");
        assertEquals(assessments, pending.parallelStream().map(p -> p.read().assessment().orElseThrow()).toList());
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

    @Test
    void aLineOfExactlyTheLimitIsReadAndOneByteMoreStopsReadingAtItsLine() {
        String line = "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": []}";
        JsonLines limited = JsonLines.withLimits(new ReadLimits(32, 1_000, 100, 1_000, line.length()));
        assertEquals(List.of(true, true), limited.read((line + "\r\n" + line).getBytes(StandardCharsets.UTF_8), "x.jsonl")
                .map(PeelDocument::isClean).toList());
        List<PeelDocument> before = new java.util.ArrayList<>();
        PeelReadException e = org.junit.jupiter.api.Assertions.assertThrows(PeelReadException.class,
                () -> limited.read((line + "\r" + line + " \n" + line).getBytes(StandardCharsets.UTF_8), "x.jsonl").forEach(before::add));
        assertEquals("x.jsonl:2:1: Line is longer than the limit of " + line.length() + " bytes; reading stopped there", e.getMessage());
        assertEquals(1, before.size());
    }

    @Test
    void linesOfOnlySpacesAndTabsAreSkippedAndARecordThatIsNotJsonIsOneProblemAtItsLine() {
        String good = "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": []}";
        List<PeelDocument> records = json.read((" \t \n\t\n" + good + "\n  x\n").getBytes(StandardCharsets.UTF_8), "b.jsonl").toList();
        assertEquals(2, records.size(), records::toString);
        assertEquals(Location.ofLine(3), records.get(0).location("").orElseThrow());
        PeelDocument bad = records.get(1);
        assertEquals(List.of(new ReadProblem(ReadProblem.MALFORMED_VALUE, "", Location.of(4, 3),
                "Not readable as JSON: Unknown word 'x': expected a value (a string, number, object, array, true, false or null)")),
                bad.problems());
        assertEquals(PeelDocument.Shape.JSON_LINES_RECORD, bad.shape());
        assertEquals(java.util.Optional.empty(), bad.assessment());
        assertEquals(false, bad.isClean());
    }

    @Test
    void aRecordIsOneCompactLineWithoutTheFormatVersion() {
        Assessment a = Assessment.builder("kent", "2016").partial(true)
                .judgment(org.peelkit.model.Judgment.of("effectiveness", org.peelkit.model.Grade.GOOD)).build();
        assertEquals("{\"force\":\"kent\",\"cycle\":\"2016\",\"partial\":true,\"judgments\":[{\"question\":\"effectiveness\","
                + "\"grade\":\"good\"}]}", json.writeLine(a));
        java.io.StringWriter out = new java.io.StringWriter();
        json.write(List.of(a, a), out);
        assertEquals(json.writeLine(a) + "\n" + json.writeLine(a) + "\n", out.toString());
    }

    @Test
    void aLineStartingWithAByteThatIsNotUtf8StopsReading() {
        PeelReadException e = org.junit.jupiter.api.Assertions.assertThrows(PeelReadException.class,
                () -> json.read(new byte[] {'{', '}', '\n', (byte) 0xFF, '\n'}, "x.jsonl").toList());
        assertEquals("x.jsonl:2:1: Not valid UTF-8 (byte 0xFF): PEEL JSON is UTF-8; reading stopped at this line", e.getMessage());
        PeelReadException document = org.junit.jupiter.api.Assertions.assertThrows(PeelReadException.class,
                () -> PeelJson.standard().readDocument(new byte[] {(byte) 0xFF}, "x.json"));
        assertEquals("x.json:1:1: Not valid UTF-8 (byte 0xFF): PEEL JSON is UTF-8", document.getMessage());
    }
}
