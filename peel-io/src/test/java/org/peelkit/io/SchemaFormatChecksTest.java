package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema says what it can of issue 10's checks: control characters in text (PEEL-019), http(s) sources. */
class SchemaFormatChecksTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(PeelSchema.open());
    private static final String START = "{\"force\": \"kent\", \"cycle\": \"2016\", \"partial\": true, ";

    @ParameterizedTest
    @ValueSource(strings = {
        "\"inspector\": \"Lee\\u0007\", \"judgments\": []",
        "\"inspector\": \"Lee\\n\", \"judgments\": []",
        "\"judgments\": [{\"question\": \"effectiveness\", \"grade\": \"good\", \"summary\": \"a\\u0000b\"}]",
        "\"judgments\": [{\"question\": \"effectiveness\", \"grade\": \"good\", \"summary\": \"a\\u001b[2J\"}]",
        "\"judgments\": [], \"source\": \"not a uri \\u0000 <script>\"",
        "\"judgments\": [], \"source\": \"ftp://example.org/x\"",
        "\"judgments\": [], \"source\": \"https://example.org/x\\n\"",
        "\"judgments\": [], \"source\": \"https://\""
    })
    void theSchemaRejectsControlCharactersAndOtherSources(String rest) {
        assertFalse(SCHEMA.validate(JsonTrees.tree(START + rest + "}")).isEmpty(), rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"judgments\": [{\"question\": \"effectiveness\", \"grade\": \"good\", \"summary\": \"One.\\n\\tTwo.\"}]",
        "\"judgments\": [], \"source\": \"https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent/\"",
        "\"judgments\": [], \"source\": \"HTTP://example.org\""
    })
    void theSchemaAcceptsTabsAndLineFeedsInLongTextAndHttpSources(String rest) {
        assertEquals(List.of(), SCHEMA.validate(JsonTrees.tree(START + rest + "}")), rest);
    }
}
