package org.peelkit.report;

import java.util.List;
import java.util.Optional;
import org.peelkit.io.Location;
import org.peelkit.model.AreaForImprovement;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Dataset;
import org.peelkit.model.Grade;
import org.peelkit.model.InnovativePractice;
import org.peelkit.model.Judgment;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.MonitoringStage;
import org.peelkit.model.PartialDate;
import org.peelkit.model.Recommendation;
import org.peelkit.model.RecommendationStatus;

/** A dataset with markup in every text field the report shows, numbered so a test can tell which field leaked. */
final class Hostile {

    static final String SCRIPT = "<script>document.title='pwned'</script>";
    static final String IMG = "\"><img src=x onerror=\"document.title='pwned'\">";

    private Hostile() {
    }

    /** The text for field {@code n}: both payloads and a number. */
    static String text(int n) {
        return "F" + n + SCRIPT + IMG;
    }

    static final int FIELDS = 21;

    static Dataset dataset() {
        Assessment known = Assessment.builder("metropolitan", "2021-22")
                .inspector(text(1))
                .source(text(2))
                .judgment(new Judgment("preventing-crime", Optional.of(Grade.GOOD), Optional.empty(), Optional.empty(),
                        Optional.of(text(3)), Optional.of(text(4))))
                .judgment(Judgment.of(text(5), Grade.ADEQUATE))
                .finding(new CauseOfConcern(Optional.of(text(6)), text(7), true,
                        List.of(new Recommendation(text(8), RecommendationStatus.OPEN, Optional.empty()))))
                .finding(new AreaForImprovement(Optional.of(text(9)), text(10)))
                .finding(new InnovativePractice(Optional.empty(), text(11)))
                .build();
        Assessment unknownForce = Assessment.builder(text(12), "2023-25")
                .judgment(Judgment.of("investigating-crime", Grade.GOOD)).build();
        Assessment unknownCycle = Assessment.builder("kent", text(13)).build();
        Assessment javascriptSource = Assessment.builder("kent", "2021-22")
                .source("javascript:document.title='pwned'//" + text(14))
                .judgment(Judgment.of("preventing-crime", Grade.GOOD)).build();
        MonitoringPeriod scan = new MonitoringPeriod("metropolitan", MonitoringStage.ENGAGE, PartialDate.parse("2022-06"),
                Optional.empty(), List.of(text(15)));
        MonitoringPeriod unknown = new MonitoringPeriod(text(16), MonitoringStage.SCAN, PartialDate.parse("2022"),
                Optional.empty(), List.of());
        return new Dataset(List.of(known, unknownForce, unknownCycle, javascriptSource), List.of(scan, unknown));
    }

    static List<ReportFinding> findings() {
        return List.of(new ReportFinding(text(17), Optional.of(Location.of(3, 4)), "error", text(18), text(19), text(20)));
    }

    static List<String> sources() {
        return List.of(text(21));
    }
}
