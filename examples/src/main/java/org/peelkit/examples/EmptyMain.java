package org.peelkit.examples;

/**
 * A main that does nothing, in the same jar as the command: the floor of the cold-start benchmark
 * ({@code java -cp examples/target/peel.jar org.peelkit.examples.EmptyMain}).
 */
public final class EmptyMain {

    private EmptyMain() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        // nothing: the JVM's own start is the floor
    }
}
