package org.peelkit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peelkit.model.Assessment;
import org.peelkit.model.Judgment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.peelkit.testkit.SharedFiles;

/**
 * Scores the extractor on the development set ({@code ../shared/reports}: real page openings and
 * the judgments each states, in tiers) and prints precision and recall by tier. Every extracted
 * value must be listed (no wrong and no invented grade), tier A complete, tier B at least 90%,
 * force and cycle right in every page; each stated judgment left out must be explained by a note.
 */
class DevelopmentSetScoreTest {

    private static final Path REPORTS = SharedFiles.dir().resolve("reports");

    /** One page's result against its expected judgments. */
    record Score(String page, int[] stated, int[] found, List<String> wrong, List<String> left, boolean identity,
                 boolean explained) {
    }

    static List<Score> score() throws Exception {
        JsonNode expected = JsonMapper.builder().build().readTree(REPORTS.resolve("expected.json").toFile());
        List<Score> scores = new ArrayList<>();
        for (Map.Entry<String, JsonNode> page : expected.properties()) {
            if (page.getKey().startsWith("_")) {
                continue;
            }
            Extraction e = ReportExtractor.standard().extract(REPORTS.resolve(page.getKey() + ".txt"));
            Map<String, String[]> want = new LinkedHashMap<>();
            for (JsonNode j : page.getValue().get("judgments")) {
                want.put(j.get(0).asString(), new String[] {j.get(1).asString(), j.get(2).asString()});
            }
            int[] stated = new int[3];
            int[] found = new int[3];
            List<String> wrong = new ArrayList<>();
            List<String> left = new ArrayList<>();
            Assessment a = e.assessment().orElse(null);
            boolean identity = a != null && a.force().equals(page.getValue().get("force").asString())
                    && a.cycle().equals(page.getValue().get("cycle").asString());
            for (Map.Entry<String, String[]> w : want.entrySet()) {
                int tier = tier(w.getValue()[1]);
                stated[tier]++;
                String got = a == null ? null : a.judgment(w.getKey()).map(DevelopmentSetScoreTest::value).orElse(null);
                if (w.getValue()[0].equals(got)) {
                    found[tier]++;
                } else {
                    left.add(w.getKey() + " (tier " + w.getValue()[1] + ")");
                }
            }
            if (a != null) {
                for (Judgment j : a.judgments()) {
                    String[] w = want.get(j.question());
                    if (w == null || !w[0].equals(value(j))) {
                        wrong.add(j.question() + "=" + value(j) + (w == null ? " (invented)" : " (expected " + w[0] + ")"));
                    }
                }
            }
            boolean explained = e.notes().stream().anyMatch(n -> n.kind() == ExtractionNote.Kind.UNPLACED
                    || n.kind() == ExtractionNote.Kind.CONFLICT);
            scores.add(new Score(page.getKey(), stated, found, wrong, left, identity, explained));
            if (!left.isEmpty() || !wrong.isEmpty()) {
                System.out.println(page.getKey() + ": left " + left + " wrong " + wrong);
                e.notes().stream().filter(n -> n.kind() != ExtractionNote.Kind.MISSING)
                        .forEach(n -> System.out.println("   " + n.format()));
            }
        }
        return scores;
    }

    private static int tier(String t) {
        return switch (t) {
            case "A" -> 0;
            case "B" -> 1;
            default -> 2;
        };
    }

    private static String value(Judgment j) {
        return j.grade().map(g -> g.id()).orElseGet(() -> j.status().orElseThrow().id());
    }

    static String table(List<Score> scores) {
        int[] stated = new int[3];
        int[] found = new int[3];
        int extracted = 0;
        int wrong = 0;
        int identity = 0;
        for (Score s : scores) {
            for (int t = 0; t < 3; t++) {
                stated[t] += s.stated()[t];
                found[t] += s.found()[t];
            }
            wrong += s.wrong().size();
            identity += s.identity() ? 1 : 0;
        }
        extracted = found[0] + found[1] + found[2] + wrong;
        StringBuilder b = new StringBuilder();
        b.append("| tier | stated | extracted right | recall |\n|---|---|---|---|\n");
        String[] names = {"A (headlines, grade lines)", "B (grades in prose)", "opt (loosely supported)"};
        for (int t = 0; t < 3; t++) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f%% |%n", names[t], stated[t], found[t],
                    stated[t] == 0 ? 100.0 : 100.0 * found[t] / stated[t]));
        }
        b.append(String.format(Locale.ROOT, "%nprecision: %d of %d extracted judgments right (%.0f%%), %d wrong or invented;"
                        + " force and cycle right in %d of %d pages%n", extracted - wrong, extracted,
                extracted == 0 ? 100.0 : 100.0 * (extracted - wrong) / extracted, wrong, identity, scores.size()));
        return b.toString();
    }

    @Test
    void theDevelopmentSetIsReadWithNoWrongGradeAllHeadlinesAndNineTenthsOfProse() throws Exception {
        List<Score> scores = score();
        String table = table(scores);
        System.out.println(table);
        assertEquals(11, scores.size(), "the development set has 11 pages");
        for (Score s : scores) {
            assertTrue(s.identity(), s.page() + ": force or cycle not recognised");
            assertEquals(List.of(), s.wrong(), s.page() + ": wrong or invented judgments");
            assertTrue(s.left().isEmpty() || s.explained(), s.page() + ": " + s.left() + " left with no note saying why");
        }
        int stateA = scores.stream().mapToInt(s -> s.stated()[0]).sum();
        int foundA = scores.stream().mapToInt(s -> s.found()[0]).sum();
        int stateB = scores.stream().mapToInt(s -> s.stated()[1]).sum();
        int foundB = scores.stream().mapToInt(s -> s.found()[1]).sum();
        assertEquals(stateA, foundA, "tier A recall must be 100%:\n" + table);
        assertTrue(foundB * 10 >= stateB * 9, "tier B recall must be at least 90%:\n" + table);
    }
}
