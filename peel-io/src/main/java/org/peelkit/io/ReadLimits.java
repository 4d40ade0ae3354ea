package org.peelkit.io;

import tools.jackson.core.StreamReadConstraints;

/**
 * The limits reading enforces before anything is built, so that hostile input cannot exhaust
 * memory or stack. Input beyond them fails with {@link PeelReadException}.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>nesting depth</td><td>32 (PEEL JSON needs 5)</td></tr>
 *   <tr><td>string length</td><td>1,000,000 characters (text over 20,000 is reported by peel-rules)</td></tr>
 *   <tr><td>number length</td><td>100 characters</td></tr>
 *   <tr><td>field name length</td><td>1,000 characters</td></tr>
 *   <tr><td>document size</td><td>512 MiB (for JSON Lines: per line)</td></tr>
 * </table>
 *
 * <pre>{@code
 * PeelReader reader = PeelReader.withLimits(new ReadLimits(32, 5_000_000, 100, 1_000, 2L << 30));
 * }</pre>
 *
 * @param maxNestingDepth   deepest nesting of arrays and objects
 * @param maxStringLength   longest string value, in characters
 * @param maxNumberLength   longest number, in characters
 * @param maxNameLength     longest field name, in characters
 * @param maxDocumentLength largest document, in characters
 */
public record ReadLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, int maxNameLength,
                         long maxDocumentLength) {

    /**
     * Checks that every limit is at least 1: a misconfigured reader fails when it is configured,
     * not on the first document.
     *
     * @param maxNestingDepth   deepest nesting of arrays and objects
     * @param maxStringLength   longest string value, in characters
     * @param maxNumberLength   longest number, in characters
     * @param maxNameLength     longest field name, in characters
     * @param maxDocumentLength largest document, in characters
     * @throws IllegalArgumentException when a limit is zero or negative, naming it
     */
    public ReadLimits {
        positive("maxNestingDepth", maxNestingDepth);
        positive("maxStringLength", maxStringLength);
        positive("maxNumberLength", maxNumberLength);
        positive("maxNameLength", maxNameLength);
        positive("maxDocumentLength", maxDocumentLength);
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }

    /** The defaults above. */
    public static final ReadLimits DEFAULT = new ReadLimits(32, 1_000_000, 100, 1_000, 512L * 1024 * 1024);

    StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                .maxNumberLength(maxNumberLength)
                .maxNameLength(maxNameLength)
                .maxDocumentLength(maxDocumentLength)
                .build();
    }
}
