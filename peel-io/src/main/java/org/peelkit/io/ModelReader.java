package org.peelkit.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.peelkit.model.AreaForImprovement;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Dataset;
import org.peelkit.model.Finding;
import org.peelkit.model.FindingType;
import org.peelkit.model.Grade;
import org.peelkit.model.InnovativePractice;
import org.peelkit.model.Judgment;
import org.peelkit.model.JudgmentStatus;
import org.peelkit.model.Metric;
import org.peelkit.model.MetricUnit;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.MonitoringStage;
import org.peelkit.model.PartialDate;
import org.peelkit.model.PromisingPractice;
import org.peelkit.model.Quoted;
import org.peelkit.model.Recommendation;
import org.peelkit.model.RecommendationStatus;
import org.peelkit.model.Significance;

/**
 * Reads the objects of PEEL JSON format 1 ({@code spec/peel-json-1.md}) from a {@link JsonCursor}.
 * Every object is read to its end whatever it holds; an object that lacks a required field is
 * reported and left out, and every other problem is reported and its value left out.
 */
final class ModelReader {

    static final String FORMAT_VERSION = "1";

    private final JsonCursor c;
    private PeelDocument.Shape shape = PeelDocument.Shape.ASSESSMENT;

    ModelReader(JsonCursor cursor) {
        this.c = cursor;
    }

    /** @return the shape of the document read last: a dataset when it had {@code "assessments"} at its top level */
    PeelDocument.Shape shape() {
        return shape;
    }

    /** A field read at the top level that belongs to one shape of document only. */
    private record Placed(String name, String pointer, JsonCursor.Mark at) {
    }

    /**
     * Reads a document of either shape in one pass: a dataset when its top level has
     * {@code "assessments"}, otherwise an assessment, given as a dataset of one.
     */
    Optional<Dataset> document() {
        if (!c.beginObject("a PEEL JSON document")) {
            return Optional.empty();
        }
        AssessmentFields a = new AssessmentFields();
        List<Assessment> assessments = null;
        List<MonitoringPeriod> monitoring = List.of();
        List<Placed> assessmentOnly = new ArrayList<>();
        Placed monitoringField = null;
        for (String name = c.nextField(); name != null; name = c.nextField()) {
            switch (name) {
                case "peel" -> formatVersion();
                case "assessments" -> assessments = c.array(() -> assessment(false)).orElse(List.of());
                case "monitoring" -> {
                    monitoringField = new Placed(name, c.pointer(), c.here());
                    monitoring = c.array(this::monitoring).orElse(List.of());
                }
                default -> {
                    Placed placed = new Placed(name, c.pointer(), c.here());
                    if (a.read(name)) {
                        assessmentOnly.add(placed);
                    } else {
                        c.unknownField(name, "a PEEL JSON document");
                    }
                }
            }
        }
        JsonCursor.Frame top = c.lastObject();
        if (top.has("assessments")) {
            shape = PeelDocument.Shape.DATASET;
            for (Placed p : assessmentOnly) {
                unknownAt(p, "a dataset");
            }
            if (!top.has("peel")) {
                c.objectProblem("Missing required field 'peel' in a dataset document");
            }
            return Optional.of(new Dataset(assessments == null ? List.of() : assessments, monitoring));
        }
        if (monitoringField != null) {
            unknownAt(monitoringField, "an assessment (monitoring belongs to a dataset document)");
        }
        return a.finish(top).map(x -> new Dataset(List.of(x), List.of()));
    }

    private void unknownAt(Placed p, String where) {
        c.problem(ReadProblem.UNKNOWN_FIELD, p.pointer(), p.at(), "Unknown field " + Quoted.of(p.name()) + " in " + where
                + ": PEEL JSON format 1 does not define it");
    }

    Optional<Dataset> dataset() {
        shape = PeelDocument.Shape.DATASET;
        if (!c.beginObject("a dataset document")) {
            return Optional.empty();
        }
        List<Assessment> assessments = List.of();
        List<MonitoringPeriod> monitoring = List.of();
        for (String name = c.nextField(); name != null; name = c.nextField()) {
            switch (name) {
                case "peel" -> formatVersion();
                case "assessments" -> assessments = c.array(() -> assessment(false)).orElse(List.of());
                case "monitoring" -> monitoring = c.array(this::monitoring).orElse(List.of());
                default -> c.unknownField(name, "a dataset");
            }
        }
        JsonCursor.Frame top = c.lastObject();
        missing(top, "peel", "a dataset document");
        missing(top, "assessments", "a dataset document");
        return Optional.of(new Dataset(assessments, monitoring));
    }

    private void formatVersion() {
        c.string().ifPresent(v -> {
            if (!FORMAT_VERSION.equals(v)) {
                c.problem(ReadProblem.MALFORMED_VALUE, "Unsupported format version " + Quoted.of(v)
                        + ": this reader reads PEEL JSON format \"1\"");
            }
        });
    }

