package org.peelkit.report;

import java.util.List;

/**
 * Everything the template draws, computed beforehand: the template only places values, and jte
 * escapes every one of them.
 *
 * <pre>{@code
 * Page page = new Page(title, sources, findings, errors, warnings, Mark.ALL, cycles, forces, notDrawn, version, catalogue);
 * }</pre>
 */
record Page(String title, List<String> sources, List<ReportFinding> findings, long errors, long warnings,
            List<Mark> legend, List<CycleSection> cycles, List<ForceSection> forces, List<String> notDrawn,
            String version, String catalogue) {
}
