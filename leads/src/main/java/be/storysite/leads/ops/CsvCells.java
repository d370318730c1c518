package be.storysite.leads.ops;

/**
 * Guards CSV cells against formula injection: a spreadsheet runs a cell that starts with {@code = + - @}, a tab or
 * a carriage return as a formula, so a prospect could type {@code =HYPERLINK(...)} into the form. Such cells get a
 * leading apostrophe (the OWASP advice); quoting itself is left to the CSV writer.
 *
 * <pre>{@code
 * CsvCells.safe("=1+1");          // "'=1+1"
 * CsvCells.safe("Gemeente Lindebeek");  // unchanged
 * }</pre>
 */
final class CsvCells {

    private CsvCells() {
    }

    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}
