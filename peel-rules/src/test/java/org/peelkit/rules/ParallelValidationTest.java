package org.peelkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.peelkit.io.JsonLines;
import org.peelkit.io.PeelDocument;
import org.peelkit.io.PendingDocument;

/**
 * {@link ParallelValidation}'s batches and back pressure, on records that all have findings. A
 * batch closes at 64 KiB of records or at 256 records; the caller's thread hands batches to the
 * workers while the batches not yet handed to the sink hold no more than the budget (the first
 * always goes), and otherwise waits, taking no more records, until the oldest batch's findings are
 * out. So how many records have been taken from the input when a finding reaches the sink follows
 * from the sizes of the records and the budget alone, whatever the threads do.
 */
class ParallelValidationTest {

    private static final JsonLines LINES = JsonLines.standard();
    private static final PeelValidator VALIDATOR = PeelValidator.standard();
    private static final long KIB = 1024;

    /**
     * {@code count} JSON Lines records of exactly {@code size} bytes each (the line end not counted),
     * each with findings (an unknown force) located on its line.
     */
    private static byte[] records(int count, int size) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String head = "{\"force\": \"gotham\", \"cycle\": \"2021-22\", \"partial\": true, \"judgments\": [], \"inspector\": \"";
            String tail = "\"}";
            text.append(head).append("x".repeat(size - head.length() - tail.length())).append(tail).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What a run gave: the findings in sink order, and the records taken from the input when each reached the sink. */
    private record Run(List<ValidationFinding> findings, List<Integer> takenAtEach, ValidationSummary summary,
                       Map<ValidationFinding, Boolean> checkedOnCaller) {

        /** @return for each record's line, the records taken when its findings reached the sink (a record has one value) */
        Map<Long, Integer> takenByLine() {
            Map<Long, Integer> byLine = new TreeMap<>();
            for (int i = 0; i < findings.size(); i++) {
                long line = findings.get(i).location().orElseThrow().line();
                Integer before = byLine.put(line, takenAtEach.get(i));
                if (before != null && !before.equals(takenAtEach.get(i))) {
                    throw new AssertionError("the findings of line " + line + " reached the sink at different times");
                }
            }
            return byLine;
        }

        /** @return the lines whose records were checked on the caller's thread */
        List<Long> linesCheckedOnCaller() {
            return findings.stream().filter(checkedOnCaller::get).map(f -> f.location().orElseThrow().line()).distinct().toList();
        }
    }

    private static Run run(byte[] text, int threads, long budget) {
        return run(text, threads, budget, d -> VALIDATOR.validate(d).findings());
    }

    private static Run run(byte[] text, int threads, long budget, Function<PeelDocument, List<ValidationFinding>> check) {
        Iterator<PendingDocument> split = LINES.split(new ByteArrayInputStream(text), "x.jsonl").iterator();
        int[] taken = {0};
        Iterator<PendingDocument> counted = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return split.hasNext();
            }

