package org.peelkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.Optional;
import org.peelkit.model.Assessment;
import org.peelkit.model.Counted;
import org.peelkit.model.Dataset;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.model.JudgmentStatus;
import org.peelkit.model.PartialDate;
import org.peelkit.model.PeelParseException;
import org.peelkit.model.Quoted;
import org.peelkit.model.Quoted;
import org.peelkit.model.Vocabulary;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * CSV grade tables, as the spec's last section defines them: the header
 * {@code force,cycle,question,grade,status,updated,carriedOverFrom}, one judgment per row, the last
 * four columns possibly empty. Rows of one force and cycle form one assessment, marked
 * {@code partial}. Each bad row is reported at its bad cell's line and column and read no further;
 * the other rows are read. Immutable and thread-safe.
 *
 * <pre>{@code
 * PeelDocument table = GradeTable.standard().read(Path.of("grades.csv"));
 * table.problems().forEach(p -> System.err.println(p.location() + ": " + p.message())); // the cell's line:column
 *
 * GradeTable.standard().unrepresentable(dataset).forEach(System.err::println); // what CSV cannot hold
 * GradeTable.standard().write(dataset, writer);
 * }</pre>
 */
public final class GradeTable {

    /** The columns, in order. */
    public static final List<String> COLUMNS =
            List.of("force", "cycle", "question", "grade", "status", "updated", "carriedOverFrom");

    private static final GradeTable STANDARD = new GradeTable();
    private static final JsonDocuments BYTES = new JsonDocuments(ReadLimits.DEFAULT);

    private final CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    private final CsvSchema schema;

    private GradeTable() {
        CsvSchema.Builder b = CsvSchema.builder();
        COLUMNS.forEach(b::addColumn);
        this.schema = b.build().withHeader().withLineSeparator("\n");
    }

    /** @return the shared instance */
    public static GradeTable standard() {
        return STANDARD;
    }

    /**
     * @param file a CSV grade table in UTF-8
     * @return the assessments its rows form, with a problem for each bad row
     * @throws PeelReadException when the file cannot be opened, or is not CSV at all
     */
    public PeelDocument read(Path file) {
        return read(BYTES.bytes(file), file.toString());
    }

    /**
     * @param in     a CSV grade table in UTF-8; read to its end, not closed
     * @param source a name for the input in messages
     * @return the assessments its rows form, with a problem for each bad row
     * @throws PeelReadException when the input cannot be read, or is not CSV at all
     */
    public PeelDocument read(InputStream in, String source) {
        return read(BYTES.bytes(in, source), source);
    }

