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
}
