package org.peelkit.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.peelkit.io.PeelDocument;
import org.peelkit.io.PendingDocument;

/**
 * Reads and validates documents on several worker threads while the caller's thread splits the
 * input and hands the findings to the sink in input order. Documents go to the workers in batches;
 * the bytes of the batches not yet handed out are bounded (back pressure: splitting waits while the
 * budget is spent), so memory does not grow with the input or its findings. A failure (a document
 * that is not readable, input that cannot be split further, a sink that fails) reaches the caller
 * after every finding before it, in order. Input that fits in one batch (a single document) is
 * checked on the caller's thread, with no worker started. One per call; not thread-safe.
 */
final class ParallelValidation {

    /** A batch closes at this many bytes of documents ... */
    private static final long BATCH_BYTES = 64 * 1024;
    /** ... or this many documents. */
    private static final int BATCH_DOCUMENTS = 256;

    /** What a worker made of one batch: the findings and counts of the documents it checked, then its failure, if any. */
    private record Checked(long assessments, List<ValidationFinding> findings, RuntimeException failure) {
    }

    private static final class Batch {
        private List<PendingDocument> documents = new ArrayList<>();
        private long bytes;
        private CompletableFuture<Checked> checked;
    }

    private final Function<PeelDocument, List<ValidationFinding>> check;
    private final int threads;
    private final long budget;

    /**
     * @param check   validates one document (thread-safe)
     * @param threads how many worker threads read and validate
     * @param budget  the bytes of documents split but not yet handed to the sink, at most (one batch may exceed it alone)
     */
    ParallelValidation(Function<PeelDocument, List<ValidationFinding>> check, int threads, long budget) {
        this.check = check;
        this.threads = threads;
        this.budget = budget;
    }

    ValidationSummary run(Iterator<PendingDocument> documents, String source, Consumer<? super ValidationFinding> sink) {
        ExecutorService workers = null;
        try {
            ValidationSummary.Counter counter = new ValidationSummary.Counter();
            ArrayDeque<Batch> inFlight = new ArrayDeque<>();
            long bytes = 0;
            boolean ended = false;
            RuntimeException splitting = null;
            Batch waiting = null;
            while (true) {
                while (true) {
                    if (waiting == null && !ended) {
                        waiting = new Batch();
                        try {
                            ended = !fill(waiting, documents);
                        } catch (RuntimeException e) {
                            splitting = e; // thrown in its turn, after the findings before it
                            ended = true;
                        }
                        if (waiting.documents.isEmpty()) {
                            waiting = null;
                        }
                    }
                    if (waiting == null || !inFlight.isEmpty() && bytes + waiting.bytes > budget) {
                        break; // the end, or back pressure: hand out findings first
                    }
                    Batch b = waiting;
                    if (ended && inFlight.isEmpty()) {
                        b.checked = CompletableFuture.completedFuture(check(b)); // all there is: no thread needed
                    } else {
                        workers = workers != null ? workers : workers();
                        ExecutorService on = workers;
                        b.checked = CompletableFuture.supplyAsync(() -> check(b), on);
                    }
                    inFlight.add(b);
                    bytes += b.bytes;
                    waiting = null;
                }
                Batch head = inFlight.poll();
                if (head == null) {
                    break;
                }
                Checked done = join(head.checked);
                counter.assessments(done.assessments());
                for (ValidationFinding f : done.findings()) {
                    counter.count(f);
                    sink.accept(f);
                }
                if (done.failure() != null) {
                    throw done.failure();
                }
                bytes -= head.bytes;
            }
            if (splitting != null) {
                throw splitting;
            }
            return counter.summary(source);
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
    }

    private ExecutorService workers() {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "peel-validate-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Takes documents into a batch until it is full; returns false when the input has ended. */
    private static boolean fill(Batch batch, Iterator<PendingDocument> documents) {
        while (batch.bytes < BATCH_BYTES && batch.documents.size() < BATCH_DOCUMENTS) {
            if (!documents.hasNext()) {
                return false;
            }
            PendingDocument d = documents.next();
            batch.documents.add(d);
            batch.bytes += d.size();
        }
        return true;
    }

    private Checked check(Batch batch) {
        List<ValidationFinding> findings = new ArrayList<>();
        long assessments = 0;
        RuntimeException failure = null;
        try {
            for (PendingDocument pending : batch.documents) {
                PeelDocument d = pending.read();
                assessments += d.dataset().assessments().size();
                findings.addAll(check.apply(d));
            }
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            batch.documents = null; // the bytes may go before the findings are handed out
        }
        return new Checked(assessments, findings, failure);
    }

    private static Checked join(CompletableFuture<Checked> checked) {
        try {
            return checked.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