    /** Reads an assessment document (or a JSON Lines record), given as a dataset of one. */
    Optional<Dataset> assessmentDocument() {
        return assessment(true).map(a -> new Dataset(List.of(a), List.of()));
    }

    Optional<Assessment> assessment(boolean topLevel) {
        if (!c.beginObject("an assessment")) {
            return Optional.empty();
        }
        AssessmentFields a = new AssessmentFields();
        for (String name = c.nextField(); name != null; name = c.nextField()) {
            if (name.equals("peel") && topLevel) {
                formatVersion();
            } else if (name.equals("peel")) {
                c.unknownField(name, "an assessment inside a dataset (\"peel\" stands at the top level only)");
            } else if (!a.read(name)) {
                c.unknownField(name, "an assessment");
            }
        }
        return a.finish(c.lastObject());
    }

    /** The fields of an assessment object, as they are read. */
    private final class AssessmentFields {
        private String force;
        private String cycle;
        private Optional<PartialDate> published = Optional.empty();
        private Optional<String> inspector = Optional.empty();
        private boolean partial;
        private List<Judgment> judgments = List.of();
        private List<Finding> findings = List.of();
        private List<Metric> metrics = List.of();
        private Optional<String> source = Optional.empty();

        /** Reads the value of a field of an assessment; false when the name is not one. */
        boolean read(String name) {
            switch (name) {
                case "force" -> force = c.string().orElse(null);
                case "cycle" -> cycle = c.string().orElse(null);
                case "published" -> published = c.date();
                case "inspector" -> inspector = c.string();
                case "partial" -> partial = c.bool().orElse(false);
                case "judgments" -> judgments = c.array(ModelReader.this::judgment).orElse(List.of());
                case "findings" -> findings = c.array(ModelReader.this::finding).orElse(List.of());
                case "metrics" -> metrics = c.array(ModelReader.this::metric).orElse(List.of());
                case "source" -> source = c.string();
                default -> {
                    return false;
                }
            }
            return true;
        }

        Optional<Assessment> finish(JsonCursor.Frame frame) {
            missing(frame, "judgments", "an assessment");
            missing(frame, "force", "an assessment");
            missing(frame, "cycle", "an assessment");
            if (force == null || cycle == null) {
                return Optional.empty();
            }
            Assessment a = new Assessment(force, cycle, published, inspector, partial, judgments, findings, metrics, source);
            c.bind(a);
            return Optional.of(a);
        }
    }

    Optional<Judgment> judgment() {
        if (!c.beginObject("a judgment")) {
            return Optional.empty();
        }
        String question = null;
        Optional<Grade> grade = Optional.empty();
        Optional<JudgmentStatus> status = Optional.empty();
        Optional<PartialDate> updated = Optional.empty();
        Optional<String> carriedOverFrom = Optional.empty();
        Optional<String> summary = Optional.empty();
        for (String name = c.nextField(); name != null; name = c.nextField()) {
            switch (name) {
                case "question" -> question = c.string().orElse(null);
                case "grade" -> grade = c.word(Grade.class, "grade");
                case "status" -> status = c.word(JudgmentStatus.class, "status");
                case "updated" -> updated = c.date();
                case "carriedOverFrom" -> carriedOverFrom = c.string();
                case "summary" -> summary = c.string();
                default -> c.unknownField(name, "a judgment");
            }
        }
        missing(c.lastObject(), "question", "a judgment");
        if (question == null) {
            return Optional.empty();
        }
        Judgment j = new Judgment(question, grade, status, updated, carriedOverFrom, summary);
        c.bind(j);
        return Optional.of(j);
    }

    Optional<Finding> finding() {
        if (!c.beginObject("a finding")) {
            return Optional.empty();
        }
        FindingType type = null;
        Optional<String> question = Optional.empty();
        String text = null;
        boolean accelerated = false;
        JsonCursor.Mark acceleratedAt = null;
        List<Recommendation> recommendations = List.of();
        JsonCursor.Mark recommendationsAt = null;
        for (String name = c.nextField(); name != null; name = c.nextField()) {
            switch (name) {
                case "type" -> type = c.word(FindingType.class, "finding type").orElse(null);
                case "question" -> question = c.string();
                case "text" -> text = c.string().orElse(null);
                case "accelerated" -> {
                    acceleratedAt = c.here();
                    accelerated = c.bool().orElse(false);
                }
                case "recommendations" -> {
                    recommendationsAt = c.here();
                    recommendations = c.array(this::recommendation).orElse(List.of());
                }
                default -> c.unknownField(name, "a finding");
            }
        }
        JsonCursor.Frame frame = c.lastObject();
        missing(frame, "type", "a finding");
        missing(frame, "text", "a finding");
        if (type == null || text == null) {
            return Optional.empty();
        }
        if (type != FindingType.CAUSE_OF_CONCERN) {
            if (accelerated) {
                c.problem(ReadProblem.MALFORMED_VALUE, c.pointer() + "/accelerated", acceleratedAt, "'accelerated' applies to causes of concern only, "
                        + "not to " + type.id());
            }
            if (!recommendations.isEmpty()) {
                c.problem(ReadProblem.MALFORMED_VALUE, c.pointer() + "/recommendations", recommendationsAt, "'recommendations' belong to causes of "
                        + "concern only, not to " + type.id());
            }
        }
        Finding f = switch (type) {
            case CAUSE_OF_CONCERN -> new CauseOfConcern(question, text, accelerated, recommendations);
            case AREA_FOR_IMPROVEMENT -> new AreaForImprovement(question, text);
            case INNOVATIVE_PRACTICE -> new InnovativePractice(question, text);
            case PROMISING_PRACTICE -> new PromisingPractice(question, text);
        };
        c.bind(f);
        return Optional.of(f);
    }

