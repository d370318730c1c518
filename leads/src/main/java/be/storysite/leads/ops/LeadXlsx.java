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
    private Sheet sheet;
    private int columns;

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
        columns = headers.size();
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
            // A readable width without autoSizeColumn, which would need every row kept in memory.
            sheet.setColumnWidth(i, Math.max(12, Math.min(40, headers.get(i).length() + 4)) * 256);
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
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value == null ? "" : value.toString());
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

    private void finishSheet() {
        if (sheet != null && columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0, columns - 1));
        }
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
