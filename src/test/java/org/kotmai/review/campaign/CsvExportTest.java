package org.kotmai.review.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void thaiTextIsQuotedWhereNeededBehindAByteOrderMark() {
        byte[] csv = CsvExport.write(List.of("name", "notes", "saving"),
                List.of(Arrays.asList("ใบอนุญาต \"พิเศษ\"", "ปีละครั้ง, ทุกปี", new BigDecimal("1200.50")),
                        Arrays.asList("ใบรับรอง", null, null)));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "name,notes,saving\r\n\"ใบอนุญาต \"\"พิเศษ\"\"\",\"ปีละครั้ง, ทุกปี\",1200.50\r\nใบรับรอง,,\r\n");
    }

    @Test
    void importedTextThatASpreadsheetWouldRunIsWrittenAsTextButNumbersStayNumbers() {
        byte[] csv = CsvExport.write(List.of("name", "saving"),
                List.of(Arrays.asList("=HYPERLINK(\"http://x\")", new BigDecimal("-500")),
                        Arrays.asList("@SUM(A1)", -3L)));

        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(\"\"http://x\"\")\",-500\r\n",
                "'@SUM(A1),-3\r\n");
    }
}
