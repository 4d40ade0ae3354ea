package org.peelkit.examples;

import org.peelkit.io.Location;
import org.peelkit.rules.ValidationFinding;

/**
 * A finding as the command prints it in text: {@code FILE:LINE:COLUMN: SEVERITY RULE PATH MESSAGE},
 * always one line, with every control character of the data shown escaped.
 *
 * <pre>{@code
 * FindingLine.of("data.json", finding);  // data.json:9:41: error PEEL-019 /judgments/1/grade Unknown grade ...
 * }</pre>
 */
final class FindingLine {

    private FindingLine() {
    }

    static String of(String source, ValidationFinding f) {
        return TerminalText.escape(source + ":" + f.location().map(Location::toString).orElse("-:-") + ": " + f.severity().id() + " "
                + f.rule() + " " + Inputs.pointer(f.path()) + " " + f.message());
    }
}
