package org.peelkit.benchmarks;

/**
 * Prints the size of the benchmark dataset, to turn the JMH times into MB/s:
 * {@code java -cp benchmarks/target/benchmarks.jar org.peelkit.benchmarks.DocumentSize 10000}.
 */
public final class DocumentSize {

    private DocumentSize() {
    }

    /** @param args the number of assessments */
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        BenchmarkData data = BenchmarkData.of(n);
        System.out.println("dataset: " + n + " assessments, " + data.json().length + " bytes of PEEL JSON");
    }
}
