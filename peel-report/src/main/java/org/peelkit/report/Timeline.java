package org.peelkit.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peelkit.model.Assessment;
import org.peelkit.model.Cycle;
import org.peelkit.model.GradeScale;
import org.peelkit.model.Judgment;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.Question;

/**
 * A force's timeline: a band per question, each grade a point at its cycle (higher is better), a
 * line only between grades of the same comparability group, and at every comparability break a
 * dashed rule labelled "not comparable" that no line crosses. Monitoring stages (Scan, Engage) are
 * periods on a row of their own, on the same time axis.
 *
 * <pre>{@code
 * Timeline t = Timeline.of(assessmentsWithTheirCycles, monitoring);
 * }</pre>
 */
record Timeline(int labelWidth, int width, int height, int top, int bottom, List<Tick> ticks, List<Lane> lanes, List<Trace> traces,
                List<Point> points, List<Break> breaks, Optional<Lane> monitoringLane, List<Period> periods,
                List<String> tableHeader, List<List<String>> tableRows) {

    static final int MIN_LABEL_W = 200;
    static final int MAX_LABEL_W = 560;
    static final int PX_PER_YEAR = 70;
    static final int LANE_H = 44;
    static final int TOP = 60;

    /** A cycle on the axis. */
    record Tick(int x, String label, String group) {
    }

    /** A question's band (or the monitoring row). */
    record Lane(String label, int y, int textY, int height) {
    }

    /** A line through grades of one question in one comparability group. */
    record Trace(String question, String group, String points, int from, int to) {
    }

    /** One judgment on the timeline. */
    record Point(int x, int y, Mark mark, String text, String title, boolean graded) {
    }

    /** A comparability break between two cycles. */
    record Break(int x, String title) {
    }

    /** A monitoring period. */
    record Period(int x, int width, int textX, String stage, String title) {
    }

    /** An assessment with the catalogue's cycle. */
    record Entry(Cycle cycle, Assessment assessment) {
    }

    static Timeline of(List<Entry> entries, List<MonitoringPeriod> monitoring) {
        double start = Double.MAX_VALUE;
        double end = -Double.MAX_VALUE;
        for (Entry e : entries) {
            start = Math.min(start, year(e.cycle().window().first()));
            end = Math.max(end, year(e.cycle().window().last()) + 1 / 365.25);
        }
        for (MonitoringPeriod m : monitoring) {
            start = Math.min(start, year(m.from().start()));
            end = Math.max(end, m.to().map(t -> year(t.end())).orElse(year(m.from().start()) + 1));
        }
        if (start == Double.MAX_VALUE) {
            start = 0;
            end = 1;
        }
        final double origin = start - 0.25;
        Map<String, String> labels = new LinkedHashMap<>();
        for (Entry e : entries) {
            for (Question q : e.cycle().questions()) {
                if (e.assessment().judgment(q.id()).isPresent()) {
                    labels.put(q.id(), q.label());
                }
            }
            for (Judgment j : e.assessment().judgments()) {
                labels.putIfAbsent(j.question(), j.question() + " (not in the catalogue)");
            }
        }
        List<String> questions = new ArrayList<>(labels.keySet());
        int longest = labels.values().stream().mapToInt(String::length).max().orElse(0);
        final int labelWidth = Math.max(MIN_LABEL_W, Math.min(MAX_LABEL_W, 24 + (int) Math.ceil(longest * 6.4)));
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            int y = TOP + i * LANE_H;
            lanes.add(new Lane(labels.get(questions.get(i)), y, y + LANE_H / 2 + 4, LANE_H));
        }
        int bottom = TOP + questions.size() * LANE_H;
        Optional<Lane> monitoringLane = monitoring.isEmpty() ? Optional.empty()
                : Optional.of(new Lane("Monitoring (Scan, Engage)", bottom, bottom + LANE_H / 2 + 4, LANE_H));
        int height = bottom + (monitoring.isEmpty() ? 0 : LANE_H) + 8;
        int width = labelWidth + (int) Math.ceil((end + 0.25 - origin) * PX_PER_YEAR) + 8;

        List<Tick> ticks = new ArrayList<>();
        List<Break> breaks = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        List<Trace> traces = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("Question");
        Entry previous = null;
        for (Entry e : entries) {
            int x = x(mid(e.cycle()), origin, labelWidth);
            if (previous != null && !previous.cycle().isComparableWith(e.cycle())) {
                breaks.add(new Break((x(mid(previous.cycle()), origin, labelWidth) + x) / 2, e.cycle().name()
                        + " grades are not comparable with " + previous.cycle().name() + " grades"));
                header.add("not comparable");
            }
            ticks.add(new Tick(x, e.cycle().name(), e.cycle().comparabilityGroup()));
            header.add(e.cycle().name());
            previous = e;
        }
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String q = questions.get(i);
            Lane lane = lanes.get(i);
            List<String> row = new ArrayList<>();
            row.add(lane.label());
            List<int[]> run = new ArrayList<>();
            String runGroup = null;
            Entry before = null;
            for (Entry e : entries) {
                if (before != null && !before.cycle().isComparableWith(e.cycle())) {
                    row.add("");
                }
                before = e;
                Optional<Judgment> found = e.assessment().judgment(q);
                row.add(found.map(Mark::words).orElse(""));
                String group = e.cycle().comparabilityGroup();
                if (found.isEmpty()) {
                    continue;
                }
                Judgment j = found.get();
                int x = x(mid(e.cycle()), origin, labelWidth);
                GradeScale scale = e.cycle().scale();
                boolean graded = j.grade().filter(scale::contains).isPresent();
                int y = graded ? lane.y() + 10 + scale.rank(j.grade().get()) * (LANE_H - 20) / (scale.grades().size() - 1)
                        : lane.y() + LANE_H / 2;
                points.add(new Point(x, y, Mark.of(j), Mark.text(j),
                        e.cycle().name() + ", " + lane.label() + ": " + Mark.words(j), graded));
                if (!graded || !group.equals(runGroup)) {
                    addTrace(traces, q, runGroup, run);
                    run = new ArrayList<>();
                    runGroup = graded ? group : null;
                }
                if (graded) {
                    run.add(new int[] {x, y});
                }
            }
            addTrace(traces, q, runGroup, run);
            table.add(row);
        }
        List<Period> periods = new ArrayList<>();
        for (MonitoringPeriod m : monitoring) {
            int from = x(year(m.from().start()), origin, labelWidth);
            int to = m.to().map(t -> x(year(t.end()), origin, labelWidth)).orElse(width - 8);
            String title = m.stage().label() + " from " + m.from() + m.to().map(t -> " to " + t).orElse(" (ongoing)")
                    + (m.reasons().isEmpty() ? "" : ": " + String.join("; ", m.reasons()));
            periods.add(new Period(from, Math.max(3, to - from), from + 4, m.stage().label(), title));
        }
        if (!monitoring.isEmpty()) {
            List<String> row = new ArrayList<>();
            row.add("Monitoring");
            List<String> texts = new ArrayList<>();
            periods.forEach(p -> texts.add(p.title()));
            row.add(String.join(" | ", texts));
            while (row.size() < header.size()) {
                row.add("");
            }
            table.add(row);
        }
        return new Timeline(labelWidth, width, height, TOP - 6, bottom + (monitoring.isEmpty() ? 0 : LANE_H), ticks, lanes, traces,
                points, breaks, monitoringLane, periods, header, table);
    }

    private static void addTrace(List<Trace> traces, String question, String group, List<int[]> run) {
        if (run.size() < 2 || group == null) {
            return;
        }
        StringBuilder points = new StringBuilder();
        for (int[] p : run) {
            points.append(points.length() == 0 ? "" : " ").append(p[0]).append(',').append(p[1]);
        }
        traces.add(new Trace(question, group, points.toString(), run.get(0)[0], run.get(run.size() - 1)[0]));
    }

    private static double mid(Cycle c) {
        return (year(c.window().first()) + year(c.window().last()) + 1 / 365.25) / 2;
    }

    private static double year(LocalDate d) {
        return d.getYear() + (d.getDayOfYear() - 1) / 365.25;
    }

    private static int x(double year, double origin, int labelWidth) {
        return labelWidth + (int) Math.round((year - origin) * PX_PER_YEAR);
    }
}
