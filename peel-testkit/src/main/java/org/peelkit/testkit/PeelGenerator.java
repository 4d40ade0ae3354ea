package org.peelkit.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.peelkit.model.AreaForImprovement;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Cycle;
import org.peelkit.model.Dataset;
import org.peelkit.model.Finding;
import org.peelkit.model.Force;
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
import org.peelkit.model.Question;
import org.peelkit.model.Recommendation;
import org.peelkit.model.RecommendationStatus;
import org.peelkit.model.Significance;

/**
 * Seeded generators of valid PEEL data for any cycle of a catalogue: complete assessments (every
 * required question judged, grades on the cycle's scale, statuses where the framework gives no
 * grade, a cause of concern with recommendations for every inadequate grade, dates within the
 * cycle's window) and datasets with one assessment per force and cycle. The same seed always
 * gives the same data. Immutable and thread-safe.
 *
 * <pre>{@code
 * PeelGenerator generator = PeelGenerator.builtIn();
 *
 * @ParameterizedTest
 * @MethodSource("seeds")
 * void everyGeneratedAssessmentRoundTrips(Seed seed) {
 *     Assessment a = generator.assessment(seed);
 *     assertEquals(a, read(write(a)), seed::toString);
 * }
 * static List<Seed> seeds() { return Seeds.sample(2_000); }
 * }</pre>
 */
public final class PeelGenerator {

    private static final List<String> INSPECTORS = List.of("Matt Parr", "Lee Freeman", "Stephen Otter",
            "Wendy Williams", "Michelle Skeer", "Roy Wilsher", "Phil Gormley", "Michael Cunningham", "Dru Sharpling");
    private static final List<String> WORDS = List.of("the", "force", "should", "improve", "how", "it", "answers",
            "calls", "for", "service", "and", "identifies", "vulnerability", "victims", "crime", "investigations",
            "supervision", "officers", "staff", "neighbourhood", "problem-solving", "safeguarding", "101", "999",
            "force’s", "2023–25", "£4.33bn", "“good”", "policing", "partners");
    private static final List<String> METRIC_NAMES = List.of("999-calls-answered-within-10s", "999-calls",
            "stop-and-search-rate", "stop-and-search-linked-find-rate", "stop-and-search-reasonable-grounds",
            "anti-social-behaviour-incidents", "pre-charge-bail", "released-under-investigation",
            "officer-leaving-rate", "funding-per-1000-population", "victim-service-case-files-reviewed");
    private static final List<JudgmentStatus> NO_GRADE_GIVEN =
            List.of(JudgmentStatus.NOT_GRADED, JudgmentStatus.NOT_YET_GRADED, JudgmentStatus.NOT_INSPECTED);

    private final Catalogue catalogue;

    private PeelGenerator(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** @return a generator over the built-in catalogue */
    public static PeelGenerator builtIn() {
        return new PeelGenerator(Catalogue.builtIn());
    }

    /**
     * @param catalogue the catalogue whose ids the data uses
     * @return a generator over that catalogue
     */
    public static PeelGenerator of(Catalogue catalogue) {
        return new PeelGenerator(catalogue);
    }

    /** @return the catalogue whose ids the data uses */
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * @param seed a seed
     * @return a valid assessment of a PEEL force in a cycle, both chosen by the seed
     */
    public Assessment assessment(Seed seed) {
        SplittableRandom r = seed.random();
        return assessment(r, pick(r, catalogue.cycles()), pick(r, catalogue.peelForces()));
    }

    /**
     * @param seed  a seed
     * @param cycle the cycle
     * @return a valid assessment of a PEEL force, chosen by the seed, in that cycle
     */
    public Assessment assessment(Seed seed, Cycle cycle) {
        SplittableRandom r = seed.random();
        return assessment(r, cycle, pick(r, catalogue.peelForces()));
    }

    /**
     * A lazy stream of valid assessments, for streaming and benchmarks: any number, without holding
     * them all. Forces and cycles repeat.
     *
     * @param seed  a seed
     * @param count how many
     * @return the assessments
     */
    public Stream<Assessment> assessments(Seed seed, long count) {
        SplittableRandom r = seed.random();
        return Stream.generate(() -> assessment(new Seed(r.nextLong()))).limit(count);
    }

    /**
     * A valid dataset: {@code size} assessments, each of a different force and cycle, and
     * monitoring periods that do not overlap.
     *
     * @param seed a seed
     * @param size how many assessments; at most forces times cycles
     * @return the dataset
     * @throws IllegalArgumentException when {@code size} exceeds the distinct force and cycle pairs
     */
    public Dataset dataset(Seed seed, int size) {
        List<Force> forces = catalogue.peelForces();
        List<Cycle> cycles = catalogue.cycles();
        int pairs = forces.size() * cycles.size();
        if (size < 0 || size > pairs) {
            throw new IllegalArgumentException("size " + size + " is not between 0 and " + pairs
                    + " (one assessment per force and cycle)");
        }
        SplittableRandom r = seed.random();
        List<Integer> order = new ArrayList<>(pairs);
        for (int i = 0; i < pairs; i++) {
            order.add(i);
        }
        shuffle(r, order);
        List<Assessment> assessments = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int pair = order.get(i);
            assessments.add(assessment(r.split(), cycles.get(pair % cycles.size()), forces.get(pair / cycles.size())));
        }
        List<MonitoringPeriod> monitoring = new ArrayList<>();
        for (Force force : forces) {
            if (r.nextInt(4) == 0) {
                monitoring.addAll(monitoring(r, force.id()));
            }
        }
        return new Dataset(assessments, monitoring);
    }

