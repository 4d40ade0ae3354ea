package org.peelkit.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Counted;
import org.peelkit.model.Cycle;
import org.peelkit.model.DateWindow;
import org.peelkit.model.Force;
import org.peelkit.model.ForceName;
import org.peelkit.model.GradeScale;
import org.peelkit.model.GradingLevel;
import org.peelkit.model.PeelException;
import org.peelkit.model.Pillar;
import org.peelkit.model.Question;
import org.peelkit.model.Quoted;
import org.peelkit.model.Vocabulary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a catalogue as JSON ({@code {"peelCatalogue": "1", "cycles": [...], "forces": [...]}}),
 * for example one that adds the rest of 2025–27 once HMICFRS publishes it. Reading reports every
 * problem, each located by JSON Pointer, line and column, as documents do; a catalogue with any
 * problem is not built. Thread-safe.
 *
 * <pre>{@code
 * CatalogueJson catalogues = CatalogueJson.standard();
 * Files.writeString(Path.of("catalogue-2026.json"), catalogues.write(Catalogue.builtIn()));
 * CatalogueJson.Read read = catalogues.read(Path.of("catalogue-2026.json"));
 * read.problems().forEach(p -> System.err.println(p.location() + " " + p.path() + ": " + p.message()));
 * Catalogue mine = read.orElseThrow();   // PeelReadException listing every problem
 * }</pre>
 */
public final class CatalogueJson {

    private static final String VERSION = "1";
    private static final CatalogueJson STANDARD = new CatalogueJson();
    private static final JsonDocuments BYTES = new JsonDocuments(ReadLimits.DEFAULT);

    /**
     * What reading a catalogue gave.
     *
     * @param source    the input's name
     * @param catalogue the catalogue, when there was no problem
     * @param problems  every problem, located
     */
    public record Read(String source, Optional<Catalogue> catalogue, List<ReadProblem> problems) {

        /**
         * Checks that nothing is null, and copies the problems.
         *
         * @param source the input's name
         * @param catalogue the catalogue, when there was no problem
         * @param problems every problem, located
         */
        public Read {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(catalogue, "catalogue");
            problems = List.copyOf(problems);
        }

        /**
         * @return the catalogue
         * @throws PeelReadException naming every problem, located at the first
         */
        public Catalogue orElseThrow() {
            if (catalogue.isPresent()) {
                return catalogue.get();
            }
            StringBuilder all = new StringBuilder();
            for (ReadProblem p : problems) {
                all.append(all.length() == 0 ? "" : "; ").append(p.location()).append(' ')
                        .append(p.path().isEmpty() ? "\"\"" : p.path()).append(": ").append(p.message());
            }
            throw PeelReadException.at(source, problems.get(0).location(), Counted.of(problems.size(), "problem") + " in the catalogue: " + all);
        }
    }

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final JsonFactory factory = JsonFactory.builder().build();

    private CatalogueJson() {
    }

    /** @return the shared instance */
    public static CatalogueJson standard() {
        return STANDARD;
    }

    /**
     * @param file a catalogue document, as {@link #write(Catalogue)} writes one
     * @return the catalogue, or every problem
     * @throws PeelReadException when the file cannot be opened, or is not JSON at all
     */
    public Read read(Path file) {
        return read(BYTES.bytes(file), file.toString());
    }

    /**
     * @param in     a catalogue document; read to its end, not closed
     * @param source a name for the input in messages
     * @return the catalogue, or every problem
     * @throws PeelReadException when the input cannot be read, or is not JSON at all
     */
    public Read read(InputStream in, String source) {
        return read(BYTES.bytes(in, source), source);
    }

    /**
     * @param utf8   a catalogue document in UTF-8
     * @param source a name for the input in messages
     * @return the catalogue, or every problem
     * @throws PeelReadException when the bytes are not JSON at all
     */
    public Read read(byte[] utf8, String source) {
        Utf8 utf = JsonDocuments.requireUtf8(utf8, 0, source, 0);
        JsonNode tree;
        try {
            tree = mapper.readTree(utf8);
        } catch (JacksonException e) {
            throw JsonDocuments.notJson(e, null, utf::charColumn, source, 0);
        }
        Supplier<JsonParser> open = () -> factory.createParser(ObjectReadContext.empty(), utf8);
        NodeIndex index = NodeIndex.lazy(() -> LocationIndex.build(open, utf::charColumn, 0));
        List<ReadProblem> problems = new ArrayList<>();
        Catalogue catalogue = new Reading(index, problems).catalogue(new Node("", tree));
        return new Read(source, problems.isEmpty() ? Optional.ofNullable(catalogue) : Optional.empty(), problems);
    }

