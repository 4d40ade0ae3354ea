package org.peelkit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;

/** The README's section "Reading HMICFRS report text": its score table and its Java snippet are true. */
class ReadmeSectionTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path REPORTS = Path.of(System.getProperty("peel.shared", "../../shared")).resolve("reports");

    private static String section() throws Exception {
        String all = Files.readString(README);
        int from = all.indexOf("## Reading HMICFRS report text");
        return all.substring(from, all.indexOf("\n## ", from + 1));
    }

    @Test
    void theScoreTableIsTheOneTheScoreTestPrints() throws Exception {
        String s = section();
        String start = "<!-- score table: DevelopmentSetScoreTest -->\n";
        String table = s.substring(s.indexOf(start) + start.length(), s.indexOf("<!-- end score table -->"));
        assertEquals(DevelopmentSetScoreTest.table(DevelopmentSetScoreTest.score()).strip(), table.strip());
    }

    @Test
    void theJavaSnippetSaysWhatTheExtractorGives() throws Exception {
        String s = section();
        ReportExtractor x = ReportExtractor.standard();
        Extraction e = x.extract(REPORTS.resolve("kent-2017.txt"));
        Judgment understanding = e.assessment().orElseThrow().judgment("efficiency/understanding-demand").orElseThrow();
        assertEquals(Optional.of(Grade.OUTSTANDING), understanding.grade());
        assertTrue(s.contains("// Optional[Judgment[question=efficiency/understanding-demand, grade=Optional[OUTSTANDING], ...]]"), s);
        Provenance p = e.provenanceOf("/judgments/0/status").orElseThrow();
        assertTrue(p.text().endsWith("is not yet graded."), p.text());
        assertTrue(s.contains("// " + p.at() + " (\"... is not yet graded.\")"), "README gives another place than " + p.at());
        List<Extraction> merged = x.extractAll(List.of(REPORTS.resolve("kent-2017.txt"), REPORTS.resolve("kent-2017-legitimacy.txt")),
                Hints.none());
        assertEquals(1, merged.size());
        assertTrue(s.contains("merged.size();") && s.contains("// 1: one force and cycle"), s);
        Extraction news = x.extract(REPORTS.resolve("kent-2021-22-news.txt"), Hints.none().withForce("kent").withCycle("2021-22"));
        assertEquals("kent", news.assessment().orElseThrow().force());
    }
}