    /**
     * @param utf8   a CSV grade table in UTF-8
     * @param source a name for the input in messages
     * @return the assessments its rows form, with a problem for each bad row; each problem at its
     *     cell's own line and column
     * @throws PeelReadException when the bytes are not CSV at all
     */
    public PeelDocument read(byte[] utf8, String source) {
        Utf8 check = new Utf8(utf8, 0, utf8.length);
        int bad = check.firstInvalid();
        if (bad >= 0) {
            throw PeelReadException.at(source, Location.of(check.lineOf(bad), check.columnOf(bad)),
                    String.format("Not valid UTF-8 (byte 0x%02X): a grade table is UTF-8", utf8[bad] & 0xFF));
        }
        List<ReadProblem> problems = new ArrayList<>();
        NodeIndex index = NodeIndex.collecting();
        Map<String, List<Judgment>> groups = new LinkedHashMap<>();
        Map<String, String> groupPointers = new LinkedHashMap<>();
        Set<String> incomplete = new HashSet<>();
        int from = 0;
        if (utf8.length >= 3 && (utf8[0] & 0xFF) == 0xEF && (utf8[1] & 0xFF) == 0xBB && (utf8[2] & 0xFF) == 0xBF) {
            problems.add(new ReadProblem(ReadProblem.BYTE_ORDER_MARK, "", Location.of(1, 1), BYTE_ORDER_MARK_MESSAGE));
            from = 3;
        }
        JsonParser p = mapper.createParser(new StringReader(new String(utf8, from, utf8.length - from, StandardCharsets.UTF_8)));
        try (p) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw PeelReadException.at(source, Location.of(1, 1), "Empty input: expected the header " + String.join(",", COLUMNS));
            }
            long row = -1;
            while (p.nextToken() == JsonToken.START_ARRAY) {
                List<String> cells = new ArrayList<>();
                List<Location> places = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    TokenStreamLocation l = p.currentTokenLocation();
                    places.add(Location.of(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr())));
                    cells.add(SpreadsheetCell.read(p.getString()));
                }
                Location start = places.isEmpty() ? Location.ofLine(Math.max(1, p.currentLocation().getLineNr())) : places.get(0);
                if (row++ < 0) {
                    if (!cells.equals(COLUMNS)) {
                        problems.add(new ReadProblem(ReadProblem.MALFORMED_VALUE, "", start, "Header is "
                                + Quoted.of(String.join(",", cells)) + ": expected " + String.join(",", COLUMNS)));
                        return new PeelDocument(source, PeelDocument.Shape.GRADE_TABLE, Optional.empty(), problems, index);
                    }
                    continue;
                }
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                Row r = new Row("/" + (row - 1), cells, places, start, problems);
                index.put(r.pointer, start);
                for (int i = 0; i < Math.min(cells.size(), COLUMNS.size()); i++) {
                    index.put(r.pointer + "/" + COLUMNS.get(i), places.get(i));
                }
                String key = cells.size() >= 2 ? cells.get(0) + "\u0000" + cells.get(1) : null;
                Optional<Judgment> judgment = judgment(r);
                if (judgment.isPresent()) {
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(judgment.get());
                    groupPointers.putIfAbsent(key, r.pointer);
                    index.bind(judgment.get(), r.pointer);
                } else if (key != null) {
                    incomplete.add(key);
                }
            }
            if (row < 0) {
                throw PeelReadException.at(source, Location.of(1, 1), "Empty input: expected the header " + String.join(",", COLUMNS));
            }
        } catch (JacksonException e) {
            TokenStreamLocation l = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            throw PeelReadException.at(source, Location.of(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr())),
                    ParserWords.reason(e, "CSV"));
        }
        List<Assessment> assessments = new ArrayList<>();
        groups.forEach((key, judgments) -> {
            String[] fc = key.split("\u0000", 2);
            Assessment a = Assessment.builder(fc[0], fc[1]).partial(true).judgments(judgments).build();
            index.bind(a, groupPointers.get(key));
            if (incomplete.contains(key)) {
                index.incomplete(a);
            }
            assessments.add(a);
        });
        return new PeelDocument(source, PeelDocument.Shape.GRADE_TABLE, Optional.of(Dataset.of(assessments)), problems, index);
    }

    /** A row being read: its pointer, cells and where each cell starts. */
    private record Row(String pointer, List<String> cells, List<Location> places, Location start, List<ReadProblem> problems) {

        void problem(int column, String message) {
            problems.add(new ReadProblem(ReadProblem.MALFORMED_VALUE, pointer + "/" + COLUMNS.get(column),
                    places.get(column), message));
        }
    }

    /** The words of the byte order mark warning (PEEL-020). */
    static final String BYTE_ORDER_MARK_MESSAGE =
            "A byte order mark starts the input; it was skipped (UTF-8 needs none)";

    private static Optional<Judgment> judgment(Row row) {
        List<String> cells = row.cells();
        if (cells.size() != COLUMNS.size()) {
            row.problems().add(new ReadProblem(ReadProblem.MALFORMED_VALUE, row.pointer(), row.start(), "Row has " + Counted.of(cells.size(), "column")
                    + ": expected " + COLUMNS.size() + " (" + String.join(",", COLUMNS) + ")"));
            return Optional.empty();
        }
        int before = row.problems().size();
        for (int i = 0; i < 3; i++) {
            if (cells.get(i).isBlank()) {
                row.problem(i, "Column '" + COLUMNS.get(i) + "' is empty: every row names a force, a cycle and a question");
            }
        }
        Optional<Grade> grade = word(row, 3, Grade.class);
        Optional<JudgmentStatus> status = word(row, 4, JudgmentStatus.class);
        Optional<PartialDate> updated = Optional.empty();
        if (!cells.get(5).isEmpty()) {
            try {
                updated = Optional.of(PartialDate.parse(cells.get(5)));
            } catch (PeelParseException e) {
                row.problem(5, "Bad date " + Quoted.of(cells.get(5)) + ": expected YYYY, YYYY-MM or YYYY-MM-DD");
            }
        }
        if (row.problems().size() > before) {
            return Optional.empty();
        }
        Optional<String> carried = cells.get(6).isEmpty() ? Optional.empty() : Optional.of(cells.get(6));
        return Optional.of(new Judgment(cells.get(2), grade, status, updated, carried, Optional.empty()));
    }

    private static <E extends Enum<E> & Vocabulary> Optional<E> word(Row row, int column, Class<E> type) {
        String cell = row.cells().get(column);
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = ClosedWords.read(type, cell);
        if (value.isEmpty()) {
            row.problem(column, ClosedWords.unknown(type, COLUMNS.get(column), cell));
        }
        return value;
    }

    /**
     * Says what of a dataset a grade table cannot hold, so that a conversion never loses data
     * silently: findings, metrics, monitoring, summaries, publication dates, inspectors, sources,
     * assessments without judgments (a table has rows only for judgments), and completeness (every
     * assessment read from a table is partial).
     *
     * @param dataset a dataset
     * @return one sentence per kind of data that would be left out; empty when nothing would be
     */
    public List<String> unrepresentable(Dataset dataset) {
        List<String> lost = new ArrayList<>();
        List<String> empty = dataset.assessments().stream().filter(a -> a.judgments().isEmpty())
                .map(a -> a.force() + " " + a.cycle()).toList();
        long complete = dataset.assessments().stream().filter(a -> !a.partial() && !a.judgments().isEmpty()).count();
        long findings = dataset.assessments().stream().mapToLong(a -> a.findings().size()).sum();
        long metrics = dataset.assessments().stream().mapToLong(a -> a.metrics().size()).sum();
        long summaries = dataset.assessments().stream().flatMap(a -> a.judgments().stream())
                .filter(j -> j.summary().isPresent()).count();
        long details = dataset.assessments().stream()
                .filter(a -> a.published().isPresent() || a.inspector().isPresent() || a.source().isPresent()).count();
        if (findings > 0) {
            lost.add(Counted.of(findings, "finding is", "findings are") + " not held by a grade table and left out");
        }
        if (metrics > 0) {
            lost.add(Counted.of(metrics, "metric is", "metrics are") + " not held by a grade table and left out");
        }
        if (summaries > 0) {
            lost.add(Counted.of(summaries, "judgment summary is", "judgment summaries are")
                    + " not held by a grade table and left out");
        }
        if (details > 0) {
            lost.add(Counted.of(details, "assessment has", "assessments have")
                    + " a publication date, inspector or source, not held by a grade table and left out");
        }
        if (!dataset.monitoring().isEmpty()) {
            lost.add(Counted.of(dataset.monitoring().size(), "monitoring period is", "monitoring periods are")
                    + " not held by a grade table and left out");
        }
        if (!empty.isEmpty()) {
            lost.add(Counted.of(empty.size(), "assessment has", "assessments have")
                    + " no judgments, so no rows in a grade table, and left out ("
                    + String.join(", ", empty.size() <= 5 ? empty : empty.subList(0, 5)) + (empty.size() > 5 ? ", ..." : "")
                    + ")");
        }
        if (complete > 0) {
            lost.add(Counted.of(complete, "assessment is", "assessments are") + " complete, which a grade table cannot say: "
                    + "read back, every assessment of a table is partial");
        }
        return List.copyOf(lost);
    }

    /**
     * Counts the cells {@link #write(Dataset, Writer)} writes with a leading apostrophe so that a
     * spreadsheet does not run them as formulas (see {@link SpreadsheetCell}).
     *
     * @param dataset a dataset
     * @return how many cells are guarded; 0 for valid data, whose ids cannot start with a formula sign
     */
    public long guardedCells(Dataset dataset) {
        return dataset.assessments().stream().flatMap(a -> a.judgments().stream().flatMap(j -> row(a, j).stream()))
                .filter(SpreadsheetCell::needsGuard).count();
    }

    /**
     * Writes one row per judgment. See {@link #unrepresentable(Dataset)} for what is left out, and
     * {@link SpreadsheetCell} for cells a spreadsheet could take for a formula.
     *
     * @param dataset the assessments
     * @param out     where to write; flushed, not closed
     * @throws UncheckedIOException when {@code out} fails, as every writer of peel-io does
     */
    public void write(Dataset dataset, Writer out) {
        refuseUnpairedSurrogates(dataset);
        try (SequenceWriter rows = mapper.writer(schema).writeValues(new NonClosing(out))) {
            for (Assessment a : dataset.assessments()) {
                for (Judgment j : a.judgments()) {
                    rows.write(row(a, j).stream().map(SpreadsheetCell::write).toArray(String[]::new));
                }
            }
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e));
        }
    }

    /**
     * A cell cannot escape a character as JSON can, and a {@link Writer} would replace an unpaired
     * surrogate with {@code ?}: such a table is refused whole, before anything is written.
     */
    private static void refuseUnpairedSurrogates(Dataset dataset) {
        long row = 0;
        for (Assessment a : dataset.assessments()) {
            for (Judgment j : a.judgments()) {
                row++;
                List<String> cells = row(a, j);
                for (int c = 0; c < cells.size(); c++) {
                    int at = Quoted.firstUnpairedSurrogate(cells.get(c));
                    if (at >= 0) {
                        throw new UncheckedIOException(new IOException("Row " + row + ", column '" + COLUMNS.get(c)
                                + "': " + Quoted.of(cells.get(c)) + " holds an unpaired surrogate "
                                + String.format("\\u%04X", (int) cells.get(c).charAt(at)) + " at character " + (at + 1)
                                + ", which no encoding can write: a grade table cannot hold it"));
                    }
                }
            }
        }
    }

    private static List<String> row(Assessment a, Judgment j) {
        return List.of(a.force(), a.cycle(), j.question(), j.grade().map(Grade::id).orElse(""),
                j.status().map(JudgmentStatus::id).orElse(""), j.updated().map(PartialDate::toString).orElse(""),
                j.carriedOverFrom().orElse(""));
    }

    /**
     * @param dataset the assessments
     * @return the grade table as text
     */
    public String write(Dataset dataset) {
        java.io.StringWriter out = new java.io.StringWriter();
        write(dataset, out);
        return out.toString();
    }

    /** Keeps the caller's writer open when the CSV writer closes. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() {
            try {
                flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
