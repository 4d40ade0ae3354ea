package org.peelkit.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelkit.extract.Extraction;
import org.peelkit.extract.Hints;
import org.peelkit.extract.ReportExtractor;
import org.peelkit.io.GradeTable;
import org.peelkit.io.JsonLines;
import org.peelkit.io.PeelDocument;
import org.peelkit.io.PendingDocument;
import org.peelkit.io.PeelJson;
import org.peelkit.io.PeelJsonWriter;
import org.peelkit.io.PeelReader;
import org.peelkit.io.ReadProblem;
import org.peelkit.model.*;
import org.peelkit.report.PeelReport;
import org.peelkit.report.ReportFinding;
import org.peelkit.rules.Rule;
import org.peelkit.rules.RuleContext;
import org.peelkit.rules.Severity;
import org.peelkit.rules.ValidationReport;
import org.peelkit.rules.ValidationSummary;
import org.peelkit.rules.PeelValidator;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;
import org.peelkit.testkit.SeedReporter;
import org.peelkit.testkit.Seeds;
import org.peelkit.testkit.SharedFiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the README's Java snippets, each between {@code // README snippet: NAME} and
 * {@code // end of README snippet} (which {@link ReadmeSnippetsTest} holds to the README line for
 * line), and asserts, after each, the values its comments document.
 *
 * <p>The snippets name files relative to the current directory ({@code Path.of("grades.csv")}). The
 * member class {@link Path} below shadows {@code java.nio.file.Path} in this file, so that
 * {@code Path.of(name)} in a snippet resolves {@code name} in a temporary directory that holds those
 * files, made from the shared fixtures. Names a snippet leaves to the reader ({@code assessment},
 * {@code dataset}, {@code writer}, ...) are fields or locals supplied here, just before the snippet.
 */
class ReadmeJavaSnippetsTest {

    @TempDir
    static java.nio.file.Path dir;

    /** The snippets' current directory: {@link #dir}, or a directory of its own for one test. */
    static java.nio.file.Path current;

    /** {@code Path.of} for the snippets: their file names, in their current directory. */
    static final class Path {
        static java.nio.file.Path of(String name) {
            return current.resolve(name);
        }
    }

    @BeforeEach
    void inTheTemporaryDirectory() {
        current = dir;
    }

    /** The files the snippets name, made from the shared fixtures. */
    @BeforeAll
    static void filesTheSnippetsName() throws IOException {
        java.nio.file.Path fixtures = SharedFiles.fixturesDir();
        Files.copy(fixtures.resolve("metropolitan-dataset.json"), dir.resolve("metropolitan-dataset.json"));
        Files.copy(fixtures.resolve("metropolitan-dataset.json"), dir.resolve("data.json"));
        String met2016 = Files.readString(fixtures.resolve("metropolitan-2016.json"), StandardCharsets.UTF_8);
        String bad = met2016.replaceFirst(
                "(\"effectiveness/preventing-crime\", \"grade\": )\"good\"", "$1\"satisfactory\"");
        assertFalse(bad.equals(met2016), "metropolitan-2016.json's preventing-crime grade is good");
        Files.writeString(Files.createDirectory(dir.resolve("unknown-grade")).resolve("data.json"), bad, StandardCharsets.UTF_8);
        Dataset met = PeelJson.standard().readDocument(dir.resolve("data.json")).dataset();
        try (Writer lines = Files.newBufferedWriter(dir.resolve("grades.jsonl"))) {
            JsonLines.standard().write(met.assessments(), lines);
        }
        try (Writer csv = Files.newBufferedWriter(dir.resolve("grades.csv"))) {
            GradeTable.standard().write(met, csv);
        }
        java.nio.file.Path reports = SharedFiles.dir().resolve("reports");
        for (String page : List.of("kent-2017.txt", "kent-2017-legitimacy.txt")) {
            Files.copy(reports.resolve(page), dir.resolve(page));
        }
        Files.copy(reports.resolve("kent-2021-22-news.txt"), dir.resolve("news.txt"));
    }

    // ---------------------------------------------------------------- Quick start

