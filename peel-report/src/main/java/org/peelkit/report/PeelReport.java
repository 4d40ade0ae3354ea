package org.peelkit.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Cycle;
import org.peelkit.model.Counted;
import org.peelkit.model.Dataset;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.PartialDate;

/**
 * Draws a PEEL dataset as one self-contained HTML page: per cycle a heatmap of forces by question
 * and the distribution of grades, per force a timeline that breaks at every change of
 * comparability group, the findings and sources of each assessment, and validation findings at the
 * top. Every chart is inline SVG with a table of the same data beside it; the page fetches nothing
 * (its Content-Security-Policy forbids it) and needs no JavaScript.
 *
 * <p>The page comes from precompiled jte templates, which HTML-escape every value they place:
 * text from the data is always shown as text. Immutable and thread-safe: share one instance.
 *
 * <pre>{@code
 * PeelReport report = PeelReport.standard();
 * ReadResult<Dataset> read = PeelJson.standard().readDocument(Path.of("data.json"));
 * List<ReportFinding> findings = ReportFinding.allOf(PeelValidator.standard().validate(read));
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"))) {
 *     report.render(read.value().orElseThrow(), List.of("data.json"), findings, out);
 * }
 * }</pre>
 */
public final class PeelReport {

    private static final class Standard {
        static final PeelReport INSTANCE = new PeelReport(Catalogue.builtIn(), "built-in");
    }

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            PeelReport.class.getClassLoader(), "org.peelkit.report");
    private static final String VERSION = readVersion();

    private final Catalogue catalogue;
    private final String catalogueName;

    private PeelReport(Catalogue catalogue, String catalogueName) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.catalogueName = catalogueName;
    }

    /** @return a shared report with the built-in catalogue */
    public static PeelReport standard() {
        return Standard.INSTANCE;
    }

    /**
     * @param catalogue the cycles, questions and forces to draw with
     * @return a report on that catalogue
     */
    public static PeelReport of(Catalogue catalogue) {
        return new PeelReport(catalogue, catalogue == Catalogue.builtIn() ? "built-in" : "custom");
    }

    /** @return the version of peel that draws the pages, e.g. {@code 0.1.0-SNAPSHOT} */
    public static String version() {
        return VERSION;
    }

    /**
     * @param data a dataset
     * @return the page, without sources or validation findings
     */
    public String render(Dataset data) {
        return render(data, List.of(), List.of());
    }

    /**
     * @param data     a dataset
     * @param sources  the names of the files it was read from, for the page's header
     * @param findings validation findings to show at the top
     * @return the page
     */
    public String render(Dataset data, List<String> sources, List<ReportFinding> findings) {
        StringOutput out = new StringOutput(64 * 1024);
        TEMPLATES.render("report.jte", page(data, sources, findings), out);
        return out.toString();
    }

    /**
     * Writes the page to a writer, which it does not close.
     *
     * @param data     a dataset
     * @param sources  the names of the files it was read from, for the page's header
     * @param findings validation findings to show at the top
     * @param out      where the page goes
     * @throws UncheckedIOException when the writer fails
     */
    public void render(Dataset data, List<String> sources, List<ReportFinding> findings, Writer out) {
        TEMPLATES.render("report.jte", page(data, sources, findings), new WriterOutput(out));
    }

    Page page(Dataset data, List<String> sources, List<ReportFinding> findings) {
        ForceNames names = new ForceNames(catalogue);
        Map<String, List<Assessment>> byCycle = new LinkedHashMap<>();
        catalogue.cycles().forEach(c -> byCycle.put(c.id(), new ArrayList<>()));
        TreeSet<String> unknownCycles = new TreeSet<>();
        int notDrawn = 0;
        for (Assessment a : data.assessments()) {
            List<Assessment> list = byCycle.get(a.cycle());
            if (list == null) {
                unknownCycles.add(a.cycle());
                notDrawn++;
            } else {
                list.add(a);
            }
        }
        Comparator<Assessment> byForce = Comparator.comparing(Assessment::force, names.order());
        List<CycleSection> cycles = new ArrayList<>();
        Cycle previous = null;
        for (Cycle c : catalogue.cycles()) {
            List<Assessment> in = byCycle.get(c.id());
            if (in.isEmpty()) {
                continue;
            }
            in.sort(byForce);
            Optional<String> breakBefore = previous != null && !previous.isComparableWith(c)
                    ? Optional.of(c.name() + " grades are not comparable with " + previous.name()
                            + " grades: HMICFRS changed the framework, so no trend is read across this line.")
                    : Optional.empty();
            cycles.add(new CycleSection(c, Heatmap.of(c, in, names), Distribution.of(c, in), breakBefore));
            previous = c;
        }
        Map<String, List<Timeline.Entry>> byForceId = new java.util.TreeMap<>(names.order());
        for (List<Assessment> in : byCycle.values()) {
            for (Assessment a : in) {
                Cycle c = catalogue.cycle(a.cycle()).orElseThrow();
                byForceId.computeIfAbsent(a.force(), f -> new ArrayList<>()).add(new Timeline.Entry(c, a));
            }
        }
        Map<String, List<MonitoringPeriod>> monitoring = new LinkedHashMap<>();
        for (MonitoringPeriod m : data.monitoring()) {
            monitoring.computeIfAbsent(m.force(), f -> new ArrayList<>()).add(m);
            byForceId.computeIfAbsent(m.force(), f -> new ArrayList<>());
        }
        List<ForceSection> forces = new ArrayList<>();
        byForceId.forEach((id, entries) -> {
            List<MonitoringPeriod> periods = new ArrayList<>(monitoring.getOrDefault(id, List.of()));
            periods.sort(Comparator.comparing(MonitoringPeriod::from, PartialDate.BY_START));
            forces.add(ForceSection.of(id, names.name(id), entries, periods));
        });
        List<String> notes = new ArrayList<>();
        if (notDrawn > 0) {
            notes.add(Counted.of(notDrawn, "assessment") + " of cycles the catalogue does not know "
                    + (notDrawn == 1 ? "is" : "are") + " not drawn: "
                    + String.join(", ", unknownCycles));
        }
        long errors = findings.stream().filter(f -> f.severity().equals("error")).count();
        long warnings = findings.stream().filter(f -> f.severity().equals("warning")).count();
        String title = forces.size() == 1 ? forces.get(0).name() + ": PEEL grades"
                : "PEEL grades of " + forces.size() + " forces";
        return new Page(title, List.copyOf(sources), List.copyOf(findings), errors, warnings, Mark.ALL, cycles, forces,
                notes, VERSION, describe());
    }

    /** @return e.g. {@code built-in catalogue, 8 cycles (PEEL 2014 to PEEL 2025–2027), 49 forces} */
    private String describe() {
        List<Cycle> cycles = catalogue.cycles();
        String span = cycles.isEmpty() ? "" : " (" + cycles.get(0).name() + " to " + cycles.get(cycles.size() - 1).name() + ")";
        return catalogueName + " catalogue, " + cycles.size() + " cycles" + span + ", " + catalogue.forces().size() + " forces";
    }

    private static String readVersion() {
        Properties p = new Properties();
        try (InputStream in = PeelReport.class.getResourceAsStream("peel-report.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
