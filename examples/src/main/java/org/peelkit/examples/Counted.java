package org.peelkit.examples;

/**
 * A number with its noun in the right number: "1 assessment", "2 assessments".
 *
 * <pre>{@code
 * Counted.of(1, "monitoring period");             // "1 monitoring period"
 * Counted.of(2, "cell starts", "cells start");    // "2 cells start"
 * Counted.of(1, "finding", "is", "are");          // "1 finding is"
 * }</pre>
 */
final class Counted {

    private Counted() {
    }

    static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String of(long n, String noun, String verbOne, String verbMany) {
        return of(n, noun) + " " + (n == 1 ? verbOne : verbMany);
    }
}
