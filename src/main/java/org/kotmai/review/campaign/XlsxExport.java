package org.kotmai.review.campaign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a table as an XLSX workbook of one sheet: bold frozen header row, numbers as numeric cells (amounts
 * with two decimals and thousands separators) so the sheet can sum and sort them, text as text.
 */
final class XlsxExport {

    private static final int MAX_COLUMN_WIDTH = 60 * 256;

    private XlsxExport() {
    }

    static byte[] write(String sheetName, List<String> header, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(headerStyle);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof BigDecimal decimal) {
                        cell.setCellValue(decimal.doubleValue());
                        cell.setCellStyle(amount);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                        cell.setCellStyle(count);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, Math.min(MAX_COLUMN_WIDTH, widest(header.get(c), rows, c) * 256 + 512));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the XLSX export in memory: " + e.getMessage(), e);
        }
    }

    /** Column width from the longest text, since autoSizeColumn needs fonts a headless server may lack. */
    private static int widest(String header, List<List<Object>> rows, int column) {
        int widest = header.length();
        for (List<Object> row : rows) {
            Object value = column < row.size() ? row.get(column) : null;
            if (value != null) {
                widest = Math.max(widest, value.toString().length());
            }
        }
        return widest;
    }
}
