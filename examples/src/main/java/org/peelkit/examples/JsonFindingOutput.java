package org.peelkit.examples;

import java.io.PrintWriter;
import java.util.List;
import org.peelkit.rules.ValidationFinding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code peel validate --format json}: one JSON object, written as findings are found with Jackson's
 * generator, so that memory stays flat however many there are. The findings come first and the
 * counts after them, since they are known only at the end:
 * {@code {"findings": [...], "unreadable": [...], "valid": false, "errors": 7, "warnings": 1, "files": 1, "assessments": 1}}.
 *
 * <pre>{@code
 * JsonFindingOutput json = new JsonFindingOutput(out);
 * json.finding("data.json", finding);   // {"findings":[{"file":"data.json","severity":"error",...}
 * json.end(totals, List.of());          // ],"unreadable":[],"valid":false,"errors":1,...}
 * }</pre>
 */
final class JsonFindingOutput implements ValidateCommand.FindingOutput {

    private static final JsonMapper MAPPER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final PrintWriter out;
    private final JsonGenerator json;

    JsonFindingOutput(PrintWriter out) {
        this.out = out;
        this.json = MAPPER.createGenerator(out);
        json.writeStartObject();
        json.writeName("findings");
        json.writeStartArray();
    }

    @Override
    public void finding(String source, ValidationFinding f) {
        json.writeStartObject();
        json.writeStringProperty("file", source);
        json.writeStringProperty("severity", f.severity().id());
        json.writeStringProperty("rule", f.rule());
        json.writeStringProperty("path", f.path());
        f.location().ifPresent(l -> {
            json.writeNumberProperty("line", l.line());
            json.writeNumberProperty("column", l.column());
        });
        json.writeStringProperty("message", f.message());
        json.writeEndObject();
    }

    @Override
    public void end(ValidateCommand.Totals t, List<ValidateCommand.Unreadable> unreadable) {
        json.writeEndArray();
        json.writeName("unreadable");
        json.writeStartArray();
        for (ValidateCommand.Unreadable u : unreadable) {
            json.writeStartObject();
            json.writeStringProperty("file", u.file());
            u.location().ifPresent(l -> {
                json.writeNumberProperty("line", l.line());
                json.writeNumberProperty("column", l.column());
            });
            json.writeStringProperty("message", u.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeBooleanProperty("valid", t.errors() == 0 && unreadable.isEmpty());
        json.writeNumberProperty("errors", t.errors());
        json.writeNumberProperty("warnings", t.warnings());
        json.writeNumberProperty("files", t.files());
        json.writeNumberProperty("assessments", t.assessments());
        json.writeEndObject();
        json.close();
        out.println();
    }
}