    @Test
    void quickStart() {
        // README snippet: quick-start
        // Build an assessment (records are immutable; the builder is not shared)
        Assessment met = Assessment.builder("metropolitan", "2023-25")
                .published(PartialDate.parse("2024-08-15"))
                .inspector("Lee Freeman")
                .judgment(Judgment.of("victim-service-assessment", JudgmentStatus.UNGRADED))
                .judgment(Judgment.of("investigating-crime", Grade.INADEQUATE))
                .partial(true)
                .build();

        // Compare two grades within one comparability group
        CycleGrade y2016 = CycleGrade.of(Cycle.of("2016"), Grade.REQUIRES_IMPROVEMENT);
        CycleGrade y2018 = CycleGrade.of(Cycle.of("2018-19"), Grade.GOOD);
        y2018.isBetterThan(y2016);                    // true: 2014-2019 is one group
        Trend.between(y2016, y2018);                  // IMPROVED

        // Grades of different frameworks do not compare: one named exception carries both cycles
        CycleGrade y2122 = CycleGrade.of(Cycle.of("2021-22"), Grade.INADEQUATE);
        CycleGrade y2325 = CycleGrade.of(Cycle.of("2023-25"), Grade.REQUIRES_IMPROVEMENT);
        try {
            y2325.isBetterThan(y2122);
        } catch (CycleMismatchException e) {
            e.getMessage(); // "PEEL 2023–2025 and PEEL 2021/22 grades are not comparable: HMICFRS changed the framework"
            e.first();      // PEEL 2023–2025
            e.second();     // PEEL 2021/22
        }
        Trend.between(y2122, y2325);                  // NOT_COMPARABLE: never a guess

        // Ask before you use a grade, as with java.time's isSupported
        Cycle.of("2016").isSupported(Grade.ADEQUATE); // false: "adequate" arrived in 2021/22

        // Human text, leniently; ids, exactly
        Grade.parse("REQUIRES_IMPROVEMENT");          // REQUIRES_IMPROVEMENT
        Grade.fromId("requires-improvement");         // Optional[REQUIRES_IMPROVEMENT]

        // Partial dates are intervals; undecidable comparisons say so
        PartialDate.parse("2022-06").order(PartialDate.parse("2022-06-28")); // OVERLAPPING
        // end of README snippet

        assertEquals(List.of("victim-service-assessment", "investigating-crime"),
                met.judgments().stream().map(Judgment::question).toList());
        assertTrue(met.partial());
        assertTrue(y2018.isBetterThan(y2016), "2018/19's good is better than 2016's requires improvement");
        assertEquals(Trend.IMPROVED, Trend.between(y2016, y2018));
        CycleMismatchException e = assertThrows(CycleMismatchException.class, () -> y2325.isBetterThan(y2122));
        assertEquals("PEEL 2023–2025 and PEEL 2021/22 grades are not comparable: HMICFRS changed the framework",
                e.getMessage());
        assertEquals("PEEL 2023–2025", e.first().toString());
        assertEquals("PEEL 2021/22", e.second().toString());
        assertEquals(Trend.NOT_COMPARABLE, Trend.between(y2122, y2325));
        assertFalse(Cycle.of("2016").isSupported(Grade.ADEQUATE));
        assertTrue(Cycle.of("2021-22").isSupported(Grade.ADEQUATE), "adequate arrived in 2021/22");
        assertEquals(Grade.REQUIRES_IMPROVEMENT, Grade.parse("REQUIRES_IMPROVEMENT"));
        assertEquals("Optional[REQUIRES_IMPROVEMENT]", Grade.fromId("requires-improvement").toString());
        assertEquals("OVERLAPPING", PartialDate.parse("2022-06").order(PartialDate.parse("2022-06-28")).toString());
    }

    // ---------------------------------------------------------------- How it fits together: your own rule

    // README snippet: custom-rule
    public final class SummaryGiven implements Rule {
        public String id() { return "ACME-002"; }
        public Severity severity() { return Severity.WARNING; }
        public String description() { return "a judgment with no summary"; }
        public void check(RuleContext context) {
            context.forEachJudgment((judgment, at) -> {
                if (judgment.summary().isEmpty()) {
                    context.report(at.field("summary"), "Judgment of '" + judgment.question() + "' has no summary");
                }
            });
        }
    }
    // end of README snippet

    @Test
    void customRule() {
        Assessment a = Assessment.builder("metropolitan", "2016")
                .judgment(Judgment.of("effectiveness", Grade.GOOD))
                .partial(true)
                .build();
        ValidationReport report = PeelValidator.builder().rule(new SummaryGiven()).build().validate(a);
        List<String> mine = report.findings().stream().filter(f -> f.rule().equals("ACME-002"))
                .map(f -> f.severity() + " " + f.path() + " " + f.message()).toList();
        assertEquals(List.of("WARNING /judgments/0/summary Judgment of 'effectiveness' has no summary"), mine);
    }