    Optional<Recommendation> recommendation() {
        if (!c.beginObject("a recommendation")) {
            return Optional.empty();
        }
        String text = null;
        RecommendationStatus status = null;
        Optional<PartialDate> due = Optional.empty();
        for (String name = c.nextField(); name != null; name = c.nextField()) {
            switch (name) {
                case "text" -> text = c.string().orElse(null);
                case "status" -> status = c.word(RecommendationStatus.class, "recommendation status").orElse(null);
                case "due" -> due = c.date();
                default -> c.unknownField(name, "a recommendation");
            }
        }
        JsonCursor.Frame frame = c.lastObject();
        missing(frame, "text", "a recommendation");
        missing(frame, "status", "a recommendation");
        if (text == null || status == null) {
            return Optional.empty();
        }
        Recommendation r = new Recommendation(text, status, due);
        c.bind(r);
        return Optional.of(r);
    }

    Optional<Metric> metric() {
        if (!c.beginObject("a metric")) {
            return Optional.empty();
        }
        String name = null;
        BigDecimal value = null;
        MetricUnit unit = null;
        Optional<PartialDate> from = Optional.empty();
        Optional<PartialDate> to = Optional.empty();
        Optional<BigDecimal> ci = Optional.empty();
        OptionalLong sample = OptionalLong.empty();
        Optional<BigDecimal> average = Optional.empty();
        Optional<Significance> significance = Optional.empty();
        for (String field = c.nextField(); field != null; field = c.nextField()) {
            switch (field) {
                case "name" -> name = c.string().orElse(null);
                case "value" -> value = c.decimal().orElse(null);
                case "unit" -> unit = c.word(MetricUnit.class, "unit").orElse(null);
                case "from" -> from = c.date();
                case "to" -> to = c.date();
                case "ci" -> ci = c.decimal();
                case "sample" -> sample = c.whole();
                case "average" -> average = c.decimal();
                case "significance" -> significance = c.word(Significance.class, "significance");
                default -> c.unknownField(field, "a metric");
            }
        }
        JsonCursor.Frame frame = c.lastObject();
        missing(frame, "name", "a metric");
        missing(frame, "value", "a metric");
        missing(frame, "unit", "a metric");
        if (name == null || value == null || unit == null) {
            return Optional.empty();
        }
        Metric m = new Metric(name, value, unit, from, to, ci, sample, average, significance);
        c.bind(m);
        return Optional.of(m);
    }

    Optional<MonitoringPeriod> monitoring() {
        if (!c.beginObject("a monitoring period")) {
            return Optional.empty();
        }
        String force = null;
        MonitoringStage stage = null;
        PartialDate from = null;
        Optional<PartialDate> to = Optional.empty();
        List<String> reasons = List.of();
        for (String name = c.nextField(); name != null; name = c.nextField()) {
            switch (name) {
                case "force" -> force = c.string().orElse(null);
                case "stage" -> stage = c.word(MonitoringStage.class, "monitoring stage").orElse(null);
                case "from" -> from = c.date().orElse(null);
                case "to" -> to = c.date();
                case "reasons" -> reasons = c.array(c::string).orElse(List.of());
                default -> c.unknownField(name, "a monitoring period");
            }
        }
        JsonCursor.Frame frame = c.lastObject();
        missing(frame, "force", "a monitoring period");
        missing(frame, "stage", "a monitoring period");
        missing(frame, "from", "a monitoring period");
        if (force == null || stage == null || from == null) {
            return Optional.empty();
        }
        MonitoringPeriod m = new MonitoringPeriod(force, stage, from, to, reasons);
        c.bind(m);
        return Optional.of(m);
    }

    /** Reports a missing required field; a field that was there but unreadable was reported already. */
    private void missing(JsonCursor.Frame frame, String field, String what) {
        if (!frame.has(field)) {
            c.objectProblem("Missing required field '" + field + "' in " + what);
        }
    }
}
