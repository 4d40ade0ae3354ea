package org.peelkit.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Cycle;
import org.peelkit.model.DateWindow;
import org.peelkit.model.Force;
import org.peelkit.model.ForceName;
import org.peelkit.model.GradeScale;
import org.peelkit.model.GradingLevel;
import org.peelkit.model.PeelException;
import org.peelkit.model.Pillar;
import org.peelkit.model.Question;
import org.peelkit.model.Vocabulary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a catalogue as JSON ({@code {"peelCatalogue": "1", "cycles": [...], "forces": [...]}}),
 * strictly: a catalogue is configuration, so the first problem fails with a
 * {@link PeelReadException} naming its JSON Pointer.
 */
final class CatalogueJson {

    private static final String VERSION = "1";

    private final JsonMapper mapper;

    CatalogueJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String write(Catalogue catalogue) {
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

    Catalogue read(String json, String source) {
        Node root = new Node(source, "", mapper.readTree(json));
        root.only(Set.of("peelCatalogue", "cycles", "forces"));
        if (!VERSION.equals(root.text("peelCatalogue"))) {
            throw root.at("peelCatalogue").fail("unsupported catalogue version: expected \"1\"");
        }
        List<Cycle> cycles = new ArrayList<>();
        for (Node c : root.array("cycles")) {
            c.only(Set.of("id", "name", "scale", "gradingLevel", "comparabilityGroup", "window", "provisional", "questions"));
            String id = c.text("id");
            Node window = c.at("window");
            window.only(Set.of("first", "last"));
            List<Question> questions = new ArrayList<>();
            for (Node q : c.array("questions")) {
                q.only(Set.of("id", "pillar", "label", "wording", "graded", "required"));
                Optional<Pillar> pillar = q.optionalText("pillar").map(p -> q.at("pillar").word(Pillar.class, p));
                questions.add(new Question(q.text("id"), id, pillar, q.text("label"), q.optionalText("wording"),
                        q.bool("graded"), q.bool("required")));
            }
            cycles.add(new Cycle(id, c.text("name"), c.at("scale").word(GradeScale.class, c.text("scale")),
                    c.at("gradingLevel").word(GradingLevel.class, c.text("gradingLevel")), c.text("comparabilityGroup"),
                    new DateWindow(window.date("first"), window.date("last")), c.bool("provisional"), questions));
        }
        List<Force> forces = new ArrayList<>();
        for (Node f : root.array("forces")) {
            f.only(Set.of("id", "names", "onsCode", "inPeelScope"));
            List<ForceName> names = new ArrayList<>();
            for (Node n : f.array("names")) {
                n.only(Set.of("name", "since"));
                names.add(new ForceName(n.text("name"), n.optionalText("since").map(s -> n.date("since"))));
            }
            if (names.isEmpty()) {
                throw f.at("names").fail("a force needs at least one name");
            }
            forces.add(new Force(f.text("id"), names, f.optionalText("onsCode"), f.bool("inPeelScope")));
        }
        try {
            return Catalogue.of(cycles, forces);
        } catch (PeelException e) {
            throw new PeelReadException(source, 0, 0, e.getMessage());
        }
    }

    /** A value of the catalogue document with its JSON Pointer. */
    private record Node(String source, String pointer, JsonNode json) implements Iterable<Node> {

        PeelReadException fail(String message) {
            return new PeelReadException(source, 0, 0, (pointer.isEmpty() ? "/" : pointer) + ": " + message);
        }

        Node at(String field) {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                throw fail("missing required field '" + field + "'");
            }
            return new Node(source, pointer + "/" + JsonCursor.escape(field), v);
        }

        void only(Set<String> fields) {
            if (!json.isObject()) {
                throw fail("expected an object");
            }
            for (Map.Entry<String, JsonNode> e : json.properties()) {
                if (!fields.contains(e.getKey())) {
                    throw new Node(source, pointer + "/" + JsonCursor.escape(e.getKey()), e.getValue())
                            .fail("unknown field '" + e.getKey() + "'");
                }
            }
        }

        String text(String field) {
            Node n = at(field);
            if (!n.json.isString()) {
                throw n.fail("expected a string");
            }
            return n.json.stringValue();
        }

        Optional<String> optionalText(String field) {
            return json.has(field) ? Optional.of(text(field)) : Optional.empty();
        }

        boolean bool(String field) {
            Node n = at(field);
            if (!n.json.isBoolean()) {
                throw n.fail("expected true or false");
            }
            return n.json.booleanValue();
        }

        LocalDate date(String field) {
            String text = text(field);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw at(field).fail("expected a date YYYY-MM-DD, found '" + text + "'");
            }
        }

        <E extends Enum<E> & Vocabulary> E word(Class<E> type, String id) {
            return Vocabulary.fromId(type, id).orElseThrow(() -> fail("unknown " + type.getSimpleName() + " '" + id + "'"));
        }

        Iterable<Node> array(String field) {
            Node n = at(field);
            if (!n.json.isArray()) {
                throw n.fail("expected an array");
            }
            return n;
        }

        @Override
        public Iterator<Node> iterator() {
            List<Node> items = new ArrayList<>();
            for (int i = 0; i < json.size(); i++) {
                items.add(new Node(source, pointer + "/" + i, json.get(i)));
            }
            return items.iterator();
        }
    }
}
