package org.peelkit.model;

import static org.peelkit.model.GradeScale.FIVE_POINT;
import static org.peelkit.model.GradeScale.FOUR_POINT;
import static org.peelkit.model.GradingLevel.AREAS;
import static org.peelkit.model.GradingLevel.PILLARS;
import static org.peelkit.model.Pillar.EFFECTIVENESS;
import static org.peelkit.model.Pillar.EFFICIENCY;
import static org.peelkit.model.Pillar.LEGITIMACY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place where the framework is written down. Ids follow {@code spec/peel-json-1.md};
 * labels and wording follow the domain fact sheet, and wording no source gives is left out rather
 * than made up. 2025–27 is provisional: only its first core question is known.
 */
final class BuiltInCatalogue {

    static final Catalogue INSTANCE = Catalogue.of(cycles(), forces());

    private static final boolean G = true;
    private static final boolean U = false;
    private static final boolean REQ = true;
    private static final boolean OPT = false;

    private BuiltInCatalogue() {
    }

    /** A question written as data; the cycle and pillar are filled in by the cycle that lists it. */
    private record Q(String id, Pillar pillar, String label, String wording, boolean graded, boolean required) {
    }

    private static Q pillar(Pillar pillar, boolean graded, String wording) {
        return new Q(pillar.id(), pillar, pillar.label(), wording, graded, REQ);
    }

    private static Q sub(Pillar pillar, String id, boolean graded, String label, String wording) {
        return new Q(pillar.id() + "/" + id, pillar, label, wording, graded, OPT);
    }

    private static Q area(String id, boolean graded, boolean required, String label, String wording) {
        return new Q(id, null, label, wording, graded, required);
    }

    private static Cycle cycle(String id, String name, GradeScale scale, GradingLevel level, String group,
                               int firstYear, int lastYear, boolean provisional, List<Q> questions) {
        List<Question> built = new ArrayList<>();
        for (Q q : questions) {
            built.add(new Question(q.id, id, Optional.ofNullable(q.pillar), q.label, Optional.ofNullable(q.wording),
                    q.graded, q.required));
        }
        return new Cycle(id, name, scale, level, group, DateWindow.ofCycleYears(firstYear, lastYear), provisional,
                built);
    }

    private static final String EFFECTIVENESS_2015 =
            "How effective is the force at keeping people safe and reducing crime?";
    private static final String PREVENTING_2016 =
            "How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?";
    private static final String INVESTIGATING_2016 =
            "How effective is the force at investigating crime and reducing re-offending?";
    private static final String PROTECTING_2016 =
            "How effective is the force at protecting those who are vulnerable from harm, and supporting victims?";
    private static final String SOC_2016 = "How effective is the force at tackling serious and organised crime?";
    private static final String SPECIALIST_2016 = "How effective are the force's specialist capabilities?";
    private static final String FAIR_PUBLIC_2016 =
            "To what extent does the force treat all of the people it serves with fairness and respect?";
    private static final String ETHICAL_2016 =
            "How well does the force ensure that its workforce behaves ethically and lawfully?";
    private static final String FAIR_WORKFORCE_2016 =
            "To what extent does the force treat its workforce with fairness and respect?";
    private static final String VICTIMS = "How good is the force's service for victims of crime?";
    private static final String LEADERSHIP_AND_MANAGEMENT = "How good is the force at leadership and force management?";

    private static List<Q> effectiveness2016(boolean specialistGraded, String pillarWording, boolean withWording) {
        return List.of(
                pillar(EFFECTIVENESS, G, pillarWording),
                sub(EFFECTIVENESS, "preventing-crime", G, "Preventing crime, tackling anti-social behaviour and keeping people safe",
                        withWording ? PREVENTING_2016 : null),
                sub(EFFECTIVENESS, "investigating-crime", G, "Investigating crime and reducing re-offending",
                        withWording ? INVESTIGATING_2016 : null),
                sub(EFFECTIVENESS, "protecting-vulnerable-people", G, "Protecting vulnerable people and supporting victims",
                        withWording ? PROTECTING_2016 : null),
                sub(EFFECTIVENESS, "serious-and-organised-crime", G, "Tackling serious and organised crime",
                        withWording ? SOC_2016 : null),
                sub(EFFECTIVENESS, "specialist-capabilities", specialistGraded, "Specialist capabilities",
                        withWording ? SPECIALIST_2016 : null));
    }

