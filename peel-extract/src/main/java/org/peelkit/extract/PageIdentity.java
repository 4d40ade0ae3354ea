package org.peelkit.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peelkit.io.Location;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Cycle;
import org.peelkit.model.Force;
import org.peelkit.model.ForceName;

/**
 * Tells which force and which PEEL cycle a page is about, the way HMICFRS titles its pages: "Kent
 * 2017", "Kent PEEL 2017", "Durham PEEL 2018" (the 2018/19 cycle), "PEEL 2023-25", "PEEL 2021/22 –
 * An inspection of Kent Police", "PEEL Assessment Framework 2021/22"; else the first PEEL cycle the
 * text names, and the force the text names most.
 */
final class PageIdentity {

    /** A value and where the page gives it. */
    record Found<T>(T value, java.util.Optional<Location> at, String text) {
        Found(T value, Location at, String text) {
            this(value, java.util.Optional.of(at), text);
        }
    }

    private static final String YEARS = "(\\d{4})(?:\\s*[/\u2013\u2014-]\\s*(\\d{4}|\\d{2}))?";
    private static final Pattern PEEL = Pattern.compile(
            "\\bPEEL(?:\\s+(?:assessments?|inspections?|assessment framework))?:?(?:\\s+police\\s+(?:effectiveness|efficiency|legitimacy))?\\s+"
                    + YEARS + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("(.+?)\\s+(?:PEEL\\s+)?" + YEARS);
    private static final Pattern INSPECTION_OF = Pattern.compile(
            "\\b(?:an )?inspection of (?:the )?(.+?)(?:\\s*[:,.(]|$)", Pattern.CASE_INSENSITIVE);
    private static final int TITLE_LINES = 12;

    private final Catalogue catalogue;

    PageIdentity(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    Optional<Found<Cycle>> cycle(PageText text) {
        Found<Cycle> firstMention = null;
        for (PageText.Line line : text.lines()) {
            Matcher title = TITLE.matcher(line.text());
            if (line.number() <= TITLE_LINES && title.matches() && forceByShortName(title.group(1)).isPresent()) {
                Optional<Cycle> c = cycleOf(title.group(2), title.group(3));
                if (c.isPresent()) {
                    return Optional.of(new Found<>(c.get(), line.at(title.start(2)), line.text()));
                }
            }
            Matcher peel = PEEL.matcher(line.text());
            while (peel.find()) {
                Optional<Cycle> c = cycleOf(peel.group(1), peel.group(2));
                if (c.isPresent() && peel.start() == 0) {
                    return Optional.of(new Found<>(c.get(), line.at(peel.start()), line.text()));
                }
                if (c.isPresent() && firstMention == null) {
                    firstMention = new Found<>(c.get(), line.at(peel.start()), line.text());
                }
            }
        }
        return Optional.ofNullable(firstMention);
    }

    Optional<Found<Force>> force(PageText text, List<String> ambiguity) {
        for (PageText.Line line : text.lines()) {
            if (line.number() > TITLE_LINES) {
                break;
            }
            Matcher title = TITLE.matcher(line.text());
            if (title.matches() && forceByShortName(title.group(1)).isPresent()) {
                return Optional.of(new Found<>(forceByShortName(title.group(1)).get(), line.at(0), line.text()));
            }
            Matcher of = INSPECTION_OF.matcher(line.text());
            if (PEEL.matcher(line.text()).find() && of.find()) {
                Optional<Force> f = forceByName(of.group(1));
                if (f.isPresent()) {
                    return Optional.of(new Found<>(f.get(), line.at(of.start(1)), line.text()));
                }
            }
        }
        Force best = null;
        int bestCount = 0;
        Location bestAt = null;
        String bestText = "";
        boolean tie = false;
        for (Force f : catalogue.forces()) {
            int count = 0;
            Location first = null;
            String firstText = "";
            for (PageText.Line line : text.lines()) {
                for (String name : names(f)) {
                    int i = line.text().indexOf(name);
                    if (i >= 0) {
                        count++;
                        Location at = line.at(i);
                        if (first == null || at.compareTo(first) < 0) {
                            first = at;
                            firstText = line.text();
                        }
                    }
                }
            }
            if (count > bestCount) {
                best = f;
                bestCount = count;
                bestAt = first;
                bestText = firstText;
                tie = false;
            } else if (count == bestCount && count > 0) {
                tie = true;
            }
        }
        if (tie) {
            ambiguity.add("Two or more forces are named equally often; the page's force could not be told");
            return Optional.empty();
        }
        return best == null ? Optional.empty() : Optional.of(new Found<>(best, bestAt, bestText));
    }

    /** The force's names as the text writes them. */
    static List<String> names(Force f) {
        List<String> out = new ArrayList<>();
        for (ForceName n : f.names()) {
            out.add(n.name());
        }
        return out;
    }

    /** "Kent", "Greater Manchester", "Metropolitan": a force name without "Police" or "Constabulary". */
    static List<String> shortNames(Force f) {
        List<String> out = new ArrayList<>();
        for (String n : names(f)) {
            String s = n.replaceFirst("^The ", "").replaceFirst("\\s+(Police Service|Police|Constabulary)$", "");
            if (!s.equals(n) && !s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    private Optional<Force> forceByShortName(String text) {
        String slug = text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        Optional<Force> bySlug = catalogue.force(slug);
        return bySlug.isPresent() ? bySlug : forceByName(text);
    }

    private Optional<Force> forceByName(String text) {
        String t = text.strip();
        for (Force f : catalogue.forces()) {
            if (names(f).stream().anyMatch(n -> n.equalsIgnoreCase(t)) || shortNames(f).stream().anyMatch(n -> n.equalsIgnoreCase(t))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** "2017" to 2017, "2018" to 2018/19 (the cycle that began that year), "2021/22" and "2023-2025" by their ends. */
    Optional<Cycle> cycleOf(String first, String last) {
        if (last != null) {
            return catalogue.cycle(first + "-" + last.substring(last.length() - 2));
        }
        Optional<Cycle> exact = catalogue.cycle(first);
        if (exact.isPresent()) {
            return exact;
        }
        return catalogue.cycles().stream().filter(c -> c.id().startsWith(first + "-")).findFirst();
    }
}
