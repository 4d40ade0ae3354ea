package org.peelkit.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peelkit.extract.ExtractionNote.Kind;
import org.peelkit.extract.PageReading.Located;
import org.peelkit.model.Assessment;
import org.peelkit.model.Cycle;
import org.peelkit.model.Finding;
import org.peelkit.model.Force;
import org.peelkit.model.GradingLevel;
import org.peelkit.model.Judgment;
import org.peelkit.model.Question;

/**
 * Turns the statements of one or more pages of one force and cycle into one assessment: a question
 * whose statements all agree becomes a judgment (with the place of its first statement); a question
 * whose statements disagree is reported with both places, and neither value is taken.
 */
final class Assembly {

    private Assembly() {
    }

    static Extraction of(List<PageReading> pages) {
        List<String> sources = pages.stream().map(PageReading::source).toList();
        List<ExtractionNote> notes = new ArrayList<>();
        pages.forEach(p -> notes.addAll(p.notes()));
        PageReading first = pages.get(0);
        if (first.force().isEmpty() || first.cycle().isEmpty()) {
            return new Extraction(sources, Optional.empty(), List.of(), notes);
        }
        Force force = first.force().get().value();
        Cycle cycle = first.cycle().get().value();
        List<Provenance> provenance = new ArrayList<>();
        first.force().get().at().ifPresent(at -> provenance.add(new Provenance("/force", first.source(), at,
                first.force().get().text())));
        first.cycle().get().at().ifPresent(at -> provenance.add(new Provenance("/cycle", first.source(), at,
                first.cycle().get().text())));

        Map<String, List<Statement>> byQuestion = new LinkedHashMap<>();
        Map<String, List<Statement.Updated>> dates = new LinkedHashMap<>();
        for (PageReading p : pages) {
            p.statements().forEach(s -> byQuestion.computeIfAbsent(s.question(), k -> new ArrayList<>()).add(s));
            p.updated().forEach(u -> dates.computeIfAbsent(u.question(), k -> new ArrayList<>()).add(u));
        }
        List<Judgment> judgments = new ArrayList<>();
        List<String> conflicted = new ArrayList<>();
        for (Question q : cycle.questions()) {
            List<Statement> said = byQuestion.getOrDefault(q.id(), List.of());
            if (said.isEmpty()) {
                continue;
            }
            Statement one = said.get(0);
            Optional<Statement> other = said.stream().filter(s -> !s.value().equals(one.value())).findFirst();
            if (other.isPresent()) {
                Statement o = other.get();
                notes.add(ExtractionNote.at(Kind.CONFLICT, o.source(), o.at(), q.id() + " is '" + o.value() + "' here but '"
                        + one.value() + "' at " + one.place() + "; neither was taken"));
                conflicted.add(q.id());
                continue;
            }
            Judgment j = one.grade().map(g -> Judgment.of(q.id(), g)).orElseGet(() -> Judgment.of(q.id(), one.status().orElseThrow()));
            List<String> from = said.stream().flatMap(s -> s.carriedOverFrom().stream()).distinct().toList();
            if (from.size() == 1) {
                j = j.withCarriedOverFrom(from.get(0));
            } else if (from.size() > 1) {
                notes.add(ExtractionNote.at(Kind.CONFLICT, one.source(), one.at(), q.id() + " is said to be carried over from "
                        + String.join(" and from ", from) + "; no cycle was taken"));
            }
            String at = "/judgments/" + judgments.size();
            Statement shown = said.stream().filter(Statement::headline).findFirst().orElse(one);
            provenance.add(new Provenance(at + (one.grade().isPresent() ? "/grade" : "/status"), shown.source(), shown.at(),
                    shown.text()));
            List<Statement.Updated> when = dates.getOrDefault(q.id(), List.of());
            if (!when.isEmpty()) {
                Statement.Updated u = when.get(0);
                Optional<Statement.Updated> differs = when.stream().filter(w -> !w.date().equals(u.date())).findFirst();
                if (differs.isPresent()) {
                    notes.add(ExtractionNote.at(Kind.CONFLICT, differs.get().source(), differs.get().at(), q.id()
                            + " was last updated " + differs.get().date() + " here but " + u.date() + " at " + u.place()
                            + "; neither date was taken"));
                } else {
                    j = j.withUpdated(u.date());
                    provenance.add(new Provenance(at + "/updated", u.source(), u.at(), u.text()));
                }
            }
            judgments.add(j);
        }
        for (String q : byQuestion.keySet()) {
            if (cycle.question(q).isEmpty()) {
                notes.add(ExtractionNote.whole(Kind.UNPLACED, first.source(), "Statements about '" + q + "', which "
                        + cycle.name() + " does not ask"));
            }
        }
        for (Question q : cycle.requiredQuestions()) {
            boolean reported = (cycle.gradingLevel() == GradingLevel.PILLARS && !q.graded());
            if (!reported && !byQuestion.containsKey(q.id()) && !conflicted.contains(q.id())) {
                notes.add(ExtractionNote.whole(Kind.MISSING, String.join(", ", sources), "No statement gives the judgment '"
                        + q.label() + "' (" + q.id() + "), which " + cycle.name() + " requires"));
            }
        }
        Assessment.Builder b = Assessment.builder(force.id(), cycle.id()).partial(true).judgments(judgments);
        int f = 0;
        for (PageReading p : pages) {
            for (Located<Finding> finding : p.findings()) {
                b.finding(finding.value());
                provenance.add(new Provenance("/findings/" + f++, finding.source(), finding.at(), finding.text()));
            }
        }
        Optional<Located<String>> inspector = pages.stream().flatMap(p -> p.inspector().stream()).findFirst();
        if (inspector.isPresent()) {
            Located<String> hmi = inspector.get();
            Optional<Located<String>> other = pages.stream().flatMap(p -> p.inspector().stream())
                    .filter(i -> !i.value().equals(hmi.value())).findFirst();
            if (other.isPresent()) {
                notes.add(ExtractionNote.at(Kind.CONFLICT, other.get().source(), other.get().at(), "The HM Inspector is '"
                        + other.get().value() + "' here but '" + hmi.value() + "' at " + hmi.source() + ":" + hmi.at()
                        + "; neither was taken"));
            } else {
                b.inspector(hmi.value());
                provenance.add(new Provenance("/inspector", hmi.source(), hmi.at(), hmi.text()));
            }
        }
        return new Extraction(sources, Optional.of(b.build()), provenance, notes);
    }
}