    // ---------------------------------------------------------------- Reading and writing PEEL JSON

    @Test
    void reading() {
        // README snippet: reading
        PeelDocument doc = PeelJson.standard().readDocument(Path.of("metropolitan-dataset.json")); // either shape
        for (ReadProblem p : doc.problems()) {
            System.err.printf("%s:%s: %s %s %s%n", doc.source(), p.location(), p.rule(), p.path(), p.message());
        }
        Dataset data = doc.dataset();
        Judgment j = data.assessments().get(0).judgments().get(3);
        doc.pointerOf(j);    // Optional["/assessments/0/judgments/3"]
        doc.locationOf(j);   // Optional[12:9]: line 12, column 9

        try (Stream<PeelDocument> documents = PeelReader.standard().read(Path.of("grades.jsonl"))) { // by name
            documents.filter(d -> !d.isClean()).forEach(d -> System.err.println(d.problems()));
        }
        // end of README snippet

        assertEquals(PeelDocument.Shape.DATASET, doc.shape());
        assertEquals(List.of(), doc.problems(), "the fixture reads cleanly");
        assertEquals(Optional.of("/assessments/0/judgments/3"), doc.pointerOf(j));
        assertEquals("Optional[12:9]", doc.locationOf(j).toString());
        try (Stream<PeelDocument> documents = PeelReader.standard().read(Path.of("grades.jsonl"))) {
            List<PeelDocument> all = documents.toList();
            assertEquals(data.assessments().size(), all.size(), "one document per line of grades.jsonl");
            assertTrue(all.stream().allMatch(PeelDocument::isClean), "grades.jsonl reads cleanly");
        }
    }

    @Test
    void writing() {
        Assessment assessment = PeelJson.standard().readDocument(SharedFiles.fixturesDir().resolve("metropolitan-2016.json"))
                .dataset().assessments().get(0);
        Dataset dataset = PeelJson.standard().readDocument(Path.of("data.json")).dataset();
        ByteArrayOutputStream outputStream = new ByteArrayOutputStream();
        // README snippet: writing
        String doc = PeelJsonWriter.standard().write(assessment);    // {"peel": "1", "force": ..., pretty}
        PeelJsonWriter.standard().write(dataset, outputStream);       // or a Writer
        String line = JsonLines.standard().writeLine(assessment);     // compact, one line, for JSON Lines
        // end of README snippet

        assertTrue(doc.startsWith("{\n  \"peel\": \"1\",\n  \"force\": \"metropolitan\","), doc);
        assertEquals(PeelJsonWriter.standard().write(dataset), outputStream.toString(StandardCharsets.UTF_8));
        assertFalse(line.contains("\n"), "one line: " + line);
        assertTrue(line.startsWith("{\"force\":\"metropolitan\",\"cycle\":\"2016\","), "compact, without \"peel\": " + line);
        assertEquals(assessment, JsonLines.standard().read(line.getBytes(StandardCharsets.UTF_8), "line")
                .findFirst().orElseThrow().dataset().assessments().get(0));
    }

    @Test
    void jsonLines() {
        PeelGenerator generator = PeelGenerator.builtIn();
        Seed seed = Seeds.sample(1).get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // README snippet: json-lines
        try (Stream<PeelDocument> records = JsonLines.standard().read(Path.of("grades.jsonl"))) {
            records.filter(r -> !r.isClean()).forEach(r -> System.err.println(r.problems()));
        }
        JsonLines.standard().write(generator.assessments(seed, 1_000)::iterator, out);  // streams too
        // end of README snippet

        String written = out.toString(StandardCharsets.UTF_8);
        assertEquals(1_000, written.lines().count(), "one line per assessment");
        try (Stream<PeelDocument> back = JsonLines.standard().read(out.toByteArray(), "out")) {
            assertTrue(back.allMatch(PeelDocument::isClean), "the lines read back cleanly");
        }
    }

    @Test
    void csvGradeTables() {
        Dataset dataset = PeelJson.standard().readDocument(Path.of("data.json")).dataset();
        StringWriter writer = new StringWriter();
        java.io.PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // README snippet: csv
            PeelDocument table = GradeTable.standard().read(Path.of("grades.csv"));
            GradeTable.standard().unrepresentable(dataset).forEach(System.err::println); // "1 monitoring period is not held ..."
            GradeTable.standard().write(dataset, writer);  // cells starting =, +, -, @ get a leading apostrophe
            // end of README snippet
            assertTrue(table.isClean(), "grades.csv reads cleanly: " + table.problems());
        } finally {
            System.setErr(err);
        }

