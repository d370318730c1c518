package be.storysite.leads.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an xlsx workbook with Apache POI: per sheet a bold, frozen header row with a filter, then one row per
 * record. A {@link LocalDateTime} becomes a real date cell (sorts and filters as a date in Excel and LibreOffice),
 * a {@link Number} a number cell, anything else a string cell. String cells are never evaluated, so a prospect's
 * {@code =HYPERLINK(...)} stays text: no formula injection, and no apostrophe added to what they typed.
 * Rows stream to a temporary file (POI's SXSSF), so a large export never sits in memory.
 *
 * <pre>{@code
 * try (LeadXlsx xlsx = new LeadXlsx()) {
 *     xlsx.sheet("leads", List.of("received", "name"));
 *     xlsx.row(List.of(LocalDateTime.of(2026, 6, 1, 14, 0), "Els Peeters"));
 *     xlsx.write(outputStream);
 * }
 * }</pre>
 */
public final class LeadXlsx implements AutoCloseable {

    /** Rows kept in memory before POI flushes them to its temporary file. */
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle dateStyle;
    private final CellStyle headerStyle;
    /** A date cell shows {@code 2026-06-01 14:00}: 16 characters. */
    private static final int DATE_CHARS = 16;
    /** The widest a column gets, in characters (a long message wraps nothing: it is cut on screen, kept whole). */
    private static final int MAX_CHARS = 50;

    private Sheet sheet;
    private int[] widths = new int[0];

    public LeadXlsx() {
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
    }

    /** Starts a new sheet with this header row; the following rows go into it. */
    public void sheet(String name, List<String> headers) {
        finishSheet();
        sheet = workbook.createSheet(name);
        widths = new int[headers.size()];
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
            widen(i, headers.get(i).length());
        }
        sheet.createFreezePane(0, 1);
    }

    /** Adds a row to the current sheet: LocalDateTime, Number or anything else (written as its text). */
    public void row(List<?> values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            Cell cell = row.createCell(i);
            if (value instanceof LocalDateTime time) {
                cell.setCellValue(time);
                cell.setCellStyle(dateStyle);
                widen(i, DATE_CHARS);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                widen(i, number.toString().length());
            } else {
                String text = value == null ? "" : value.toString();
                cell.setCellValue(text);
                widen(i, text.length());
            }
        }
    }

    /** Writes the workbook to {@code out} (not closed). */
    public void write(OutputStream out) {
        finishSheet();
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The widest cell so far decides a column's width: autoSizeColumn would need every row kept in memory (a date
     * column too narrow shows ####).
     */
    private void widen(int column, int chars) {
        if (column < widths.length) {
            widths[column] = Math.min(MAX_CHARS, Math.max(widths[column], chars));
        }
    }

    private void finishSheet() {
        if (sheet == null || widths.length == 0) {
            return;
        }
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, (widths[i] + 2) * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0, widths.length - 1));
    }

    /** Deletes POI's temporary file. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
