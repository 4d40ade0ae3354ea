package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Cycle;

class CatalogueJsonTest {

    private final PeelJson json = PeelJson.standard();

    @Test
    void theBuiltInCatalogueRoundTrips() {
        String written = json.writeCatalogue(Catalogue.builtIn());
        Catalogue read = json.readCatalogue(written, "catalogue.json");
        assertEquals(Catalogue.builtIn().cycles(), read.cycles());
        assertEquals(Catalogue.builtIn().forces(), read.forces());
        assertEquals(written, json.writeCatalogue(read));
    }

    @Test
    void anUpdatedCatalogueIsUsedWithoutARelease() {
        String written = json.writeCatalogue(Catalogue.builtIn())
                .replace("\"provisional\": true", "\"provisional\": false");
        Catalogue mine = json.readCatalogue(written, "updated.json");
        assertEquals(false, Cycle.of("2025-27", mine).provisional());
    }

    @Test
    void aBadCatalogueFailsNamingThePointer() {
        String written = json.writeCatalogue(Catalogue.builtIn()).replaceFirst("\"scale\": \"four-point\"", "\"scale\": \"six-point\"");
        PeelReadException e = assertThrows(PeelReadException.class, () -> json.readCatalogue(written, "bad.json"));
        assertTrue(e.getMessage().contains("/cycles/0/scale") && e.getMessage().contains("six-point"), e.getMessage());
        PeelReadException notJson = assertThrows(PeelReadException.class, () -> json.readCatalogue("{", "x.json"));
        assertTrue(notJson.line().isPresent(), notJson::getMessage);
    }
}
