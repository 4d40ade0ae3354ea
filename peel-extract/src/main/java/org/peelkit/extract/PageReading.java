package org.peelkit.extract;

import java.util.List;
import java.util.Optional;
import org.peelkit.model.Cycle;
import org.peelkit.model.Finding;
import org.peelkit.model.Force;

/**
 * What one page gives: its force and cycle, its statements about questions, its dates, findings and
 * HM Inspector, and its notes. Pages of one force and cycle are assembled into one assessment.
 */
record PageReading(String source, Optional<PageIdentity.Found<Force>> force, Optional<PageIdentity.Found<Cycle>> cycle,
                   List<Statement> statements, List<Statement.Updated> updated, List<Located<Finding>> findings,
                   Optional<Located<String>> inspector, List<ExtractionNote> notes) {

    /** A value and its place. */
    record Located<T>(T value, String source, org.peelkit.io.Location at, String text) {
    }
}
