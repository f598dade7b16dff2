package org.kotmai.review.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InventoryCsvTest {

    private static final String HEADER = "name,agency,law_id,law_title,provision,kind,annual_applications,notes\n";

    /** A catalog of two laws, the first with provisions 5 and 77/1. */
    private static final LawLookup CATALOG = new LawLookup() {
        private final Map<String, Law> laws = Map.of(
                "act-2550-โรงสี", new Law("act-2550-โรงสี", "พระราชบัญญัติโรงสีทดลอง พ.ศ. ๒๕๕๐"),
                "act-2565-เรือ", new Law("act-2565-เรือ", "พระราชบัญญัติเรือทดลอง พ.ศ. ๒๕๖๕"));

        @Override
        public Optional<Law> byId(String id) {
            return Optional.ofNullable(laws.get(id));
        }

        @Override
        public List<Law> byTitle(String title) {
            String thai = org.kotmai.thai.ThaiDigits.toThai(title);
            return laws.values().stream().filter(law -> law.title().equals(thai)).toList();
        }

        @Override
        public boolean hasProvision(String lawId, String number) {
            return lawId.equals("act-2550-โรงสี") && (number.equals("5") || number.equals("77/1"));
        }
    };

    private final InventoryCsv csv = new InventoryCsv(CATALOG);

    @Test
    void readsThaiRowsWithByteOrderMarkQuotedCommasAndThaiDigits() {
        byte[] file = bytes("\uFEFF" + HEADER
                + "ใบอนุญาตตั้งโรงสี,กรมโรงงานทดลอง,act-2550-โรงสี,,๕,ใบอนุญาต,\"๑,๒๐๐\",\"ต่ออายุทุกปี, ปีละครั้ง\"\r\n"
                + "การจดทะเบียนเรือ,กรมเจ้าท่าทดลอง,,พระราชบัญญัติเรือทดลอง พ.ศ. 2565,,registration,,\n"
                + ",,,,,,,\n");

        List<InventoryItem> items = csv.read(file, Set.of());

        assertThat(items).hasSize(2);
        InventoryItem mill = items.get(0);
        assertThat(mill.name()).isEqualTo("ใบอนุญาตตั้งโรงสี");
        assertThat(mill.kind()).isEqualTo(ItemKind.LICENCE);
        assertThat(mill.provision()).isEqualTo("5");
        assertThat(mill.annualApplications()).isEqualTo(1200L);
        assertThat(mill.notes()).isEqualTo("ต่ออายุทุกปี, ปีละครั้ง");
        assertThat(mill.origin()).isEqualTo("csv line 2");
        InventoryItem boat = items.get(1);
        assertThat(boat.lawId()).as("found by its title written with Arabic digits").isEqualTo("act-2565-เรือ");
        assertThat(boat.kind()).isEqualTo(ItemKind.REGISTRATION);
        assertThat(boat.annualApplications()).isNull();
    }

    @Test
    void quotedValuesMaySpanLinesAndLaterErrorsKeepTheirFileLine() {
        byte[] file = bytes(HEADER
                + "\"ใบอนุญาต\nสองบรรทัด\",กรมทดลอง,act-2550-โรงสี,,,licence,,\n"
                + "ใบรับรอง,กรมทดลอง,act-2550-โรงสี,,,คำรับรอง,,\n");

        InventoryCsvException e = catchThrowableOfType(InventoryCsvException.class, () -> csv.read(file, Set.of()));

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(4);
            assertThat(error.column()).isEqualTo("kind");
            assertThat(error.fix()).contains("'คำรับรอง' is not a kind", "licence (ใบอนุญาต)");
        });
    }

    @Test
    void everyBadCellIsReportedWithLineColumnAndFixAndNothingIsReturned() {
        byte[] file = bytes(HEADER
                + "ใบอนุญาตตั้งโรงสี,กรมโรงงานทดลอง,act-2550-โรงสี,,5,licence,100,\n"
                + ",กรมทดลอง,act-9999-ไม่มี,,,licence,หนึ่งร้อย,\n"
                + "ใบอนุญาตขนส่ง,,act-2550-โรงสี,,99,permit,-5,\n"
                + "ใบอนุญาตตั้งโรงสี,กรมโรงงานทดลอง,act-2550-โรงสี,,5,licence,,\n"
                + "ใบอนุญาตเรือ,กรมทดลอง,,พระราชบัญญัติที่ไม่มี,,licence,,\n");

        InventoryCsvException e = catchThrowableOfType(InventoryCsvException.class, () -> csv.read(file, Set.of()));

        assertThat(e.errors()).extracting(RowError::line, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "name"),
                org.assertj.core.groups.Tuple.tuple(3, "annual_applications"),
                org.assertj.core.groups.Tuple.tuple(3, "law_id"),
                org.assertj.core.groups.Tuple.tuple(4, "agency"),
                org.assertj.core.groups.Tuple.tuple(4, "annual_applications"),
                org.assertj.core.groups.Tuple.tuple(4, "provision"),
                org.assertj.core.groups.Tuple.tuple(5, "name"),
                org.assertj.core.groups.Tuple.tuple(6, "law_title"));
        assertThat(e.errors().get(6).fix()).contains("repeats line 2");
        assertThat(e.errors().get(5).fix()).contains("has no provision '99'");
        assertThat(e.getMessage()).contains("nothing was imported", "line 3, column name");
    }

    @Test
    void itemsAlreadyInTheCampaignAreRefused() {
        InventoryItem existing = csv.read(bytes(HEADER + "ใบอนุญาตตั้งโรงสี,กรม,act-2550-โรงสี,,5,licence,,\n"),
                Set.of()).get(0);

        assertThatThrownBy(() -> csv.read(bytes(HEADER + "ใบอนุญาตตั้งโรงสี,กรมอื่น,act-2550-โรงสี,,5,permit,,\n"),
                Set.of(InventoryCsv.key(existing))))
                .isInstanceOfSatisfying(InventoryCsvException.class, e -> assertThat(e.errors().get(0).fix())
                        .contains("already in the campaign"));
    }

    @Test
    void headerProblemsAreReportedOnLineOne() {
        InventoryCsvException e = catchThrowableOfType(InventoryCsvException.class,
                () -> csv.read(bytes("name,agencies,kind\nก,ข,licence\n"), Set.of()));

        assertThat(e.errors()).extracting(RowError::line).containsOnly(1);
        assertThat(e.errors()).extracting(RowError::column).containsExactly("agencies", "agency", "law_id");
    }

    @Test
    void thaiTextInALegacyEncodingIsRefusedWithTheLineToResave() {
        byte[] file = (HEADER + "ใบอนุญาต,กรม,act-2550-โรงสี,,,licence,,\n").getBytes(Charset.forName("x-windows-874"));

        InventoryCsvException e = catchThrowableOfType(InventoryCsvException.class, () -> csv.read(file, Set.of()));

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.fix()).contains("not UTF-8", "CSV UTF-8");
        });
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        InventoryCsvException e = catchThrowableOfType(InventoryCsvException.class,
                () -> csv.read(bytes(HEADER + "ก,ข,act-2550-โรงสี,,,licence,,\n\"ค,ง,act-2550-โรงสี\n"), Set.of()));

        assertThat(e.errors()).singleElement().extracting(RowError::line).isEqualTo(3);
    }

    @Test
    void anEmptyFileNamesTheExpectedColumns() {
        assertThatThrownBy(() -> csv.read(new byte[0], Set.of()))
                .isInstanceOfSatisfying(InventoryCsvException.class, e -> assertThat(e.errors().get(0).fix())
                        .contains("name,agency,law_id"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
