package org.peelkit.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peelkit.model.Assessment;
import org.peelkit.model.Cycle;
import org.peelkit.model.Judgment;
import org.peelkit.model.Question;

/**
 * One cycle's heatmap: a row per assessment (forces in catalogue order, named as HMICFRS named
 * them in that cycle), a column per question judged, one cell per judgment. A question judged
 * twice in one assessment gets a second column rather than being lost.
 *
 * <pre>{@code
 * Heatmap map = Heatmap.of(cycle, assessments, forces);
 * }</pre>
 */
record Heatmap(int width, int height, int labelWidth, int headerHeight, List<Column> columns, List<Row> rows) {

    static final int CELL_W = 46;
    static final int CELL_H = 24;
    static final int MIN_LABEL_W = 160;
    static final int MAX_LABEL_W = 420;

    /** A column: a question, and which of its judgments in one assessment (0 for the first). */
    record Column(String question, int occurrence, String label, int x, int textX, int textY) {
    }

    /** A row: one assessment. {@code table} has an entry per column, empty where nothing was judged. */
    record Row(String forceId, String force, int y, int textY, List<Cell> cells, List<String> table) {
    }

    /** A cell: one judgment. */
    record Cell(String question, int x, int y, int textX, int textY, Mark mark, String text, String words, String title,
                boolean carriedOver) {
    }

    static Heatmap of(Cycle cycle, List<Assessment> assessments, ForceNames names) {
        List<Column> columns = columns(cycle, assessments);
        int longest = columns.stream().mapToInt(c -> c.label().length()).max().orElse(0);
        int header = Math.min(360, 24 + (int) Math.ceil(longest * 4.6));
        int longestName = assessments.stream().mapToInt(a -> names.nameIn(a, cycle).length()).max().orElse(0);
        int labelWidth = Math.max(MIN_LABEL_W, Math.min(MAX_LABEL_W, 20 + (int) Math.ceil(longestName * 6.4)));
        int x0 = labelWidth;
        List<Column> placed = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            int x = x0 + i * CELL_W;
            placed.add(new Column(c.question(), c.occurrence(), c.label(), x, x + CELL_W / 2, header - 6));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < assessments.size(); r++) {
            Assessment a = assessments.get(r);
            String force = names.nameIn(a, cycle);
            int y = header + r * CELL_H;
            List<Cell> cells = new ArrayList<>();
            List<String> table = new ArrayList<>();
            for (Column c : placed) {
                Optional<Judgment> j = nth(a, c.question(), c.occurrence());
                table.add(j.map(Mark::words).orElse(""));
                j.ifPresent(judgment -> cells.add(new Cell(c.question(), c.x(), y, c.textX(), y + CELL_H / 2 + 4,
                        Mark.of(judgment), Mark.text(judgment), Mark.words(judgment),
                        force + ", " + c.label() + ": " + Mark.words(judgment), judgment.carriedOverFrom().isPresent())));
            }
            rows.add(new Row(a.force(), force, y, y + CELL_H / 2 + 4, cells, table));
        }
        int width = labelWidth + placed.size() * CELL_W + header + 8;
        int height = header + rows.size() * CELL_H + 4;
        return new Heatmap(width, height, labelWidth, header, placed, rows);
    }

    private static List<Column> columns(Cycle cycle, List<Assessment> assessments) {
        Map<String, Integer> most = new LinkedHashMap<>();
        for (Question q : cycle.questions()) {
            most.put(q.id(), 0);
        }
        for (Assessment a : assessments) {
            Map<String, Integer> here = new LinkedHashMap<>();
            for (Judgment j : a.judgments()) {
                here.merge(j.question(), 1, Integer::sum);
            }
            here.forEach((q, n) -> most.merge(q, n, Math::max));
        }
        List<Column> result = new ArrayList<>();
        most.forEach((q, n) -> {
            String label = cycle.question(q).map(Question::label).orElse(q + " (not in the catalogue)");
            for (int i = 0; i < n; i++) {
                result.add(new Column(q, i, i == 0 ? label : label + " (again)", 0, 0, 0));
            }
        });
        return result;
    }

    private static Optional<Judgment> nth(Assessment a, String question, int occurrence) {
        int seen = 0;
        for (Judgment j : a.judgments()) {
            if (j.question().equals(question) && seen++ == occurrence) {
                return Optional.of(j);
            }
        }
        return Optional.empty();
    }
}
