package be.storysite.leads.ops;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A table for the terminal: a header row, columns aligned on the widest cell, a cell longer than its column's
 * limit cut with "…" (a long organisation name must not push the manager off the screen).
 *
 * <pre>{@code
 * TextTable table = new TextTable(List.of("name", "leads"), List.of(30, 6));
 * table.add(List.of("Gemeente Lindebeek", "3"));
 * table.print(out);
 * // name                leads
 * // Gemeente Lindebeek  3
 * }</pre>
 */
public final class TextTable {

    private static final String GAP = "  ";

    private final List<String> headers;
    private final List<Integer> limits;
    private final List<List<String>> rows = new ArrayList<>();

    /** {@code limits}: the most characters each column shows. */
    public TextTable(List<String> headers, List<Integer> limits) {
        if (headers.size() != limits.size()) {
            throw new IllegalArgumentException("one limit per column: " + headers + " " + limits);
        }
        this.headers = List.copyOf(headers);
        this.limits = List.copyOf(limits);
    }

    public void add(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("a row needs " + headers.size() + " cells, not " + cells.size());
        }
        List<String> cut = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            cut.add(cut(oneLine(cells.get(i)), limits.get(i)));
        }
        rows.add(cut);
    }

    /** Prints the header and the rows; the last column is not padded (no trailing blanks). */
    public void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        line(out, headers, widths);
        rows.forEach(row -> line(out, row, widths));
    }

    private static void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(i + 1 < cells.size() ? cell + " ".repeat(widths[i] - cell.length()) + GAP : cell);
        }
        out.println(line.toString().stripTrailing());
    }

    /** A message with line breaks would break the table's rows. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
