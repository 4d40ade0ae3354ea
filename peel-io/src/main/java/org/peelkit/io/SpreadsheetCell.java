package org.peelkit.io;

/**
 * Keeps a CSV cell from being run as a formula when a spreadsheet opens the table (CSV, or
 * formula, injection). As OWASP recommends, a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is written with a leading apostrophe, which
 * spreadsheets show as text. So that reading back invents no value, a cell that already starts with
 * an apostrophe followed by one of those (or by another apostrophe) gets one more, and reading takes
 * exactly one away: {@code read(write(v))} is {@code v} for every text.
 *
 * <pre>{@code
 * SpreadsheetCell.write("=HYPERLINK(\"http://x\")");  // "'=HYPERLINK(\"http://x\")"
 * SpreadsheetCell.read("'=HYPERLINK(\"http://x\")");  // "=HYPERLINK(\"http://x\")"
 * SpreadsheetCell.write("kent");                      // "kent"
 * }</pre>
 */
public final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    /**
     * @param cell a cell's text
     * @return whether a spreadsheet could take it for a formula, so that it is written guarded
     */
    public static boolean needsGuard(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return isTrigger(first) || first == '\'' && cell.length() > 1 && (isTrigger(cell.charAt(1)) || cell.charAt(1) == '\'');
    }

    /**
     * @param cell a cell's text
     * @return the text to write: with a leading apostrophe when {@link #needsGuard(String)}
     */
    public static String write(String cell) {
        return needsGuard(cell) ? "'" + cell : cell;
    }

    /**
     * @param cell a cell as read from a table
     * @return its value: one leading apostrophe taken away when {@link #write(String)} would have added it
     */
    public static String read(String cell) {
        return cell.startsWith("'") && needsGuard(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
