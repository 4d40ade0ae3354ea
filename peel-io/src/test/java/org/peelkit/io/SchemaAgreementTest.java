package org.peelkit.io;

import org.peelkit.testkit.SharedFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;
import org.peelkit.testkit.Seeds;

/** The shipped schema agrees with the reader: on every fixture, thousands of generated documents, and bad ones. */
class SchemaAgreementTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(PeelSchema.open());
    private static final PeelJson JSON = PeelJson.standard();
    private static final PeelGenerator GENERATOR = PeelGenerator.builtIn();

    private static List<Error> validate(String json) {
        return SCHEMA.validate(JsonTrees.tree(json));
    }

    static List<Path> fixtures() {
        return SharedFiles.fixtures();
    }

    static List<Seed> seeds() {
        return Seeds.sample(2_000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureValidatesAgainstTheSchema(Path fixture) {
        assertEquals(List.of(), validate(SharedFiles.text(fixture)), fixture.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyGeneratedDocumentValidatesAgainstTheSchema(Seed seed) {
        assertEquals(List.of(), validate(PeelJsonWriter.standard().write(GENERATOR.assessment(seed))), seed::toString);
        if (seed.value() % 10 == 0) {
            assertEquals(List.of(), validate(PeelJsonWriter.standard().write(GENERATOR.dataset(seed, 30))), seed::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [], \"colour\": 1}",
        "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [{\"question\": \"q\", \"grade\": \"Good\"}]}",
        "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [], \"published\": \"2023-13\"}",
        "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [], \"inspector\": null}",
        "{\"force\": \"kent\", \"cycle\": \"2016\"}",
        "{\"peel\": \"1\", \"assessments\": [{\"peel\": \"1\", \"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": []}]}",
        "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [], \"findings\": [{\"type\": \"area-for-improvement\", \"text\": \"t\", \"accelerated\": true}]}"
    })
    void documentsTheReaderReportsTheSchemaRejects(String document) {
        PeelDocument read = Reads.document(JSON, document, "bad.json");
        assertFalse(read.problems().isEmpty(), "the reader reports it");
        assertFalse(validate(document).isEmpty(), "the schema rejects it");
    }

    @Test
    void theSchemaIsOnTheClassPath() {
        assertFalse(PeelSchema.url() == null);
    }
}
