package org.peelkit.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peelkit.io.Place;
import org.peelkit.model.Quoted;

/**
 * The part of PEEL-019 about characters and links: control characters (NUL, BEL, ESC, DEL, the C1
 * controls) in text, where only long text (summaries, finding and recommendation text, monitoring
 * reasons) may hold a tab or a line feed; and a {@code source} that is not an absolute
 * {@code http} or {@code https} URI. Ids are checked by their syntax elsewhere.
 */
final class TextCharacters {

    private TextCharacters() {
    }

    static void check(RuleContext context) {
        context.forEachAssessment((a, at) -> {
            shortText(context, at.field("inspector"), a.inspector());
            a.source().ifPresent(s -> source(context, at.field("source"), s));
            context.forEachJudgment(at, (j, jat) -> longText(context, jat.field("summary"), j.summary()));
            context.forEachFinding(at, (f, fat) -> {
                longText(context, fat.field("text"), Optional.of(f.text()));
                context.forEachRecommendation(fat, (r, rat) -> longText(context, rat.field("text"), Optional.of(r.text())));
            });
        });
        context.forEachMonitoringPeriod((m, mat) -> {
            List<String> reasons = m.reasons();
            for (int r = 0; r < reasons.size(); r++) {
                longText(context, mat.field("reasons").item(r), Optional.of(reasons.get(r)));
            }
        });
    }

    private static void shortText(RuleContext context, Place at, Optional<String> text) {
        text.ifPresent(t -> control(t, false).ifPresent(i -> context.report(at, "Value " + quote(t) + " at "
                + at.pointer() + " holds the control character " + name(t.charAt(i)) + " at character " + (i + 1)
                + ": only printable characters are allowed here")));
    }

    private static void longText(RuleContext context, Place at, Optional<String> text) {
        text.ifPresent(t -> control(t, true).ifPresent(i -> context.report(at, "Value " + quote(t) + " at "
                + at.pointer() + " holds the control character " + name(t.charAt(i)) + " at character " + (i + 1)
                + ": only printable characters, tabs and line feeds are allowed here")));
    }

    /** The index of the first control character not allowed, if any. */
    private static Optional<Integer> control(String text, boolean tabsAndLineFeeds) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(tabsAndLineFeeds && (c == '\t' || c == '\n'))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Quotes the offending value as data, shortening long text, as every message does. */
    private static String quote(String s) {
        return Quoted.of(s);
    }

    private static String name(char c) {
        return String.format("U+%04X", (int) c);
    }

    private static void source(RuleContext context, Place at, String source) {
        String problem = sourceProblem(source);
        if (problem != null) {
            context.report(at, "Value " + quote(source) + " at " + at.pointer() + " is not an absolute http or https URI: "
                    + problem);
        }
    }

    /** Why a source is not an absolute http or https URI, or null when it is one. */
    static String sourceProblem(String source) {
        Optional<Integer> control = control(source, false);
        if (control.isPresent()) {
            return "it holds the control character " + name(source.charAt(control.get())) + " at character "
                    + (control.get() + 1);
        }
        try {
            URI uri = new URI(source);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return uri.getScheme() == null ? "it has no scheme" : "its scheme is " + Quoted.of(uri.getScheme()) + "";
            }
            if (uri.getHost() == null) {
                return "it names no host";
            }
            return null;
        } catch (URISyntaxException e) {
            return e.getReason() + " at character " + (e.getIndex() + 1);
        }
    }
}