    private static List<Q> legitimacy2016(String pillarWording) {
        return List.of(
                pillar(LEGITIMACY, G, pillarWording),
                sub(LEGITIMACY, "fair-treatment-of-the-public", G, "Treating the public with fairness and respect", FAIR_PUBLIC_2016),
                sub(LEGITIMACY, "ethical-and-lawful-workforce", G, "Ethical and lawful workforce", ETHICAL_2016),
                sub(LEGITIMACY, "fair-treatment-of-the-workforce", G, "Treating the workforce with fairness and respect",
                        FAIR_WORKFORCE_2016));
    }

    private static Q leadershipNarrative() {
        return area("leadership", U, OPT, "Leadership", null);
    }

    @SafeVarargs
    private static List<Q> join(List<Q>... parts) {
        List<Q> all = new ArrayList<>();
        for (List<Q> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static List<Cycle> cycles() {
        return List.of(
                cycle("2014", "PEEL 2014", FOUR_POINT, PILLARS, "2014-2019", 2014, 2014, false, List.of(
                        pillar(EFFECTIVENESS, U, null),
                        sub(EFFECTIVENESS, "reducing-crime", G, "Reducing crime and preventing offending",
                                "How effective is the force at reducing crime and preventing offending?"),
                        sub(EFFECTIVENESS, "investigating-offending", G, "Investigating offending",
                                "How effective is the force at investigating offending?"),
                        sub(EFFECTIVENESS, "anti-social-behaviour", G, "Tackling anti-social behaviour",
                                "How effective is the force at tackling anti-social behaviour?"),
                        sub(EFFECTIVENESS, "protecting-those-at-risk", U, "Protecting those at greatest risk of harm",
                                "How effective is the force at protecting those at greatest risk of harm?"),
                        sub(EFFECTIVENESS, "serious-organised-and-complex-crime", U, "Tackling serious, organised and complex crime",
                                "How effective is the force at tackling serious, organised and complex crime?"),
                        sub(EFFECTIVENESS, "strategic-policing-requirement", U, "Strategic Policing Requirement",
                                "How effective is the force at meeting its commitments under the Strategic Policing Requirement?"),
                        pillar(EFFICIENCY, G, null),
                        sub(EFFICIENCY, "efficiency", G, "Efficiency", "To what extent is the force efficient?"),
                        sub(EFFICIENCY, "financial-position", G, "Financial position",
                                "To what extent is the force taking steps to ensure a secure financial position for the short and long term?"),
                        sub(EFFICIENCY, "affordable-policing", G, "Affordable policing",
                                "To what extent has the force got an affordable way of providing policing?"),
                        pillar(LEGITIMACY, U, null))),
                cycle("2015", "PEEL 2015", FOUR_POINT, PILLARS, "2014-2019", 2015, 2015, false, List.of(
                        pillar(EFFECTIVENESS, G, EFFECTIVENESS_2015),
                        sub(EFFECTIVENESS, "preventing-crime", G, "Preventing crime and anti-social behaviour",
                                "How effective is the force at preventing crime and anti-social behaviour, and keeping people safe?"),
                        sub(EFFECTIVENESS, "investigating-crime", G, "Investigating crime and managing offenders",
                                "How effective is the force at investigating crime and managing offenders?"),
                        sub(EFFECTIVENESS, "protecting-vulnerable-people", G, "Protecting vulnerable people and supporting victims",
                                "How effective is the force at protecting from harm those who are vulnerable, and supporting victims?"),
                        sub(EFFECTIVENESS, "serious-and-organised-crime", G, "Tackling serious and organised crime",
                                "How effective is the force at tackling serious and organised crime, including its arrangement for fulfilling its national policing responsibilities?"),
                        pillar(EFFICIENCY, G, null),
                        sub(EFFICIENCY, "use-of-resources", G, "Use of resources",
                                "How well does the force use its resources to meet its demand?"),
                        sub(EFFICIENCY, "workforce-model", G, "Workforce model",
                                "How sustainable and affordable is the workforce model?"),
                        sub(EFFICIENCY, "financial-position", G, "Financial position",
                                "How sustainable is the force's financial position for the short and long term?"),
                        pillar(LEGITIMACY, G, null),
                        sub(LEGITIMACY, "ethical-culture", G, "Ethical culture",
                                "To what extent does practice and behaviour reinforce the wellbeing of staff and an ethical culture?"),
                        sub(LEGITIMACY, "crime-recording", U, "Crime recording",
                                "To what extent are forces recording crimes in accordance with the Home Office Counting Rules?"),
                        sub(LEGITIMACY, "fair-treatment-of-the-public", G, "Fair treatment of the public",
                                "How well does the force understand, engage with and treat fairly the people it serves to maintain and improve its legitimacy?"),
                        sub(LEGITIMACY, "stop-and-search-and-taser", G, "Stop and search and Taser",
                                "To what extent are decisions taken on the use of stop and search and Taser fair and appropriate?"),
                        leadershipNarrative())),
                cycle("2016", "PEEL 2016", FOUR_POINT, PILLARS, "2014-2019", 2016, 2016, false, join(
                        effectiveness2016(U, EFFECTIVENESS_2015, true),
                        efficiency2016(),
                        legitimacy2016("How legitimate is the force at keeping people safe and reducing crime?"),
                        List.of(leadershipNarrative()))),
                cycle("2017", "PEEL 2017", FOUR_POINT, PILLARS, "2014-2019", 2017, 2017, false, join(
                        effectiveness2016(U, null, false),
                        List.of(pillar(EFFICIENCY, G, null),
                                sub(EFFICIENCY, "understanding-demand", G, "Understanding demand", null),
                                sub(EFFICIENCY, "use-of-resources", G, "Use of resources", null),
                                sub(EFFICIENCY, "planning-for-the-future", G, "Planning for the future", null)),
                        legitimacy2016(null))),
                cycle("2018-19", "PEEL 2018/19", FOUR_POINT, PILLARS, "2014-2019", 2018, 2019, false, join(
                        effectiveness2016(U, "How effectively does the force reduce crime and keep people safe?", true),
                        List.of(pillar(EFFICIENCY, G,
                                        "How efficiently does the force operate and how sustainable are its services to the public?"),
                                sub(EFFICIENCY, "use-of-resources", G, "Use of resources",
                                        "How well does the force use its resources to meet the demand it faces?"),
                                sub(EFFICIENCY, "planning-for-the-future", G, "Planning for the future",
                                        "How well does the force plan for the future?")),
                        legitimacy2016("How legitimately does the force treat the public and its workforce?"))),
                cycle("2021-22", "PEEL 2021/22", FIVE_POINT, AREAS, "2021-22", 2021, 2022, false, List.of(
                        area("victim-service-assessment", U, REQ, "Providing a service to the victims of crime", VICTIMS),
                        area("treatment-of-the-public", G, REQ, "Treatment of the public", null),
                        area("preventing-crime", G, REQ, "Preventing crime and anti-social behaviour", null),
                        area("responding-to-the-public", G, REQ, "Responding to the public", null),
                        area("investigating-crime", G, REQ, "Investigating crime", null),
                        area("protecting-vulnerable-people", G, REQ, "Protecting vulnerable people", null),
                        area("managing-offenders", G, REQ, "Managing offenders and suspects", null),
                        area("developing-a-positive-workplace", G, REQ, "Developing a positive workplace", null),
                        area("good-use-of-resources", G, REQ, "Good use of resources", null),
                        area("recording-data-about-crime", G, OPT, "Recording data about crime", null),
                        area("serious-and-organised-crime", G, OPT, "Disrupting serious organised crime", null),
                        area("strategic-policing-requirement", U, OPT, "Strategic Policing Requirement", null),
                        area("armed-policing", U, OPT, "Armed policing", null))),
                cycle("2023-25", "PEEL 2023–2025", FIVE_POINT, AREAS, "2023-25", 2023, 2025, false, List.of(
                        area("victim-service-assessment", U, REQ, "Providing a service to the victims of crime", VICTIMS),
                        area("police-powers-and-public-treatment", G, REQ,
                                "Police powers and treating the public fairly and respectfully", null),
                        area("preventing-crime", G, REQ,
                                "Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", null),
                        area("responding-to-the-public", G, REQ, "Responding to the public", null),
                        area("investigating-crime", G, REQ, "Investigating crime", null),
                        area("protecting-vulnerable-people", G, REQ, "Protecting vulnerable people", null),
                        area("managing-offenders-and-suspects", G, REQ, "Managing offenders and suspects", null),
                        area("building-supporting-and-protecting-the-workforce", G, REQ,
                                "Building, supporting and protecting the workforce", null),
                        area("leadership-and-force-management", G, REQ, "Leadership and force management", null),
                        area("recording-data-about-crime", G, OPT, "Recording data about crime", null),
                        area("serious-and-organised-crime", G, OPT, "Serious and organised crime", null),
                        leadershipNarrative())),
                cycle("2025-27", "PEEL 2025–2027", FIVE_POINT, AREAS, "2025-27", 2025, 2027, true, List.of(
                        area("leadership-and-force-management", G, REQ, "Leadership and force management",
                                LEADERSHIP_AND_MANAGEMENT))));
    }

    private static List<Q> efficiency2016() {
        return List.of(
                pillar(EFFICIENCY, G, "How efficient is the force at keeping people safe and reducing crime?"),
                sub(EFFICIENCY, "understanding-demand", G, "Understanding current and likely future demand",
                        "How well does the force understand its current and likely future demand?"),
                sub(EFFICIENCY, "use-of-resources", G, "Using resources to manage current demand", null),
                sub(EFFICIENCY, "planning-for-the-future", G, "Planning for demand in the future", null));
    }

    private static Force force(String id, String name, String ons) {
        return new Force(id, List.of(ForceName.of(name)), Optional.of(ons), true);
    }

    private static Force outside(String id, String name) {
        return new Force(id, List.of(ForceName.of(name)), Optional.empty(), false);
    }

    private static List<Force> forces() {
        return List.of(
                force("avon-and-somerset", "Avon and Somerset Constabulary", "E23000036"),
                force("bedfordshire", "Bedfordshire Police", "E23000026"),
                force("cambridgeshire", "Cambridgeshire Constabulary", "E23000023"),
                force("cheshire", "Cheshire Constabulary", "E23000006"),
                force("city-of-london", "City of London Police", "E23000034"),
                force("cleveland", "Cleveland Police", "E23000013"),
                force("cumbria", "Cumbria Constabulary", "E23000002"),
                force("derbyshire", "Derbyshire Constabulary", "E23000018"),
                force("devon-and-cornwall", "Devon and Cornwall Police", "E23000035"),
                force("dorset", "Dorset Police", "E23000039"),
                force("durham", "Durham Constabulary", "E23000008"),
                force("dyfed-powys", "Dyfed-Powys Police", "W15000004"),
                force("essex", "Essex Police", "E23000028"),
                force("gloucestershire", "Gloucestershire Constabulary", "E23000037"),
                force("greater-manchester", "Greater Manchester Police", "E23000005"),
                force("gwent", "Gwent Police", "W15000002"),
                new Force("hampshire", List.of(ForceName.of("Hampshire Constabulary"),
                        new ForceName("Hampshire and Isle of Wight Constabulary", Optional.of(LocalDate.of(2022, 11, 16)))),
                        Optional.of("E23000030"), true),
                force("hertfordshire", "Hertfordshire Constabulary", "E23000027"),
                force("humberside", "Humberside Police", "E23000012"),
                force("kent", "Kent Police", "E23000032"),
                force("lancashire", "Lancashire Constabulary", "E23000003"),
                force("leicestershire", "Leicestershire Police", "E23000021"),
                force("lincolnshire", "Lincolnshire Police", "E23000020"),
                force("merseyside", "Merseyside Police", "E23000004"),
                force("metropolitan", "Metropolitan Police Service", "E23000001"),
                force("norfolk", "Norfolk Constabulary", "E23000024"),
                force("north-wales", "North Wales Police", "W15000001"),
                force("north-yorkshire", "North Yorkshire Police", "E23000009"),
                force("northamptonshire", "Northamptonshire Police", "E23000022"),
                force("northumbria", "Northumbria Police", "E23000007"),
                force("nottinghamshire", "Nottinghamshire Police", "E23000019"),
                force("south-wales", "South Wales Police", "W15000003"),
                force("south-yorkshire", "South Yorkshire Police", "E23000011"),
                force("staffordshire", "Staffordshire Police", "E23000015"),
                force("suffolk", "Suffolk Constabulary", "E23000025"),
                force("surrey", "Surrey Police", "E23000031"),
                force("sussex", "Sussex Police", "E23000033"),
                force("thames-valley", "Thames Valley Police", "E23000029"),
                force("warwickshire", "Warwickshire Police", "E23000017"),
                force("west-mercia", "West Mercia Police", "E23000016"),
                force("west-midlands", "West Midlands Police", "E23000014"),
                force("west-yorkshire", "West Yorkshire Police", "E23000010"),
                force("wiltshire", "Wiltshire Police", "E23000038"),
                outside("btp", "British Transport Police"),
                outside("civil-nuclear", "Civil Nuclear Constabulary"),
                outside("ministry-of-defence", "Ministry of Defence Police"),
                outside("northern-ireland", "Police Service of Northern Ireland"),
                outside("police-scotland", "Police Scotland"),
                outside("national-crime-agency", "National Crime Agency"));
    }
}