        List<String> unheld = GradeTable.standard().unrepresentable(dataset);
        assertEquals(unheld, printed.toString(StandardCharsets.UTF_8).lines().toList(), "what the snippet printed");
        assertTrue(unheld.contains("1 monitoring period is not held by a grade table and left out"), unheld.toString());
        assertTrue(writer.toString().startsWith("force,cycle,question,grade,status,updated,carriedOverFrom"), writer.toString());
        Dataset formulas = Dataset.of(List.of(Assessment.builder("=1+1", "2016")
                .judgment(Judgment.of("+effectiveness", Grade.GOOD)).partial(true).build()));
        String guarded = GradeTable.standard().write(formulas);
        assertTrue(guarded.contains("\"'=1+1\",2016,\"'+effectiveness\",good,"), "a leading apostrophe: " + guarded);
        assertEquals("=1+1", GradeTable.standard().read(guarded.getBytes(StandardCharsets.UTF_8), "guarded.csv")
                .dataset().assessments().get(0).force(), "read back unchanged");
    }

    @Test
    void jacksonModule() {
        // README snippet: jackson-module
        record Row(Cycle cycle, Grade grade, PartialDate published) { }

        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        mapper.writeValueAsString(new Row(Cycle.of("2016"), Grade.REQUIRES_IMPROVEMENT, PartialDate.parse("2017-03")));
        // {"cycle":"2016","grade":"requires-improvement","published":"2017-03"}
        // end of README snippet

        Row row = new Row(Cycle.of("2016"), Grade.REQUIRES_IMPROVEMENT, PartialDate.parse("2017-03"));
        String json = mapper.writeValueAsString(row);
        assertEquals("{\"cycle\":\"2016\",\"grade\":\"requires-improvement\",\"published\":\"2017-03\"}", json);
        assertEquals(row, mapper.readValue(json, Row.class));
    }

    // ---------------------------------------------------------------- Validating

    /** Your own rule, as the snippet names it. */
    static final class MyRule implements Rule {
        public String id() { return "ACME-001"; }
        public Severity severity() { return Severity.WARNING; }
        public String description() { return "never reports"; }
        public void check(RuleContext context) { }
    }

    @Test
    void validating() throws IOException {
        Assessment assessment = PeelJson.standard().readDocument(SharedFiles.fixturesDir().resolve("metropolitan-2016.json"))
                .dataset().assessments().get(0);
        java.nio.file.Path path = Path.of("grades.jsonl");
        Catalogue myCatalogue = Catalogue.builtIn();
        current = dir.resolve("unknown-grade"); // whose data.json grades preventing crime 'satisfactory'
        java.io.PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // README snippet: validating
            ValidationReport report = PeelValidator.standard().validate(PeelJson.standard().readDocument(Path.of("data.json")));
            report.isValid();                       // no errors
            report.errors(); report.warnings();
            report.findings().forEach(System.out::println);
            // 8:61: error PEEL-019 /judgments/1/grade Unknown grade 'satisfactory': expected one of outstanding, ...

            PeelValidator.standard().validate(assessment);          // objects built in code: paths, no locations
            try (Stream<PeelDocument> documents = PeelReader.standard().read(path)) {   // .json, .jsonl/.ndjson (streamed), .csv
                report = PeelValidator.standard().validate(documents, path.toString());
            }
            // files of any size: findings go to a sink as they are found, and a summary counts them
            try (Stream<PeelDocument> documents = PeelReader.standard().read(path)) {
                ValidationSummary summary = PeelValidator.standard().validate(documents, path.toString(), System.out::println);
            }
            // JSON Lines on every core: the same findings, handed to the sink in input order on this thread
            try (Stream<PendingDocument> documents = PeelReader.standard().split(path)) {
                ValidationSummary summary = PeelValidator.standard().validateInParallel(documents, path.toString(), System.out::println);
            }

            PeelValidator mine = PeelValidator.builder()
                    .catalogue(myCatalogue)                 // check against an updated catalogue
                    .disable("PEEL-016")                    // turn a rule off, by id
                    .severity("PEEL-011", Severity.ERROR)   // change its severity
                    .strict(true)                           // warnings become errors
                    .rule(new MyRule())                     // add your own rule
                    .build();
            // end of README snippet
        } finally {
            System.setOut(out);
        }
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(!lines.isEmpty() && lines.get(0).startsWith(
                "8:61: error PEEL-019 /judgments/1/grade Unknown grade 'satisfactory': expected one of outstanding, "),
                "the first finding printed: " + lines);
        ValidationReport bad = PeelValidator.standard().validate(PeelJson.standard().readDocument(Path.of("data.json")));
        assertFalse(bad.isValid());
        assertEquals(bad.errors().isEmpty(), bad.isValid(), "valid means no errors");
        ValidationReport objects = PeelValidator.standard().validate(assessment);
        assertTrue(objects.findings().stream().allMatch(f -> f.location().isEmpty()), "no locations: " + objects.findings());
        ValidationReport lined;
        try (Stream<PeelDocument> documents = PeelReader.standard().read(path)) {
            lined = PeelValidator.standard().validate(documents, path.toString());
        }
        assertTrue(lined.isValid(), lined.findings().toString());
        PeelValidator mine = PeelValidator.builder().catalogue(myCatalogue).disable("PEEL-016").severity("PEEL-011", Severity.ERROR)
                .strict(true).rule(new MyRule()).build();
        List<String> ids = mine.rules().stream().map(Rule::id).toList();
        assertFalse(ids.contains("PEEL-016"), ids.toString());
        assertTrue(ids.contains("ACME-001"), ids.toString());
        assertEquals(myCatalogue, mine.catalogue());
    }

    // ---------------------------------------------------------------- Reading HMICFRS report text

    @Test
    void extraction() {
        Dataset dataset = PeelJson.standard().readDocument(Path.of("data.json")).dataset();
        // README snippet: extraction
        ReportExtractor x = ReportExtractor.standard();
        Extraction e = x.extract(Path.of("kent-2017.txt"));
        e.assessment().orElseThrow().judgment("efficiency/understanding-demand"); // Optional[Judgment[question=efficiency/understanding-demand, grade=Optional[OUTSTANDING], ...]]
        e.provenanceOf("/judgments/0/status").orElseThrow().at();                  // 9:1 ("... is not yet graded.")
        List<Extraction> merged = x.extractAll(List.of(Path.of("kent-2017.txt"), Path.of("kent-2017-legitimacy.txt")), Hints.none());
        merged.size();                                                             // 1: one force and cycle
        x.extract(Path.of("news.txt"), Hints.none().withForce("kent").withCycle("2021-22"));
        e.compareWith(dataset);                                                    // List<Disagreement>, for every matching assessment
        // end of README snippet

        String understanding = e.assessment().orElseThrow().judgment("efficiency/understanding-demand").toString();
        assertTrue(understanding.startsWith("Optional[Judgment[question=efficiency/understanding-demand, grade=Optional[OUTSTANDING], "),
                understanding);
        var p = e.provenanceOf("/judgments/0/status").orElseThrow();
        assertEquals("9:1", p.at().toString());
        assertTrue(p.text().endsWith("is not yet graded."), p.text());
        assertEquals(1, merged.size());
        Extraction news = x.extract(Path.of("news.txt"), Hints.none().withForce("kent").withCycle("2021-22"));
        assertEquals("kent", news.assessment().orElseThrow().force());
        assertEquals(List.of(), e.compareWith(dataset), "the Met's data has no Kent 2017 assessment to disagree with");
    }

    // ---------------------------------------------------------------- Drawing a dataset

    @Test
    void report() throws IOException {
        // README snippet: report
        PeelDocument read = PeelJson.standard().readDocument(Path.of("data.json"));
        List<ReportFinding> findings = ReportFinding.allOf(PeelValidator.standard().validate(read));
        try (Writer out = Files.newBufferedWriter(Path.of("report.html"))) {
            PeelReport.standard().render(read.dataset(), List.of("data.json"), findings, out);
        }
        // end of README snippet

        String html = Files.readString(Path.of("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"), "a page");
        assertTrue(html.contains("<h1>Metropolitan Police Service: PEEL grades</h1>"), "of the Met");
        assertEquals(List.of(), findings, "the Met's dataset is valid");
    }

    // ---------------------------------------------------------------- Property tests and the testkit

    @Nested
    // README snippet: property-test
    @ExtendWith(SeedReporter.class)
    class MyPropertyTest {
        static List<Seed> seeds() { return Seeds.sample(2_000); }

        @ParameterizedTest(name = "{0}")
        @MethodSource("seeds")
        void holdsForEveryGeneratedAssessment(Seed seed) {
            Assessment a = PeelGenerator.builtIn().assessment(seed);
            assertTrue(PeelValidator.standard().validate(a).isValid());
        }
    }
    // end of README snippet
}