    private Assessment assessment(SplittableRandom r, Cycle cycle, Force force) {
        Assessment.Builder b = Assessment.builder(force.id(), cycle.id());
        if (r.nextInt(10) < 7) {
            b.published(date(r, cycle));
        }
        if (r.nextInt(10) < 7) {
            b.inspector(pick(r, INSPECTORS));
        }
        b.partial(r.nextInt(20) == 0);
        List<Judgment> judgments = new ArrayList<>();
        for (Question q : cycle.questions()) {
            if (q.required() || r.nextBoolean()) {
                judgments.add(judgment(r, cycle, q));
            }
        }
        b.judgments(judgments);
        boolean listsFindings = r.nextInt(3) > 0 || judgments.stream().anyMatch(PeelGenerator::isInadequate);
        if (listsFindings) {
            for (Judgment j : judgments) {
                if (isInadequate(j)) {
                    b.finding(causeOfConcern(r, cycle, Optional.of(j.question())));
                }
            }
            int extra = r.nextInt(4);
            for (int i = 0; i < extra; i++) {
                b.finding(otherFinding(r, judgments.isEmpty() || r.nextBoolean()
                        ? Optional.empty() : Optional.of(pick(r, judgments).question())));
            }
        }
        int metrics = r.nextInt(5);
        for (int i = 0; i < metrics; i++) {
            b.metric(metric(r, cycle));
        }
        if (r.nextInt(10) < 3) {
            b.source("https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/" + force.id() + "-" + cycle.id() + "/");
        }
        return b.build();
    }

    private static boolean isInadequate(Judgment j) {
        return j.grade().filter(g -> g == Grade.INADEQUATE).isPresent();
    }

    private Judgment judgment(SplittableRandom r, Cycle cycle, Question q) {
        Judgment j;
        if (!q.graded()) {
            j = Judgment.of(q.id(), JudgmentStatus.UNGRADED);
        } else if (r.nextInt(8) == 0) {
            j = Judgment.of(q.id(), pick(r, NO_GRADE_GIVEN));
        } else {
            j = Judgment.of(q.id(), pick(r, cycle.scale().grades()));
            List<Cycle> earlier = catalogue.cycles().stream()
                    .filter(c -> catalogue.isEarlier(c.id(), cycle.id()) && c.isComparableWith(cycle)
                            && c.question(q.id()).isPresent())
                    .toList();
            if (!earlier.isEmpty() && r.nextInt(10) == 0) {
                j = j.withCarriedOverFrom(pick(r, earlier).id());
            }
        }
        if (r.nextInt(10) < 3) {
            j = j.withUpdated(date(r, cycle));
        }
        if (r.nextInt(5) == 0) {
            j = j.withSummary(text(r, 8, 40));
        }
        return j;
    }

