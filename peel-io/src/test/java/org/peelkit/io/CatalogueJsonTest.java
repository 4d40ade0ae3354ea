package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Cycle;

class CatalogueJsonTest {

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private final CatalogueJson json = CatalogueJson.standard();

    @Test
    void theBuiltInCatalogueRoundTrips() {
        String written = json.write(Catalogue.builtIn());
        Catalogue read = json.read(utf8(written), "catalogue.json").orElseThrow();
        assertEquals(Catalogue.builtIn().cycles(), read.cycles());
        assertEquals(Catalogue.builtIn().forces(), read.forces());
        assertEquals(written, json.write(read));
    }

    @Test
    void anUpdatedCatalogueIsUsedWithoutARelease() {
        String written = json.write(Catalogue.builtIn())
                .replace("\"provisional\": true", "\"provisional\": false");
        Catalogue mine = json.read(utf8(written), "updated.json").orElseThrow();
        assertEquals(false, Cycle.of("2025-27", mine).provisional());
    }

    @Test
    void aBadCatalogueFailsNamingThePointer() {
        String written = json.write(Catalogue.builtIn()).replaceFirst("\"scale\": \"four-point\"", "\"scale\": \"six-point\"");
        PeelReadException e = assertThrows(PeelReadException.class, () -> json.read(utf8(written), "bad.json").orElseThrow());
        assertTrue(e.getMessage().contains("/cycles/0/scale") && e.getMessage().contains("six-point"), e.getMessage());
        PeelReadException notJson = assertThrows(PeelReadException.class, () -> json.read(utf8("{"), "x.json"));
        assertTrue(notJson.location().isPresent(), notJson::getMessage);
    }

    @Test
    void everyProblemOfACatalogueIsReportedLocated() {
        String written = json.write(Catalogue.builtIn())
                .replaceFirst("\"scale\": \"four-point\"", "\"scale\": \"six-point\"")
                .replaceFirst("\"provisional\": false", "\"provisional\": \"no\"")
                .replaceFirst("\"inPeelScope\": true", "\"inPeelScope\": true, \"colour\": \"blue\"");
        CatalogueJson.Read read = json.read(utf8(written), "bad.json");
        assertEquals(java.util.Optional.empty(), read.catalogue());
        assertEquals(java.util.List.of("/cycles/0/scale", "/cycles/0/provisional", "/forces/0/colour"),
                read.problems().stream().map(ReadProblem::path).toList());
        for (ReadProblem p : read.problems()) {
            String line = written.lines().skip(p.location().line() - 1).findFirst().orElseThrow();
            String key = p.path().substring(p.path().lastIndexOf('/') + 1);
            assertTrue(line.substring((int) p.location().column() - 1).startsWith("\"") || line.contains("\"" + key + "\""),
                    () -> p + " is located on its own line: " + line);
        }
    }

    private static final String CYCLE = "{\"id\": \"2016\", \"name\": \"PEEL 2016\", \"scale\": \"four-point\", \"gradingLevel\": \"pillars\","
            + " \"comparabilityGroup\": \"g\", \"window\": {\"first\": \"2016-01-01\", \"last\": \"2016-12-31\"}, \"provisional\": false,"
            + " \"questions\": [{\"id\": \"effectiveness\", \"pillar\": \"effectiveness\", \"label\": \"E\", \"wording\": \"How?\","
            + " \"graded\": true, \"required\": true}]}";
    private static final String FORCE = "{\"id\": \"kent\", \"names\": [{\"name\": \"Kent Police\", \"since\": \"2000-01-01\"}],"
            + " \"onsCode\": \"E23000032\", \"inPeelScope\": true}";
    private static final String SMALL = "{\"peelCatalogue\": \"1\", \"cycles\": [" + CYCLE + "], \"forces\": [" + FORCE + "]}";

    /** The one problem of the small catalogue with {@code from} replaced by {@code to}: its pointer and message. */
    private String problemOf(String from, String to) {
        assertTrue(SMALL.contains(from), from);
        CatalogueJson.Read read = json.read(utf8(SMALL.replace(from, to)), "c.json");
        assertEquals(java.util.Optional.empty(), read.catalogue(), "a catalogue with a problem is not built");
        assertEquals(1, read.problems().size(), read.problems()::toString);
        ReadProblem p = read.problems().get(0);
        assertEquals(ReadProblem.MALFORMED_VALUE, p.rule());
        return p.path() + " " + p.message();
    }

