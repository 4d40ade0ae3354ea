package org.peelkit.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading a rendered page in tests: parts of it, and what its elements say. */
final class Html {

    private Html() {
    }

    /** How often {@code needle} occurs in {@code html}. */
    static int count(String html, String needle) {
        int n = 0;
        for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** The text from {@code start} (included) to the first {@code end} after it (included). */
    static String part(String html, String start, String end) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, "the page has no " + start);
        int to = html.indexOf(end, from);
        assertTrue(to >= 0, "nothing closes " + start);
        return html.substring(from, to + end.length());
    }

    /** One cycle's section. */
    static String cycle(String html, String cycleId) {
        return part(html, "<section class=\"cycle\" data-cycle=\"" + cycleId + "\"", "</section>");
    }

    /** One force's section. */
    static String force(String html, String forceId) {
        return part(html, "<section class=\"force\" data-force=\"" + forceId + "\"", "</section>");
    }

    /**
     * Every match of {@code regex} (searched across lines), each written as {@code format} with
     * the groups put in for {@code %s}.
     */
    static List<String> each(String html, String regex, String format) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            Object[] groups = new Object[m.groupCount()];
            for (int g = 0; g < groups.length; g++) {
                groups[g] = m.group(g + 1);
            }
            found.add(String.format(format, groups));
        }
        return found;
    }

    /** The rows of a table with the given class: each row's header and cells, joined by " | ". */
    static List<String> rows(String html, String tableClass) {
        String table = part(html, "<table class=\"" + tableClass + "\">", "</table>");
        String body = part(table, "<tbody>", "</tbody>");
        List<String> rows = new ArrayList<>();
        for (String row : each(body, "<tr>(.*?)</tr>", "%s")) {
            rows.add(String.join(" | ", each(row, "<t[hd](?: [^>]*)?>([^<]*)</t[hd]>", "%s")));
        }
        return rows;
    }

    /** The column headers of a table with the given class, joined by " | ". */
    static String header(String html, String tableClass) {
        String table = part(html, "<table class=\"" + tableClass + "\">", "</table>");
        return String.join(" | ", each(part(table, "<thead>", "</thead>"), "<th(?: [^>]*)?>([^<]*)</th>", "%s"));
    }
}
