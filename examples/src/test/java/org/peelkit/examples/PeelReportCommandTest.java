package org.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code peel report} without a browser: where the page goes, and what happens with bad input. */
class PeelReportCommandTest {

    @Test
    void withNoOutputFileThePageGoesToStandardOutput() {
        CommandRun run = CommandRun.of("report");
        assertEquals(PeelCommand.OK, run.status(), run.err());
        assertTrue(run.out().startsWith("<!DOCTYPE html>"), "the page on standard output");
        assertTrue(run.out().contains("Drawn from:") && run.out().contains(Inputs.BUNDLED), "the bundled dataset");
        assertEquals("", run.err(), "nothing on standard error");
    }

    @Test
    void aFileThatCannotBeReadIsOneLocatedMessage() {
        CommandRun run = CommandRun.of("report", "target/no-such-file.json", "-o", "target/never.html");
        assertEquals(PeelCommand.UNREADABLE, run.status(), run.err());
        assertTrue(run.err().startsWith("peel: ") && run.err().contains("no-such-file.json"), run.err());
        assertTrue(run.noStackTrace(), run.err());
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneMessage() {
        CommandRun run = CommandRun.of("report", "-o", "target/no-such-dir/x/report.html");
        assertEquals(PeelCommand.UNREADABLE, run.status(), run.err());
        assertTrue(run.err().startsWith("peel: cannot write target/no-such-dir/x/report.html"), run.err());
        assertTrue(run.noStackTrace(), run.err());
    }

    @Test
    void dataWithErrorsIsDrawnWithItsFindingsLocatedAtTheTop() throws IOException {
        Path broken = Path.of("samples", "broken.json");
        Path page = Path.of("target", "broken.html");
        CommandRun run = CommandRun.of("report", broken.toString(), "-o", page.toString());
        assertEquals(PeelCommand.ERRORS, run.status(), run.err());
        assertTrue(run.err().contains("errors, listed at the top of the page"), run.err());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        int findings = html.indexOf("id=\"validation\"");
        int charts = html.indexOf("id=\"cycles\"");
        assertTrue(findings >= 0 && findings < charts, "the findings come before the charts");
        assertTrue(html.contains("<td class=\"where\">samples/broken.json:8:44</td>"), "a finding with file, line and column");
        assertTrue(html.contains("PEEL-003"), "the rule");
    }

    @Test
    void withoutABrowserTheTestsNameTheInstallCommand() {
        assertTrue(Chromium.missing(Path.of("/nonexistent/chromedriver"), Path.of("/nonexistent/chromium")).orElseThrow()
                .contains("apt-get install -y chromium chromium-driver"));
        assertTrue(Chromium.isCi("true"));
        assertFalse(Chromium.isCi(null));
    }
}
