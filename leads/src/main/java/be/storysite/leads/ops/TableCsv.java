package be.storysite.leads.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a table as CSV (quoting by Jackson CSV, every cell guarded by {@link CsvCells#safe}, times as local
 * {@code 2026-06-01 14:00}). In the {@link Dialect#EXCEL} dialect it is what Excel opens as columns under a
 * Belgian (or any European) locale without an import wizard: a UTF-8 byte order mark (else accents break),
 * {@code ;} between cells (the list separator where the decimal separator is a comma) and CRLF line ends.
 *
 * <pre>{@code
 * try (TableCsv csv = new TableCsv(writer, TableCsv.Dialect.EXCEL, List.of("received", "name"))) {
 *     csv.row(List.of(LocalDateTime.of(2026, 6, 1, 14, 0), "=1+1"));   // 2026-06-01 14:00;'=1+1
 * }
 * }</pre>
 */
public final class TableCsv implements AutoCloseable {

    /** How the file is laid out. */
    public enum Dialect {
        /** RFC 4180: {@code ,} and LF, no byte order mark. */
        STANDARD(',', "\n", false),
        /** For Excel with a European locale: {@code ;}, CRLF and a UTF-8 byte order mark. */
        EXCEL(';', "\r\n", true);

        private final char separator;
        private final String lineEnd;
        private final boolean byteOrderMark;

        Dialect(char separator, String lineEnd, boolean byteOrderMark) {
            this.separator = separator;
            this.lineEnd = lineEnd;
            this.byteOrderMark = byteOrderMark;
        }
    }

    private final SequenceWriter rows;

    public TableCsv(Writer out, Dialect dialect, List<String> headers) {
        CsvMapper mapper = new CsvMapper();
        // The caller owns the writer (it may be System.out).
        mapper.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true)
                .setColumnSeparator(dialect.separator).setLineSeparator(dialect.lineEnd);
        headers.forEach(schema::addColumn);
        try {
            if (dialect.byteOrderMark) {
                out.write('\uFEFF');   // encoded by the writer, which must be UTF-8
            }
            this.rows = mapper.writer(schema.build()).writeValues(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row: times written local, numbers as they are, every other cell guarded against formulas. */
    public void row(List<?> cells) {
        try {
            rows.write(cells.stream().map(c -> c instanceof Number ? c.toString() : CsvCells.safe(SalesColumns.text(c)))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            rows.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
