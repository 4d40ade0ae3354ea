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

    ModelReader(JsonCursor cursor) {
        this.c = cursor;
    }

    Optional<Dataset> dataset(String ptr) {
        if (!c.beginObject(ptr, "a dataset document")) {
            return Optional.empty();
        }
        boolean version = false;
        List<Assessment> assessments = null;
        List<MonitoringPeriod> monitoring = List.of();
        for (String name = c.nextField(ptr); name != null; name = c.nextField(ptr)) {
            String p = c.fieldPointer();
            switch (name) {
                case "peel" -> version = formatVersion(p);
                case "assessments" -> assessments = c.array(p, at -> assessment(at, false)).orElse(null);
                case "monitoring" -> monitoring = c.array(p, this::monitoring).orElse(List.of());
                default -> c.unknownField(name, "a dataset");
            }
        }
        if (!version) {
            missing(ptr, "peel", "a dataset document");
        }
        if (assessments == null) {
            missing(ptr, "assessments", "a dataset document");
            assessments = List.of();
        }
        return Optional.of(new Dataset(assessments, monitoring));
    }

    /** Reads {@code "peel": "1"}; returns whether the field was present. */
    private boolean formatVersion(String p) {
        c.string(p).ifPresent(v -> {
            if (!FORMAT_VERSION.equals(v)) {
                c.problem(ReadProblem.MALFORMED_VALUE, p, "Unsupported format version '" + v
                        + "': this reader reads PEEL JSON format \"1\"");
            }
        });
        return true;
    }

    Optional<Assessment> assessment(String ptr, boolean topLevel) {
        if (!c.beginObject(ptr, "an assessment")) {
            return Optional.empty();
        }
        String force = null;
        String cycle = null;
        Optional<PartialDate> published = Optional.empty();
        Optional<String> inspector = Optional.empty();
        boolean partial = false;
        List<Judgment> judgments = null;
        List<Finding> findings = List.of();
        List<Metric> metrics = List.of();
        Optional<String> source = Optional.empty();
        for (String name = c.nextField(ptr); name != null; name = c.nextField(ptr)) {
            String p = c.fieldPointer();
            switch (name) {
                case "peel" -> {
                    if (topLevel) {
                        formatVersion(p);
                    } else {
                        c.unknownField(name, "an assessment inside a dataset (\"peel\" stands at the top level only)");
                    }
                }
                case "force" -> force = c.string(p).orElse(force);
                case "cycle" -> cycle = c.string(p).orElse(cycle);
                case "published" -> published = c.date(p);
                case "inspector" -> inspector = c.string(p);
                case "partial" -> partial = c.bool(p).orElse(false);
                case "judgments" -> judgments = c.array(p, this::judgment).orElse(null);
                case "findings" -> findings = c.array(p, this::finding).orElse(List.of());
                case "metrics" -> metrics = c.array(p, this::metric).orElse(List.of());
                case "source" -> source = c.string(p);
                default -> c.unknownField(name, "an assessment");
            }
        }
        if (judgments == null && c.map().location(ptr + "/judgments").isEmpty()) {
            missing(ptr, "judgments", "an assessment");
        }
        if (force == null || cycle == null) {
            if (force == null && c.map().location(ptr + "/force").isEmpty()) {
                missing(ptr, "force", "an assessment");
            }
            if (cycle == null && c.map().location(ptr + "/cycle").isEmpty()) {
                missing(ptr, "cycle", "an assessment");
            }
            return Optional.empty();
        }
        Assessment a = new Assessment(force, cycle, published, inspector, partial,
                judgments == null ? List.of() : judgments, findings, metrics, source);
        c.map().bind(a, ptr);
        return Optional.of(a);
    }

    private Optional<Judgment> judgment(String ptr) {
        if (!c.beginObject(ptr, "a judgment")) {
            return Optional.empty();
        }
        String question = null;
        Optional<Grade> grade = Optional.empty();
        Optional<JudgmentStatus> status = Optional.empty();
        Optional<PartialDate> updated = Optional.empty();
        Optional<String> carriedOverFrom = Optional.empty();
        Optional<String> summary = Optional.empty();
        for (String name = c.nextField(ptr); name != null; name = c.nextField(ptr)) {
            String p = c.fieldPointer();
            switch (name) {
                case "question" -> question = c.string(p).orElse(null);
                case "grade" -> grade = c.word(p, Grade.class, "grade");
                case "status" -> status = c.word(p, JudgmentStatus.class, "status");
                case "updated" -> updated = c.date(p);
                case "carriedOverFrom" -> carriedOverFrom = c.string(p);
                case "summary" -> summary = c.string(p);
                default -> c.unknownField(name, "a judgment");
            }
        }
        if (question == null) {
            missingUnlessReported(ptr, "question", "a judgment");
            return Optional.empty();
        }
        Judgment j = new Judgment(question, grade, status, updated, carriedOverFrom, summary);
        c.map().bind(j, ptr);
        return Optional.of(j);
    }

    private Optional<Finding> finding(String ptr) {
        if (!c.beginObject(ptr, "a finding")) {
            return Optional.empty();
        }
        FindingType type = null;
        Optional<String> question = Optional.empty();
        String text = null;
        boolean accelerated = false;
        List<Recommendation> recommendations = null;
        for (String name = c.nextField(ptr); name != null; name = c.nextField(ptr)) {
            String p = c.fieldPointer();
            switch (name) {
                case "type" -> type = c.word(p, FindingType.class, "finding type").orElse(null);
                case "question" -> question = c.string(p);
                case "text" -> text = c.string(p).orElse(null);
                case "accelerated" -> accelerated = c.bool(p).orElse(false);
                case "recommendations" -> recommendations = c.array(p, this::recommendation).orElse(List.of());
                default -> c.unknownField(name, "a finding");
            }
        }
        if (type == null || text == null) {
            if (type == null) {
                missingUnlessReported(ptr, "type", "a finding");
            }
            if (text == null) {
                missingUnlessReported(ptr, "text", "a finding");
            }
            return Optional.empty();
        }
        if (type != FindingType.CAUSE_OF_CONCERN) {
            if (accelerated) {
                c.problemAt(ptr + "/accelerated", "'accelerated' applies to causes of concern only, not to "
                        + type.id());
            }
            if (recommendations != null && !recommendations.isEmpty()) {
                c.problemAt(ptr + "/recommendations", "'recommendations' belong to causes of concern only, not to "
                        + type.id());
            }
        }
        Finding f = switch (type) {
            case CAUSE_OF_CONCERN -> new CauseOfConcern(question, text, accelerated,
                    recommendations == null ? List.of() : recommendations);
            case AREA_FOR_IMPROVEMENT -> new AreaForImprovement(question, text);
            case INNOVATIVE_PRACTICE -> new InnovativePractice(question, text);
            case PROMISING_PRACTICE -> new PromisingPractice(question, text);
        };
        c.map().bind(f, ptr);
        return Optional.of(f);
    }

    private Optional<Recommendation> recommendation(String ptr) {
        if (!c.beginObject(ptr, "a recommendation")) {
            return Optional.empty();
        }
        String text = null;
        RecommendationStatus status = null;
        Optional<PartialDate> due = Optional.empty();
        for (String name = c.nextField(ptr); name != null; name = c.nextField(ptr)) {
            String p = c.fieldPointer();
            switch (name) {
                case "text" -> text = c.string(p).orElse(null);
                case "status" -> status = c.word(p, RecommendationStatus.class, "recommendation status").orElse(null);
                case "due" -> due = c.date(p);
                default -> c.unknownField(name, "a recommendation");
            }
        }
        if (text == null || status == null) {
            if (text == null) {
                missingUnlessReported(ptr, "text", "a recommendation");
            }
            if (status == null) {
                missingUnlessReported(ptr, "status", "a recommendation");
            }
            return Optional.empty();
        }
        Recommendation r = new Recommendation(text, status, due);
        c.map().bind(r, ptr);
        return Optional.of(r);
    }

    private Optional<Metric> metric(String ptr) {
        if (!c.beginObject(ptr, "a metric")) {
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
        for (String field = c.nextField(ptr); field != null; field = c.nextField(ptr)) {
            String p = c.fieldPointer();
            switch (field) {
                case "name" -> name = c.string(p).orElse(null);
                case "value" -> value = c.decimal(p).orElse(null);
                case "unit" -> unit = c.word(p, MetricUnit.class, "unit").orElse(null);
                case "from" -> from = c.date(p);
                case "to" -> to = c.date(p);
                case "ci" -> ci = c.decimal(p);
                case "sample" -> sample = c.whole(p);
                case "average" -> average = c.decimal(p);
                case "significance" -> significance = c.word(p, Significance.class, "significance");
                default -> c.unknownField(field, "a metric");
            }
        }
        if (name == null || value == null || unit == null) {
            if (name == null) {
                missingUnlessReported(ptr, "name", "a metric");
            }
            if (value == null) {
                missingUnlessReported(ptr, "value", "a metric");
            }
            if (unit == null) {
                missingUnlessReported(ptr, "unit", "a metric");
            }
            return Optional.empty();
        }
        Metric m = new Metric(name, value, unit, from, to, ci, sample, average, significance);
        c.map().bind(m, ptr);
        return Optional.of(m);
    }

    private Optional<MonitoringPeriod> monitoring(String ptr) {
        if (!c.beginObject(ptr, "a monitoring period")) {
            return Optional.empty();
        }
        String force = null;
        MonitoringStage stage = null;
        PartialDate from = null;
        Optional<PartialDate> to = Optional.empty();
        List<String> reasons = List.of();
        for (String name = c.nextField(ptr); name != null; name = c.nextField(ptr)) {
            String p = c.fieldPointer();
            switch (name) {
                case "force" -> force = c.string(p).orElse(null);
                case "stage" -> stage = c.word(p, MonitoringStage.class, "monitoring stage").orElse(null);
                case "from" -> from = c.date(p).orElse(null);
                case "to" -> to = c.date(p);
                case "reasons" -> reasons = c.array(p, c::string).orElse(List.of());
                default -> c.unknownField(name, "a monitoring period");
            }
        }
        if (force == null || stage == null || from == null) {
            if (force == null) {
                missingUnlessReported(ptr, "force", "a monitoring period");
            }
            if (stage == null) {
                missingUnlessReported(ptr, "stage", "a monitoring period");
            }
            if (from == null) {
                missingUnlessReported(ptr, "from", "a monitoring period");
            }
            return Optional.empty();
        }
        MonitoringPeriod m = new MonitoringPeriod(force, stage, from, to, new ArrayList<>(reasons));
        c.map().bind(m, ptr);
        return Optional.of(m);
    }

    /** Reports a missing required field, unless the field was there and its value already reported. */
    private void missingUnlessReported(String ptr, String field, String what) {
        if (c.map().location(ptr + "/" + field).isEmpty()) {
            missing(ptr, field, what);
        }
    }

    private void missing(String ptr, String field, String what) {
        c.problemAt(ptr, "Missing required field '" + field + "' in " + what);
    }
}
