package org.peelkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelkit.io.PeelDocument;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Dataset;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.testkit.Broken;
import org.peelkit.testkit.Defect;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;

/**
 * The one walk gives the very report that each rule checking the document alone gave: the same
 * findings, messages, places and order, on a dataset that breaks every core rule, several times.
 */
class DocumentWalkTest {

    @Test
    void oneWalkReportsWhatEachRuleAloneReported() {
        List<Assessment> assessments = new ArrayList<>();
        List<MonitoringPeriod> monitoring = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            for (Defect defect : Defect.all()) {
                Broken broken = defect.apply(new Seed(seed), PeelGenerator.builtIn());
                assessments.addAll(broken.dataset().assessments());
                monitoring.addAll(broken.dataset().monitoring());
            }
        }
        PeelDocument document = PeelDocument.of(new Dataset(assessments, monitoring));
        PeelValidator validator = PeelValidator.builder().serviceRules(false).build();
        List<ValidationFinding> walked = validator.validate(document).findings();

        FindingCollector alone = new FindingCollector(document, (id, s) -> s, id -> Severity.ERROR, java.util.Set.of());
        List<Rule> rules = validator.rules();
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).check(new RuleContext(document, Catalogue.builtIn(), rules.get(i), alone, i));
        }
        List<ValidationFinding> expected = alone.findings();
        assertTrue(expected.size() > 50, "the dataset breaks many rules: " + expected.size());
        assertEquals(expected, walked);
    }
}
