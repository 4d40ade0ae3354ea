package org.peelkit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peelkit.io.PeelDocument;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Cycle;

/**
 * Runs a validator's rules over one document, walking its assessments once for all of them: each
 * {@link AssessmentRule} is handed every assessment in that one walk, each {@link JudgmentRule}
 * every judgment of an assessment whose cycle is known (the cycle looked up once), and every other
 * rule (your own, and those that compare assessments) checks the document itself. What each rule
 * reports, and in what order, is the same as if each walked the document alone: the
 * {@link FindingCollector} keeps each rule's findings apart, in the rules' order.
 *
 * <pre>{@code
 * DocumentWalk.run(rules, document, catalogue, collector);
 * }</pre>
 */
final class DocumentWalk {

    private DocumentWalk() {
    }

    static void run(List<Rule> rules, PeelDocument document, Catalogue catalogue, FindingCollector collector) {
        List<AssessmentRule> perAssessment = new ArrayList<>();
        List<RuleContext> assessmentContexts = new ArrayList<>();
        List<JudgmentRule> perJudgment = new ArrayList<>();
        List<RuleContext> judgmentContexts = new ArrayList<>();
        RuleContext walker = null;
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            RuleContext context = new RuleContext(document, catalogue, rule, collector, i);
            if (rule instanceof JudgmentRule j) {
                perJudgment.add(j);
                judgmentContexts.add(context);
                walker = context;
            } else if (rule instanceof AssessmentRule a) {
                perAssessment.add(a);
                assessmentContexts.add(context);
                walker = context;
            } else {
                rule.check(context);
            }
        }
        if (walker == null) {
            return;
        }
        RuleContext traversal = walker;
        traversal.forEachAssessment((a, at) -> {
            for (int k = 0; k < perAssessment.size(); k++) {
                perAssessment.get(k).check(assessmentContexts.get(k), a, at);
            }
            if (perJudgment.isEmpty()) {
                return;
            }
            Optional<Cycle> known = catalogue.cycle(a.cycle());
            if (known.isEmpty()) {
                return;
            }
            Cycle cycle = known.get();
            traversal.forEachJudgment(at, (j, jat) -> {
                for (int k = 0; k < perJudgment.size(); k++) {
                    perJudgment.get(k).check(judgmentContexts.get(k), a, cycle, j, jat);
                }
            });
        });
    }
}
