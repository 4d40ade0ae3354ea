package org.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10 items 8 and 9, run as a user runs them: {@code peel validate} in a child JVM with
 * {@code -Xmx64m}. Findings are streamed, so 200,000 bad JSON Lines (400,000 findings) fit; input
 * past the command's bounds (a document or line of more than an eighth of the heap, endless
 * devices) ends with one message and exit 2, never a stack trace or an endless run.
 */
class LargeInputTest {

    /** A JSON Lines record with exactly two findings: an unknown field (PEEL-018) and an unknown grade (PEEL-019). */
    static final String BAD_LINE = "{\"force\":\"kent\",\"cycle\":\"2016\",\"partial\":true,\"judgments\":"
            + "[{\"question\":\"efficiency\",\"grade\":\"satisfactory\"}],\"colour\":1}";

    @TempDir
    Path dir;

    private record Run(int status, Path out, String err) {
    }

    private Run peel(String... args) throws IOException, InterruptedException {
        return peelWithHeap("-Xmx64m", args);
    }

    private Run peelWithHeap(String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), PeelCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "peel ended");
        return new Run(p.exitValue(), out, err);
    }

    private Path badLines(int count) throws IOException {
        Path file = dir.resolve("bad.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < count; i++) {
                w.write(BAD_LINE);
                w.write('\n');
            }
        }
        return file;
    }

    private static void assertOneMessageAndNoStackTrace(Run r) {
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("peel: "), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("Error:"), r.err());
    }

    @Test
    void twoHundredThousandBadJsonLinesAreStreamedAsTextUnderASmallHeap() throws Exception {
        Run r = peel("validate", badLines(200_000).toString());
        assertEquals(PeelCommand.ERRORS, r.status(), r.err());
        assertEquals("", r.err());
        long findings = 0;
        String last = null;
        String first = null;
        try (BufferedReader in = Files.newBufferedReader(r.out())) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                first = first == null ? line : first;
                findings += line.contains(": error PEEL-01") ? 1 : 0;
                last = line;
            }
        }
        assertEquals(400_000, findings, "two findings per line, none lost");
        assertTrue(first.contains("bad.jsonl:1:") && first.contains("PEEL-019"), first);
        assertEquals("peel: 1 file, 200,000 assessments: 400,000 errors, 0 warnings: invalid".replace(",", ""), last.replace(",", ""));
    }

    @Test
    void twoHundredThousandBadJsonLinesAreStreamedAsOneJsonObjectUnderASmallHeap() throws Exception {
        Run r = peel("validate", "--format", "json", badLines(200_000).toString());
        assertEquals(PeelCommand.ERRORS, r.status(), r.err());
        long findings = 0;
        long lastLine = 0;
        boolean inOrder = true;
        java.util.Map<String, Object> counts = new java.util.HashMap<>();
        try (JsonParser p = JsonMapper.builder().build().createParser(Files.newInputStream(r.out()))) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("findings")) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        tools.jackson.databind.JsonNode f = p.readValueAsTree();
                        findings++;
                        inOrder &= f.get("line").asLong() >= lastLine;
                        lastLine = f.get("line").asLong();
                    }
                } else if (value.isScalarValue()) {
                    counts.put(name, p.getText());
                } else {
                    p.skipChildren();
                }
            }
        }
        assertEquals(400_000, findings);
        assertTrue(inOrder, "findings in input order");
        assertEquals(java.util.Map.of("valid", "false", "errors", "400000", "warnings", "0", "files", "1",
                "assessments", "200000"), counts);
    }

    @Test
    void jsonOutputPutsTheFindingsFirstAndTheCountsAfterThemAsTheReadmeSays() throws IOException {
        CommandRun r = CommandRun.of("validate", "--format", "json", "samples/broken.json");
        assertEquals(PeelCommand.ERRORS, r.status(), r::toString);
        List<String> names = new ArrayList<>();
        JsonMapper.builder().build().readTree(r.out()).propertyNames().forEach(names::add);
        assertEquals(List.of("findings", "unreadable", "valid", "errors", "warnings", "files", "assessments"), names);
        String readme = Files.readString(Path.of("..", "README.md"));
        assertTrue(readme.contains("`{\"findings\": [{\"file\", \"severity\", \"rule\", \"path\", \"line\", \"column\", "
                + "\"message\"}, ...], \"unreadable\": [{\"file\", \"line\", \"column\", \"message\"}, ...], \"valid\": false, "
                + "\"errors\": 7, \"warnings\": 1, \"files\": 1, \"assessments\": 1}`"), "the README shows this order");
        assertTrue(r.out().endsWith("\"valid\":false,\"errors\":7,\"warnings\":1,\"files\":1,\"assessments\":1}\n"), r.out());
    }

    @Test
    void aJsonLinesLineOfTwentyMegabytesIsPastTheBoundAndEndsWithOneMessage() throws Exception {
        Path file = dir.resolve("long.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((BAD_LINE + "\n{\"force\":\"kent\",\"cycle\":\"2016\",\"judgments\":[").getBytes(StandardCharsets.UTF_8));
            byte[] judgment = "{\"question\":\"efficiency\",\"grade\":\"good\"},".getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 20_000_000; n += judgment.length) {
                out.write(judgment);
            }
            out.write("{\"question\":\"efficiency\",\"grade\":\"good\"}]}\n".getBytes(StandardCharsets.UTF_8));
        }
        Run r = peel("validate", file.toString());
        assertEquals(PeelCommand.UNREADABLE, r.status(), r.err());
        assertOneMessageAndNoStackTrace(r);
        assertTrue(r.err().startsWith("peel: " + file + ":2:1: Line is longer than the limit of "), r.err());
        assertTrue(Files.readString(r.out()).contains(file + ":1:"), "the line before it was checked");
    }

    @Test
    void aDocumentOfThirtyMegabytesIsPastTheBoundAndEndsWithOneMessage() throws Exception {
        Path file = dir.resolve("big.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"peel\":\"1\",\"assessments\":[".getBytes(StandardCharsets.UTF_8));
            byte[] line = (BAD_LINE + ",").getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 30_000_000; n += line.length) {
                out.write(line);
            }
            out.write((BAD_LINE + "]}").getBytes(StandardCharsets.UTF_8));
        }
        Run r = peel("validate", file.toString());
        assertEquals(PeelCommand.UNREADABLE, r.status(), r.err());
        assertOneMessageAndNoStackTrace(r);
        assertTrue(r.err().contains("larger than the limit"), r.err());
    }

    @Test
    void runningOutOfMemoryAnywayIsOneMessageAndExitThree() throws Exception {
        // 1.2 MB, within the bound of an eighth of a 16 MiB heap, but 60,000 findings do not fit in it
        String judgment = "{\"question\":\"efficiency\",\"grade\":\"satisfactory\",\"colour\":1}";
        StringBuilder doc = new StringBuilder("{\"peel\":\"1\",\"force\":\"kent\",\"cycle\":\"2016\",\"judgments\":[");
        while (doc.length() < 1_200_000) {
            doc.append(judgment).append(',');
        }
        doc.append(judgment).append("]}");
        Path file = dir.resolve("many.json");
        Files.writeString(file, doc);
        Run r = peelWithHeap("-Xmx16m", "validate", file.toString());
        assertEquals(PeelCommand.FAULT, r.status(), r.err());
        assertOneMessageAndNoStackTrace(r);
        assertTrue(r.err().startsWith("peel: out of memory: "), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/zero", "/dev/urandom", "zero.jsonl", "urandom.jsonl"})
    void endlessDevicesEndWithOneMessage(String name) throws Exception {
        Path device = Path.of("/dev", name.replace(".jsonl", "").replace("/dev/", ""));
        Assumptions.assumeTrue(Files.exists(device), device + " exists on Linux");
        Path input = name.startsWith("/") ? device : Files.createSymbolicLink(dir.resolve(name), device);
        Run r = peel("validate", input.toString());
        assertEquals(PeelCommand.UNREADABLE, r.status(), r.err());
        assertOneMessageAndNoStackTrace(r);
        assertTrue(r.err().startsWith("peel: " + input), r.err());
    }
}