            @Override
            public PendingDocument next() {
                taken[0]++;
                return split.next();
            }
        };
        Thread caller = Thread.currentThread();
        Map<ValidationFinding, Boolean> onCaller = new ConcurrentHashMap<>();
        List<ValidationFinding> findings = new ArrayList<>();
        List<Integer> takenAtEach = new ArrayList<>();
        ValidationSummary summary = new ParallelValidation(d -> {
            List<ValidationFinding> found = check.apply(d);
            found.forEach(f -> onCaller.put(f, Thread.currentThread() == caller));
            return found;
        }, threads, budget).run(counted, "x.jsonl", f -> {
            findings.add(f);
            takenAtEach.add(taken[0]);
        });
        return new Run(findings, takenAtEach, summary, onCaller);
    }

    /** Asserts that the run gave the findings and summary of one thread reading the records one after the other. */
    private static void assertSameAsOneThread(byte[] text, int records, Run run) {
        List<ValidationFinding> one = new ArrayList<>();
        ValidationSummary summary = VALIDATOR.validate(LINES.read(text, "x.jsonl"), "x.jsonl", one::add);
        assertTrue(one.size() >= records, "every record has findings: " + one.size());
        assertEquals(one, run.findings(), "the findings of one thread, in input order");
        assertEquals(summary, run.summary());
    }

    /**
     * @param lastLineAndTaken pairs: the records up to this line reached the sink when this many records were taken
     * @return line to the records taken when its findings reached the sink
     */
    private static Map<Long, Integer> handedOut(int records, int... lastLineAndTaken) {
        Map<Long, Integer> byLine = new TreeMap<>();
        int k = 0;
        for (long line = 1; line <= records; line++) {
            if (line > lastLineAndTaken[k]) {
                k += 2;
            }
            byLine.put(line, lastLineAndTaken[k + 1]);
        }
        return byLine;
    }

    private static List<Long> lines(long first, long last) {
        return java.util.stream.LongStream.rangeClosed(first, last).boxed().toList();
    }

    @Test
    void aBatchClosesAtSixtyFourKibibytesAndOneWaitsWhileTheBudgetIsSpent() {
        byte[] text = records(200, 1024); // 64 records are 64 KiB exactly
        Run run = run(text, 2, 1);
        assertSameAsOneThread(text, 200, run);
        assertEquals(handedOut(200, 64, 128, 128, 192, 200, 200), run.takenByLine(),
                "records 1-64 go out when the second batch is taken, 65-128 when the third, the rest after the end");
        assertEquals(lines(193, 200), run.linesCheckedOnCaller(),
                "the last batch, taken when no other is in flight, is checked on the caller's thread; the others on workers");
    }

    @Test
    void aBatchClosesAtTwoHundredAndFiftySixRecords() {
        byte[] text = records(600, 128); // 256 records are 32 KiB
        Run run = run(text, 2, 1);
        assertSameAsOneThread(text, 600, run);
        assertEquals(handedOut(600, 256, 512, 600, 600), run.takenByLine());
        assertEquals(lines(513, 600), run.linesCheckedOnCaller());
    }

    @Test
    void batchesGoOutWhileTheyHoldNoMoreThanTheBudget() {
        byte[] text = records(320, 1024);
        Run run = run(text, 3, 128 * KIB); // two batches exactly
        assertSameAsOneThread(text, 320, run);
        assertEquals(handedOut(320, 64, 192, 128, 256, 320, 320), run.takenByLine(),
                "two batches in flight and a third waiting");
        assertEquals(List.of(), run.linesCheckedOnCaller());
    }

    @Test
    void withTheBudgetNeverSpentEveryRecordIsTakenBeforeTheFirstFindingAndCheckedOnAWorker() {
        byte[] text = records(200, 1024);
        Run run = run(text, 2, 64L << 20);
        assertSameAsOneThread(text, 200, run);
        assertEquals(handedOut(200, 200, 200), run.takenByLine());
        assertEquals(List.of(), run.linesCheckedOnCaller());
    }

    @Test
    void oneRecordIsCheckedOnTheCallersThread() {
        byte[] text = records(1, 1024);
        Run run = run(text, 2, 64L << 20);
        assertSameAsOneThread(text, 1, run);
        assertEquals(List.of(1L), run.linesCheckedOnCaller(), "no worker is needed for one batch");
    }

    @Test
    void noRecordsGiveNoFindings() {
        Run run = run(new byte[0], 2, 64L << 20);
        assertEquals(List.of(), run.findings());
        assertEquals(new ValidationSummary("x.jsonl", 0, 0, 0, 0), run.summary());
    }

    /**
     * Checks 200 records of 1 KiB (batches of 64) with a budget of one byte, the check of line 100,
     * in the second batch, throwing.
     *
     * @return the lines whose findings reached the sink before the throw reached the caller
     */
    private static List<Long> linesOutBeforeThrowingAtLine100(Throwable throwing) {
        List<ValidationFinding> out = new ArrayList<>();
        Throwable thrown = assertThrows(Throwable.class, () -> new ParallelValidation(d -> {
            List<ValidationFinding> found = VALIDATOR.validate(d).findings();
            if (found.get(0).location().orElseThrow().line() == 100) {
                if (throwing instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) throwing;
            }
            return found;
        }, 2, 1).run(LINES.split(new ByteArrayInputStream(records(200, 1024)), "x.jsonl").iterator(), "x.jsonl", out::add));
        assertSame(throwing, thrown, "the caller gets what was thrown, itself");
        return out.stream().map(f -> f.location().orElseThrow().line()).distinct().toList();
    }

    @Test
    void aFailureCheckingARecordReachesTheCallerAfterTheFindingsBeforeIt() {
        assertEquals(lines(1, 99), linesOutBeforeThrowingAtLine100(new IllegalStateException("line 100")));
    }

    /** An error (such as running out of stack) on a worker reaches the caller as itself, not wrapped. */
    @Test
    void anErrorOnAWorkerReachesTheCallerAsItself() {
        assertEquals(lines(1, 64), linesOutBeforeThrowingAtLine100(new StackOverflowError("line 100")),
                "the first batch's findings, before the batch that failed");
    }
}
