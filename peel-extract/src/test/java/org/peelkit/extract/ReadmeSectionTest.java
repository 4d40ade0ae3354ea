package org.peelkit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's section "Reading HMICFRS report text": its score table is true (its Java snippet is run by examples' ReadmeJavaSnippetsTest). */
class ReadmeSectionTest {

    private static final Path README = Path.of("..", "README.md");

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
}
