package org.peelkit.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peelkit.model.Assessment;
import org.peelkit.model.Cycle;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;

/**
 * One cycle's distribution of grades: a bar per grade on the cycle's scale (zero included) and per
 * status that occurs, each with its count.
 *
 * <pre>{@code
 * Distribution.of(cycle, assessments).bars(); // Good 24, Requires improvement 12, ...
 * }</pre>
 */
record Distribution(int width, int height, int total, List<Bar> bars) {

    static final int LABEL_W = 190;
    static final int BAR_MAX = 320;
    static final int BAR_H = 20;

    /** A bar. */
    record Bar(Mark mark, int count, int y, int textY, int barWidth, int countX) {
    }

    static Distribution of(Cycle cycle, List<Assessment> assessments) {
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        cycle.scale().grades().forEach(g -> grades.put(g, 0));
        Map<Mark, Integer> counts = new LinkedHashMap<>();
        int total = 0;
        for (Assessment a : assessments) {
            for (Judgment j : a.judgments()) {
                counts.merge(Mark.of(j), 1, Integer::sum);
                total++;
            }
        }
        List<Mark> shown = new ArrayList<>();
        for (Mark m : Mark.ALL) {
            boolean onScale = grades.keySet().stream().anyMatch(g -> Mark.of(g).equals(m));
            if (onScale || counts.containsKey(m)) {
                shown.add(m);
            }
        }
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Mark m = shown.get(i);
            int n = counts.getOrDefault(m, 0);
            int w = n == 0 ? 0 : Math.max(2, n * BAR_MAX / most);
            int y = 4 + i * (BAR_H + 6);
            bars.add(new Bar(m, n, y, y + BAR_H / 2 + 5, w, LABEL_W + w + 6));
        }
        return new Distribution(LABEL_W + BAR_MAX + 60, 8 + shown.size() * (BAR_H + 6), total, bars);
    }
}
