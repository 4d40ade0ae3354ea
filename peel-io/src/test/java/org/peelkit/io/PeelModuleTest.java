package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class PeelModuleTest {

    /** A user's own type holding peel values. */
    record Report(String title, Assessment assessment, List<Dataset> data) {
    }

    @Test
    void serviceLoaderFindsTheModuleAndValuesRoundTripInsideUserTypes() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertTrue(mapper.registeredModules().stream().anyMatch(m -> m instanceof PeelModule),
                "registered through META-INF/services");
        Assessment a = PeelGenerator.builtIn().assessment(new Seed(5));
        Dataset d = PeelGenerator.builtIn().dataset(new Seed(6), 5);
        Report report = new Report("Quarterly", a, List.of(d));
        String json = mapper.writeValueAsString(report);
        assertEquals(report, mapper.readValue(json, Report.class));
        assertEquals(JsonLines.standard().writeLine(a), mapper.writeValueAsString(a), "the same canonical form as PeelJson");
    }

    @Test
    void aMapperReadsStrictlyAndNamesEveryProblem() {
        JsonMapper mapper = JsonMapper.builder().addModule(new PeelModule()).build();
        DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue(
                "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [], \"colour\": 1, \"partial\": \"no\"}",
                Assessment.class));
        assertTrue(e.getMessage().contains("PEEL-018 /colour") && e.getMessage().contains("PEEL-019 /partial"),
                e.getMessage());
    }
}
