package org.peelkit.io;

import java.util.List;
import java.util.Optional;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Dataset;
import org.peelkit.model.Finding;
import org.peelkit.model.Judgment;
import org.peelkit.model.Metric;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.PartialDate;
import org.peelkit.model.Quoted;
import org.peelkit.model.Recommendation;
import org.peelkit.model.Vocabulary;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Writes the model as canonical PEEL JSON format 1: fields in the order of the spec's tables,
 * canonical spellings, and absent optional fields, empty lists and {@code false} defaults left out.
 */
final class ModelWriter {

    private ModelWriter() {
    }

    static void dataset(JsonGenerator g, Dataset d) {
        g.writeStartObject();
        g.writeStringProperty("peel", ModelReader.FORMAT_VERSION);
        g.writeName("assessments");
        g.writeStartArray();
        for (Assessment a : d.assessments()) {
            assessment(g, a, false);
        }
        g.writeEndArray();
        if (!d.monitoring().isEmpty()) {
            g.writeName("monitoring");
            g.writeStartArray();
            for (MonitoringPeriod m : d.monitoring()) {
                monitoring(g, m);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static void assessment(JsonGenerator g, Assessment a, boolean topLevel) {
        g.writeStartObject();
        if (topLevel) {
            g.writeStringProperty("peel", ModelReader.FORMAT_VERSION);
        }
        text(g, "force", a.force());
        text(g, "cycle", a.cycle());
        date(g, "published", a.published());
        string(g, "inspector", a.inspector());
        if (a.partial()) {
            g.writeBooleanProperty("partial", true);
        }
        g.writeName("judgments");
        g.writeStartArray();
        for (Judgment j : a.judgments()) {
            judgment(g, j);
        }
        g.writeEndArray();
        if (!a.findings().isEmpty()) {
            g.writeName("findings");
            g.writeStartArray();
            for (Finding f : a.findings()) {
                finding(g, f);
            }
            g.writeEndArray();
        }
        if (!a.metrics().isEmpty()) {
            g.writeName("metrics");
            g.writeStartArray();
            for (Metric m : a.metrics()) {
                metric(g, m);
            }
            g.writeEndArray();
        }
        string(g, "source", a.source());
        g.writeEndObject();
    }

    static void judgment(JsonGenerator g, Judgment j) {
        g.writeStartObject();
        text(g, "question", j.question());
        word(g, "grade", j.grade());
        word(g, "status", j.status());
        date(g, "updated", j.updated());
        string(g, "carriedOverFrom", j.carriedOverFrom());
        string(g, "summary", j.summary());
        g.writeEndObject();
    }

    static void finding(JsonGenerator g, Finding f) {
        g.writeStartObject();
        g.writeStringProperty("type", f.type().id());
        string(g, "question", f.question());
        text(g, "text", f.text());
        if (f instanceof CauseOfConcern c) {
            if (c.accelerated()) {
                g.writeBooleanProperty("accelerated", true);
            }
            if (!c.recommendations().isEmpty()) {
                g.writeName("recommendations");
                g.writeStartArray();
                for (Recommendation r : c.recommendations()) {
                    recommendation(g, r);
                }
                g.writeEndArray();
            }
        }
        g.writeEndObject();
    }

    static void recommendation(JsonGenerator g, Recommendation r) {
        g.writeStartObject();
        text(g, "text", r.text());
        g.writeStringProperty("status", r.status().id());
        date(g, "due", r.due());
        g.writeEndObject();
    }

    static void metric(JsonGenerator g, Metric m) {
        g.writeStartObject();
        text(g, "name", m.name());
        g.writeName("value");
        g.writeNumber(m.value());
        g.writeStringProperty("unit", m.unit().id());
        date(g, "from", m.from());
        date(g, "to", m.to());
        if (m.ci().isPresent()) {
            g.writeName("ci");
            g.writeNumber(m.ci().get());
        }
        if (m.sample().isPresent()) {
            g.writeName("sample");
            g.writeNumber(m.sample().getAsLong());
        }
        if (m.average().isPresent()) {
            g.writeName("average");
            g.writeNumber(m.average().get());
        }
        word(g, "significance", m.significance());
        g.writeEndObject();
    }

    static void monitoring(JsonGenerator g, MonitoringPeriod m) {
        g.writeStartObject();
        text(g, "force", m.force());
        g.writeStringProperty("stage", m.stage().id());
        g.writeStringProperty("from", m.from().toString());
        date(g, "to", m.to());
        strings(g, "reasons", m.reasons());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (String v : values) {
                value(g, v);
            }
            g.writeEndArray();
        }
    }

    private static void string(JsonGenerator g, String name, Optional<String> value) {
        if (value.isPresent()) {
            text(g, name, value.get());
        }
    }

    /**
     * Writes a field of text from the data. Text holding an unpaired surrogate (which no encoding
     * can write, and a {@link java.io.Writer} would replace with {@code ?}) is written with that
     * surrogate as a JSON escape, {@code \}{@code uD800}, so that nothing is replaced silently:
     * reading it back gives it again, reported as PEEL-019.
     */
    private static void text(JsonGenerator g, String name, String text) {
        if (Quoted.firstUnpairedSurrogate(text) < 0) {
            g.writeStringProperty(name, text);
        } else {
            g.writeName(name);
            value(g, text);
        }
    }

    private static void value(JsonGenerator g, String text) {
        if (Quoted.firstUnpairedSurrogate(text) < 0) {
            g.writeString(text);
        } else {
            g.writeRawValue("\"" + Quoted.escapeUnpaired(new String(JsonStringEncoder.getInstance().quoteAsCharArray(text))) + "\"");
        }
    }

    private static void date(JsonGenerator g, String name, Optional<PartialDate> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get().toString());
        }
    }

    private static void word(JsonGenerator g, String name, Optional<? extends Vocabulary> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get().id());
        }
    }
}