    /**
     * @param catalogue a catalogue, e.g. {@code Catalogue.builtIn()} to start an updated one from
     * @return its JSON document
     */
    public String write(Catalogue catalogue) {
        return write(catalogue, PeelJsonWriter.Pretty.MAPPER);
    }

    /**
     * @param catalogue a catalogue
     * @param out       where to write its JSON document; flushed, not closed
     */
    public void write(Catalogue catalogue, Writer out) {
        try {
            out.write(write(catalogue));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param catalogue a catalogue
     * @param out       where to write its JSON document in UTF-8; flushed, not closed
     */
    public void write(Catalogue catalogue, OutputStream out) {
        write(catalogue, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static String write(Catalogue catalogue, JsonMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("peelCatalogue", VERSION);
        ArrayNode cycles = root.putArray("cycles");
        for (Cycle c : catalogue.cycles()) {
            ObjectNode n = cycles.addObject();
            n.put("id", c.id());
            n.put("name", c.name());
            n.put("scale", c.scale().id());
            n.put("gradingLevel", c.gradingLevel().id());
            n.put("comparabilityGroup", c.comparabilityGroup());
            ObjectNode w = n.putObject("window");
            w.put("first", c.window().first().toString());
            w.put("last", c.window().last().toString());
            n.put("provisional", c.provisional());
            ArrayNode qs = n.putArray("questions");
            for (Question q : c.questions()) {
                ObjectNode qn = qs.addObject();
                qn.put("id", q.id());
                q.pillar().ifPresent(p -> qn.put("pillar", p.id()));
                qn.put("label", q.label());
                q.wording().ifPresent(v -> qn.put("wording", v));
                qn.put("graded", q.graded());
                qn.put("required", q.required());
            }
        }
        ArrayNode forces = root.putArray("forces");
        for (Force f : catalogue.forces()) {
            ObjectNode n = forces.addObject();
            n.put("id", f.id());
            ArrayNode names = n.putArray("names");
            for (ForceName name : f.names()) {
                ObjectNode nn = names.addObject();
                nn.put("name", name.name());
                name.since().ifPresent(d -> nn.put("since", d.toString()));
            }
            f.onsCode().ifPresent(code -> n.put("onsCode", code));
            n.put("inPeelScope", f.inPeelScope());
        }
        return mapper.writeValueAsString(root) + "\n";
    }

    /** One reading of a catalogue: every problem is noted, located, and reading goes on. */
    private static final class Reading {
        private final NodeIndex index;
        private final List<ReadProblem> problems;

        Reading(NodeIndex index, List<ReadProblem> problems) {
            this.index = index;
            this.problems = problems;
        }

        /** Notes a problem at a node; returns null, for the caller's value. */
        <T> T problem(Node at, String message) {
            problems.add(new ReadProblem(ReadProblem.MALFORMED_VALUE, at.pointer(), locate(at.pointer()), message));
            return null;
        }

        private Location locate(String pointer) {
            String p = pointer;
            while (true) {
                Optional<Location> at = index.location(p);
                if (at.isPresent()) {
                    return at.get();
                }
                if (p.isEmpty()) {
                    return Location.of(1, 1);
                }
                p = p.substring(0, p.lastIndexOf('/'));
            }
        }

        Catalogue catalogue(Node root) {
            if (!only(root, Set.of("peelCatalogue", "cycles", "forces"))) {
                return null;
            }
            String version = text(root, "peelCatalogue");
            if (version != null && !VERSION.equals(version)) {
                problem(root.at("peelCatalogue"), "unsupported catalogue version: expected \"1\"");
            }
            List<Cycle> cycles = new ArrayList<>();
            for (Node c : array(root, "cycles")) {
                Cycle cycle = cycle(c);
                if (cycle != null) {
                    cycles.add(cycle);
                }
            }
            List<Force> forces = new ArrayList<>();
            for (Node f : array(root, "forces")) {
                Force force = force(f);
                if (force != null) {
                    forces.add(force);
                }
            }
            if (!problems.isEmpty()) {
                return null;
            }
            try {
                return Catalogue.of(cycles, forces);
            } catch (PeelException e) {
                return problem(root, e.getMessage());
            }
        }

        private Cycle cycle(Node c) {
            if (!only(c, Set.of("id", "name", "scale", "gradingLevel", "comparabilityGroup", "window", "provisional", "questions"))) {
                return null;
            }
            int before = problems.size();
            String id = text(c, "id");
            String name = text(c, "name");
            GradeScale scale = word(c, "scale", GradeScale.class);
            GradingLevel level = word(c, "gradingLevel", GradingLevel.class);
            String group = text(c, "comparabilityGroup");
            Node window = required(c, "window");
            LocalDate first = null;
            LocalDate last = null;
            if (window != null && only(window, Set.of("first", "last"))) {
                first = date(window, "first");
                last = date(window, "last");
            }
            Boolean provisional = bool(c, "provisional");
            List<Question> questions = new ArrayList<>();
            for (Node q : array(c, "questions")) {
                if (!only(q, Set.of("id", "pillar", "label", "wording", "graded", "required"))) {
                    continue;
                }
                String qid = text(q, "id");
                Optional<Pillar> pillar = q.has("pillar") ? Optional.ofNullable(word(q, "pillar", Pillar.class)) : Optional.empty();
                String label = text(q, "label");
                Optional<String> wording = q.has("wording") ? Optional.ofNullable(text(q, "wording")) : Optional.empty();
                Boolean graded = bool(q, "graded");
                Boolean required = bool(q, "required");
                if (problems.size() == before) {
                    questions.add(new Question(qid, id, pillar, label, wording, graded, required));
                }
            }
            if (problems.size() > before) {
                return null;
            }
            return new Cycle(id, name, scale, level, group, new DateWindow(first, last), provisional, questions);
        }

        private Force force(Node f) {
            if (!only(f, Set.of("id", "names", "onsCode", "inPeelScope"))) {
                return null;
            }
            int before = problems.size();
            String id = text(f, "id");
            List<ForceName> names = new ArrayList<>();
            for (Node n : array(f, "names")) {
                if (only(n, Set.of("name", "since"))) {
                    String name = text(n, "name");
                    Optional<LocalDate> since = n.has("since") ? Optional.ofNullable(date(n, "since")) : Optional.empty();
                    names.add(new ForceName(name, since));
                }
            }
            if (names.isEmpty() && f.has("names")) {
                problem(f.at("names"), "a force needs at least one name");
            }
            Optional<String> ons = f.has("onsCode") ? Optional.ofNullable(text(f, "onsCode")) : Optional.empty();
            Boolean inScope = bool(f, "inPeelScope");
            return problems.size() > before ? null : new Force(id, names, ons, inScope);
        }

        private boolean only(Node n, Set<String> fields) {
            if (!n.json().isObject()) {
                problem(n, "expected an object");
                return false;
            }
            for (Map.Entry<String, JsonNode> e : n.json().properties()) {
                if (!fields.contains(e.getKey())) {
                    problem(n.at(e.getKey()), "unknown field " + Quoted.of(e.getKey()) + "");
                }
            }
            return true;
        }

        private Node required(Node n, String field) {
            JsonNode v = n.json().get(field);
            if (v == null || v.isNull()) {
                return problem(n, "missing required field '" + field + "'");
            }
            return n.at(field);
        }

        private String text(Node n, String field) {
            Node v = required(n, field);
            if (v == null) {
                return null;
            }
            return v.json().isString() ? v.json().stringValue() : problem(v, "expected a string");
        }

        private Boolean bool(Node n, String field) {
            Node v = required(n, field);
            if (v == null) {
                return null;
            }
            return v.json().isBoolean() ? v.json().booleanValue() : problem(v, "expected true or false");
        }

        private LocalDate date(Node n, String field) {
            String text = text(n, field);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return problem(n.at(field), "expected a date YYYY-MM-DD, found " + Quoted.of(text) + "");
            }
        }

        private <E extends Enum<E> & Vocabulary> E word(Node n, String field, Class<E> type) {
            String id = text(n, field);
            if (id == null) {
                return null;
            }
            return Vocabulary.fromId(type, id).orElseGet(() -> problem(n.at(field), "unknown " + type.getSimpleName() + " " + Quoted.of(id) + ""));
        }

        private List<Node> array(Node n, String field) {
            Node v = required(n, field);
            if (v == null) {
                return List.of();
            }
            if (!v.json().isArray()) {
                problem(v, "expected an array");
                return List.of();
            }
            List<Node> items = new ArrayList<>();
            for (int i = 0; i < v.json().size(); i++) {
                items.add(new Node(v.pointer() + "/" + i, v.json().get(i)));
            }
            return items;
        }
    }

    /** A value of the catalogue document with its JSON Pointer. */
    private record Node(String pointer, JsonNode json) {

        Node at(String field) {
            return new Node(pointer + "/" + JsonCursor.escape(field), json.get(field));
        }

        boolean has(String field) {
            return json.has(field) && !json.get(field).isNull();
        }
    }
}