    @Test
    void aSmallCatalogueIsReadWhole() {
        Catalogue c = json.read(utf8(SMALL), "c.json").orElseThrow();
        assertEquals(java.util.List.of("2016"), c.cycles().stream().map(Cycle::id).toList());
        Cycle cycle = c.cycles().get(0);
        assertEquals(java.util.Optional.of("How?"), cycle.questions().get(0).wording());
        assertEquals(java.util.Optional.of(org.peelkit.model.Pillar.EFFECTIVENESS), cycle.questions().get(0).pillar());
        assertEquals(java.time.LocalDate.of(2016, 12, 31), cycle.window().last());
        org.peelkit.model.Force kent = c.forces().get(0);
        assertEquals(java.util.Optional.of("E23000032"), kent.onsCode());
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2000, 1, 1)), kent.names().get(0).since());
        Catalogue bare = json.read(utf8(SMALL.replace(", \"since\": \"2000-01-01\"", "").replace(", \"onsCode\": \"E23000032\"", "")
                .replace("\"pillar\": \"effectiveness\", ", "").replace("\"wording\": \"How?\",", "")), "c.json").orElseThrow();
        assertEquals(java.util.Optional.empty(), bare.forces().get(0).onsCode());
        assertEquals(java.util.Optional.empty(), bare.forces().get(0).names().get(0).since());
        assertEquals(java.util.Optional.empty(), bare.cycles().get(0).questions().get(0).wording());
        assertEquals(java.util.Optional.empty(), bare.cycles().get(0).questions().get(0).pillar());
    }

    @Test
    void eachProblemOfACatalogueIsNamedByItsPointer() {
        assertEquals("/peelCatalogue unsupported catalogue version: expected \"1\"", problemOf("\"peelCatalogue\": \"1\"", "\"peelCatalogue\": \"2\""));
        assertEquals("/x unknown field 'x'", problemOf("{\"peelCatalogue\"", "{\"x\": 0, \"peelCatalogue\""));
        assertEquals(" missing required field 'forces'", problemOf(", \"forces\": [" + FORCE + "]", ""));
        assertEquals("/cycles expected an array", problemOf("[" + CYCLE + "]", "{}"));
        assertEquals("/cycles/0 expected an object", problemOf("[" + CYCLE + "]", "[7]"));
        assertEquals("/cycles/0/id expected a string", problemOf("\"id\": \"2016\"", "\"id\": 2016"));
        assertEquals("/cycles/0/scale unknown GradeScale 'six-point'", problemOf("four-point", "six-point"));
        assertEquals("/cycles/0/gradingLevel unknown GradingLevel 'areas '", problemOf("\"pillars\"", "\"areas \""));
        assertEquals("/cycles/0/window/first expected a date YYYY-MM-DD, found '2016-13-01'", problemOf("2016-01-01", "2016-13-01"));
        assertEquals("/cycles/0/window missing required field 'last'",
                problemOf(", \"last\": \"2016-12-31\"", ""));
        assertEquals("/cycles/0/window expected an object", problemOf("{\"first\": \"2016-01-01\", \"last\": \"2016-12-31\"}", "1"));
        assertEquals("/cycles/0 missing required field 'window'",
                problemOf("{\"first\": \"2016-01-01\", \"last\": \"2016-12-31\"}", "null"));
        assertEquals("/cycles/0/window/w unknown field 'w'", problemOf("{\"first\"", "{\"w\": 1, \"first\""));
        assertEquals("/cycles/0/provisional expected true or false", problemOf("\"provisional\": false", "\"provisional\": \"no\""));
        assertEquals("/cycles/0/questions/0 expected an object", problemOf("[{\"id\": \"effectiveness\"", "[1, {\"id\": \"effectiveness\""));
        assertEquals("/cycles/0/questions/0/y unknown field 'y'", problemOf("\"label\": \"E\"", "\"label\": \"E\", \"y\": 1"));
        assertEquals("/cycles/0/questions/0/pillar unknown Pillar 'leadership'", problemOf("\"pillar\": \"effectiveness\"",
                "\"pillar\": \"leadership\""));
        assertEquals("/cycles/0/questions/0/wording expected a string", problemOf("\"How?\"", "7"));
        assertEquals("/cycles/0/questions/0/graded expected true or false", problemOf("\"graded\": true", "\"graded\": 1"));
        assertEquals("/forces/0/names a force needs at least one name", problemOf("[{\"name\": \"Kent Police\", \"since\": \"2000-01-01\"}]", "[]"));
        assertEquals("/forces/0/names/0/since expected a date YYYY-MM-DD, found '2000'", problemOf("2000-01-01", "2000"));
        assertEquals("/forces/0/names/0 expected an object", problemOf("[{\"name\": \"Kent Police\"", "[3, {\"name\": \"Kent Police\""));
        assertEquals("/forces/0/onsCode expected a string", problemOf("\"E23000032\"", "false"));
        assertEquals("/forces/0/inPeelScope expected true or false", problemOf("\"inPeelScope\": true", "\"inPeelScope\": \"yes\""));
        assertEquals("/forces/0 missing required field 'inPeelScope'", problemOf("\"inPeelScope\": true", "\"inPeelScope\": null"),
                "null is no value");
        assertEquals("/forces/0/a~1b unknown field 'a/b'", problemOf("{\"id\": \"kent\"", "{\"a/b\": 1, \"id\": \"kent\""));
    }

    @Test
    void aCatalogueThatBreaksTheModelsRulesIsOneProblemAtItsTop() {
        CatalogueJson.Read read = json.read(utf8(SMALL.replace("[" + FORCE + "]", "[" + FORCE + ", " + FORCE + "]")), "c.json");
        assertEquals(1, read.problems().size(), read.problems()::toString);
        ReadProblem p = read.problems().get(0);
        assertEquals("", p.path());
        assertEquals(Location.of(1, 1), p.location());
        assertTrue(p.message().contains("kent"), p::message);
    }

    @Test
    void orElseThrowNamesEveryProblemLocatedAtTheFirst() {
        String text = SMALL.replace("four-point", "six-point").replace("\"inPeelScope\": true", "\"inPeelScope\": 1");
        PeelReadException e = assertThrows(PeelReadException.class, () -> json.read(utf8(text), "c.json").orElseThrow());
        Location scale = Location.of(1, text.indexOf("\"six-point") + 1);
        Location scope = Location.of(1, text.indexOf("1}]}") + 1);
        assertEquals("c.json:" + scale + ": 2 problems in the catalogue: " + scale + " /cycles/0/scale: unknown GradeScale 'six-point'; "
                + scope + " /forces/0/inPeelScope: expected true or false", e.getMessage());
        PeelReadException top = assertThrows(PeelReadException.class, () -> json.read(utf8("[]"), "c.json").orElseThrow());
        assertEquals("c.json:1:1: 1 problem in the catalogue: 1:1 \"\": expected an object", top.getMessage());
    }

    @Test
    void aCatalogueThatIsNotJsonIsTheDocumentedExceptionAtItsPlace() {
        assertEquals("c.json:1:10: Not readable as JSON: Found more after the end of the document: one JSON value per document",
                assertThrows(PeelReadException.class, () -> json.read(utf8("{\"a\": 1} {}"), "c.json")).getMessage());
        assertEquals("c.json:2:12: Not readable as JSON: The input ends too early: an array is not closed (a ']' is missing)",
                assertThrows(PeelReadException.class, () -> json.read(utf8("{\n\"cycles\": ["), "c.json")).getMessage());
        assertEquals("c.json:1:9: Not valid UTF-8 (byte 0xFF): PEEL JSON is UTF-8",
                assertThrows(PeelReadException.class, () -> json.read(new byte[] {'{', '"', '\u00e9' & 0x7F, '"', ':', ' ', '"', 'x', (byte) 0xFF}, "c.json"))
                        .getMessage());
    }
}
