package org.peelkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.peelkit.io.JsonLines;
import org.peelkit.io.PeelReadException;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;

/**
 * Issue 10 item 8 and issue 14 measure 4: findings streamed to a sink give what the report gives,
 * and validation on several threads gives the same findings in the same (input) order.
 */
class StreamingValidationTest {

    private static final JsonLines LINES = JsonLines.standard();

    /** 1,500 JSON Lines: every third with an unknown field and an unknown grade, every 500th not JSON. */
    private static byte[] jsonLines() {
        StringBuilder text = new StringBuilder();
        PeelGenerator.builtIn().assessments(new Seed(14), 1_500).forEach(a -> {
            String line = LINES.writeLine(a);
            int n = text.length() % 3;
            if (n == 0) {
                line = line.replaceFirst("\\{", "{\"colour\": 1, ").replaceFirst("\"grade\":\"good\"", "\"grade\":\"satisfactory\"");
            }
            text.append(line).append('\n');
            if (text.length() % 500 == 0) {
                text.append("{\"force\": \n");
            }
        });
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSinkGetsWhatTheReportHoldsAndTheSummaryCountsThem() {
        byte[] text = jsonLines();
        ValidationReport report = PeelValidator.standard().validate(LINES.read(text, "x.jsonl"), "x.jsonl");
        List<ValidationFinding> sunk = new ArrayList<>();
        ValidationSummary summary = PeelValidator.standard().validate(LINES.read(text, "x.jsonl"), "x.jsonl", sunk::add);
        assertTrue(report.findings().size() > 500, "the data has many findings: " + report.findings().size());
        assertEquals(report.findings(), sunk);
        assertEquals(new ValidationSummary("x.jsonl", report.assessments(), report.errors().size(),
                report.warnings().size(), 0), summary);
        assertEquals(report.isValid(), summary.isValid());
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 3, 8})
    void onSeveralThreadsTheFindingsAreTheSameAndInInputOrder(int threads) {
        byte[] text = jsonLines();
        List<ValidationFinding> one = new ArrayList<>();
        ValidationSummary sequential = PeelValidator.standard().validate(LINES.read(text, "x.jsonl"), "x.jsonl", one::add);
        List<ValidationFinding> many = new ArrayList<>();
        ValidationSummary parallel = PeelValidator.standard().validateInParallel(LINES.split(new java.io.ByteArrayInputStream(text),
                "x.jsonl"), "x.jsonl", threads, many::add);
        assertEquals(one.size(), many.size());
        assertEquals(one, many, "the same findings in the same order");
        assertEquals(sequential, parallel);
    }

    @Test
    void aFailurePartWayReachesTheCallerAfterEveryFindingBeforeIt() {
        byte[] good = jsonLines();
        byte[] latin1 = "{\"x\": \"\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] text = Arrays.copyOf(good, good.length + latin1.length);
        System.arraycopy(latin1, 0, text, good.length, latin1.length);
        List<ValidationFinding> one = new ArrayList<>();
        PeelReadException first = assertThrows(PeelReadException.class,
                () -> PeelValidator.standard().validate(LINES.read(text, "x.jsonl"), "x.jsonl", one::add));
        List<ValidationFinding> many = new ArrayList<>();
        PeelReadException second = assertThrows(PeelReadException.class, () -> PeelValidator.standard()
                .validateInParallel(LINES.split(new java.io.ByteArrayInputStream(text), "x.jsonl"), "x.jsonl", 2, many::add));
        assertEquals(PeelValidator.standard().validate(LINES.read(good, "x.jsonl"), "x.jsonl").findings(), many,
                "every finding of the lines before the unreadable one");
        assertEquals(one, many);
        assertEquals(first.getMessage(), second.getMessage());
        assertTrue(second.getMessage().contains("Not valid UTF-8"), second::getMessage);
    }

    /** The README's streaming snippets ("Validating"), as written there, on a file of 1,500 lines. */
    @Test
    void theReadmeSnippetsStreamTheFindingsOfAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path path = dir.resolve("grades.jsonl");
        java.nio.file.Files.write(path, jsonLines());
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream second = new java.io.ByteArrayOutputStream();
        ValidationSummary one;
        ValidationSummary two;
        try {
            System.setOut(new java.io.PrintStream(first, true, StandardCharsets.UTF_8));
            try (java.util.stream.Stream<org.peelkit.io.PeelDocument> documents = org.peelkit.io.PeelReader.standard().read(path)) {
                ValidationSummary summary = PeelValidator.standard().validate(documents, path.toString(), System.out::println);
                one = summary;
            }
            System.setOut(new java.io.PrintStream(second, true, StandardCharsets.UTF_8));
            try (java.util.stream.Stream<org.peelkit.io.PendingDocument> documents = org.peelkit.io.PeelReader.standard().split(path)) {
                ValidationSummary summary = PeelValidator.standard().validateInParallel(documents, path.toString(), System.out::println);
                two = summary;
            }
        } finally {
            System.setOut(stdout);
        }
        assertEquals(one, two);
        assertEquals(one.errors() + one.warnings(), first.toString(StandardCharsets.UTF_8).lines().count());
        assertEquals(first.toString(StandardCharsets.UTF_8), second.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSinkThatFailsStopsTheWork() {
        RuntimeException full = new IllegalStateException("full");
        int[] taken = {0};
        RuntimeException thrown = assertThrows(IllegalStateException.class, () -> PeelValidator.standard().validateInParallel(
                LINES.split(new java.io.ByteArrayInputStream(jsonLines()), "x.jsonl"), "x.jsonl", 2, f -> {
                    if (++taken[0] == 10) {
                        throw full;
                    }
                }));
        assertEquals(full, thrown);
        assertEquals(10, taken[0], "nothing reaches the sink after it failed");
    }
}