    private Finding causeOfConcern(SplittableRandom r, Cycle cycle, Optional<String> question) {
        List<Recommendation> recommendations = new ArrayList<>();
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
            recommendations.add(new Recommendation(text(r, 5, 20),
                    r.nextBoolean() ? RecommendationStatus.OPEN : RecommendationStatus.CLOSED,
                    r.nextInt(3) == 0 ? Optional.of(date(r, cycle)) : Optional.empty()));
        }
        boolean acceleratedAllowed = cycle.window().first().getYear() >= 2021;
        return new CauseOfConcern(question, text(r, 6, 30), acceleratedAllowed && r.nextInt(5) == 0, recommendations);
    }

    private Finding otherFinding(SplittableRandom r, Optional<String> question) {
        String text = text(r, 6, 30);
        return switch (r.nextInt(3)) {
            case 0 -> new AreaForImprovement(question, text);
            case 1 -> new InnovativePractice(question, text);
            default -> new PromisingPractice(question, text);
        };
    }

    private Metric metric(SplittableRandom r, Cycle cycle) {
        MetricUnit unit = pick(r, List.of(MetricUnit.values()));
        Metric m = Metric.of(pick(r, METRIC_NAMES), value(r, unit), unit);
        if (r.nextBoolean()) {
            LocalDate from = day(r, cycle);
            LocalDate to = from.plusDays(r.nextInt(365));
            if (!to.isAfter(cycle.window().last())) {
                m = m.withPeriod(PartialDate.of(from), PartialDate.of(to));
            }
        }
        if (unit == MetricUnit.PERCENT && r.nextBoolean()) {
            m = m.withConfidenceInterval(decimal(r, 0, 100)).withSample(1 + r.nextInt(2000));
        }
        if (r.nextBoolean()) {
            m = m.withAverage(value(r, unit));
            if (r.nextBoolean()) {
                m = m.withSignificance(pick(r, List.of(Significance.values())));
            }
        }
        return m;
    }

    private static BigDecimal value(SplittableRandom r, MetricUnit unit) {
        return switch (unit) {
            case PERCENT -> decimal(r, 0, 1000);
            case COUNT, GBP -> BigDecimal.valueOf(r.nextLong(0, 5_000_000_000L));
            default -> decimal(r, 0, 1_000_000);
        };
    }

    /** A decimal with one place, from {@code min/10} to {@code max/10}. */
    private static BigDecimal decimal(SplittableRandom r, int min, int max) {
        return BigDecimal.valueOf(r.nextInt(min, max + 1), 1);
    }

    private List<MonitoringPeriod> monitoring(SplittableRandom r, String force) {
        List<MonitoringPeriod> periods = new ArrayList<>();
        PartialDate from = PartialDate.ofMonth(2014 + r.nextInt(6), 1 + r.nextInt(12));
        int stages = 1 + r.nextInt(3);
        MonitoringStage stage = r.nextBoolean() ? MonitoringStage.SCAN : MonitoringStage.ENGAGE;
        for (int i = 0; i < stages; i++) {
            boolean last = i == stages - 1;
            Optional<PartialDate> to = Optional.empty();
            PartialDate next = from;
            if (!last || r.nextBoolean()) {
                LocalDate end = from.end().plusMonths(1 + r.nextInt(30));
                to = Optional.of(PartialDate.ofMonth(end.getYear(), end.getMonthValue()));
                LocalDate start = to.get().end().plusDays(1);
                next = PartialDate.ofMonth(start.getYear(), start.getMonthValue());
            }
            List<String> reasons = stage == MonitoringStage.ENGAGE ? List.of(text(r, 4, 12)) : List.of();
            periods.add(new MonitoringPeriod(force, stage, from, to, reasons));
            if (to.isEmpty()) {
                break;
            }
            from = next;
            stage = stage == MonitoringStage.SCAN ? MonitoringStage.ENGAGE : MonitoringStage.SCAN;
        }
        return periods;
    }

    private static LocalDate day(SplittableRandom r, Cycle cycle) {
        long days = ChronoUnit.DAYS.between(cycle.window().first(), cycle.window().last());
        return cycle.window().first().plusDays(r.nextLong(days + 1));
    }

    private static PartialDate date(SplittableRandom r, Cycle cycle) {
        LocalDate d = day(r, cycle);
        return switch (r.nextInt(4)) {
            case 0 -> PartialDate.ofYear(d.getYear());
            case 1 -> PartialDate.ofMonth(d.getYear(), d.getMonthValue());
            default -> PartialDate.of(d);
        };
    }

    private static String text(SplittableRandom r, int minWords, int maxWords) {
        int n = r.nextInt(minWords, maxWords + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(pick(r, WORDS));
        }
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.append('.').toString();
    }

    private static <T> T pick(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static <T> void shuffle(SplittableRandom r, List<T> values) {
        for (int i = values.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T t = values.get(i);
            values.set(i, values.get(j));
            values.set(j, t);
        }
    }
}
