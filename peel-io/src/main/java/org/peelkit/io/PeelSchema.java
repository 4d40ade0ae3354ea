package org.peelkit.io;

import java.io.InputStream;
import java.net.URL;

/**
 * The JSON Schema (draft 2020-12) of PEEL JSON format 1, shipped as a resource for tools that
 * check structure with a general schema validator. It describes structure only; the catalogue
 * rules are {@code peel-rules}' job. A test keeps it in agreement with {@link PeelJson}'s reader.
 *
 * <pre>{@code
 * try (InputStream schema = PeelSchema.open()) {
 *     // hand it to any draft 2020-12 validator
 * }
 * }</pre>
 */
public final class PeelSchema {

    /** The resource path of the schema. */
    public static final String RESOURCE = "/org/peelkit/io/peel-json-1.schema.json";

    private PeelSchema() {
    }

    /** @return the schema's location on the class path */
    public static URL url() {
        return PeelSchema.class.getResource(RESOURCE);
    }

    /** @return a new stream of the schema; close it */
    public static InputStream open() {
        return PeelSchema.class.getResourceAsStream(RESOURCE);
    }
}
