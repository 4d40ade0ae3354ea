package org.peelkit.model;


/**
 * The one way every message of peel prints a count: the number with its noun
 * in the right number, "1 assessment", "2 assessments". Stateless and thread-safe.
 *
 * <pre>{@code
 * Counted.of(1, "monitoring period");             // "1 monitoring period"
 * Counted.of(2, "judgment summary", "judgment summaries");  // "2 judgment summaries"
 * Counted.of(1, "finding", "is", "are");          // "1 finding is"
 * Counted.of(3, "judgment", "disagrees", "disagree");  // "3 judgments disagree"
 * }</pre>
 */
public final class Counted {

    private Counted() {
    }

    /**
     * @param n    a count
     * @param noun the noun in the singular; its plural adds "s"
     * @return e.g. "1 column", "7 columns"
     */
    public static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    /**
     * @param n    a count
     * @param one  the words for one
     * @param many the words for any other number
     * @return e.g. "1 judgment summary", "2 judgment summaries"
     */
    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * @param n        a count
     * @param noun     the noun in the singular; its plural adds "s"
     * @param verbOne  the verb for one
     * @param verbMany the verb for any other number
     * @return e.g. "1 finding is", "2 findings are"
     */
    public static String of(long n, String noun, String verbOne, String verbMany) {
        return of(n, noun) + " " + (n == 1 ? verbOne : verbMany);
    }
}
