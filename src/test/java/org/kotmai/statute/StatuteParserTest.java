package org.kotmai.statute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kotmai.catalog.InstrumentType;

class StatuteParserTest {

    private final StatuteParser parser = new StatuteParser();

    @Test
    void printedTitleWithTheInstrumentWordOnItsOwnLineIsTheMainTitleNotAnAppendedAmendment() {
        String text = """
                พระราชบัญญัติ
                รักษาทะเบียนสัตว์เลี้ยง
                พ.ศ. ๒๕๗๐

                มาตรา ๑  พระราชบัญญัตินี้เรียกว่า "พระราชบัญญัติรักษาทะเบียนสัตว์เลี้ยง พ.ศ. ๒๕๗๐"

                มาตรา ๒  ให้เจ้าของสัตว์แจ้งนายทะเบียนภายในสามสิบวัน

                ผู้รับสนองพระบรมราชโองการ
                นายกรัฐมนตรี

                พระราชบัญญัติรักษาทะเบียนสัตว์เลี้ยง (ฉบับที่ ๒) พ.ศ. ๒๕๗๑[๑]

                มาตรา ๒  พระราชบัญญัตินี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศในราชกิจจานุเบกษาเป็นต้นไป

                [๑] ราชกิจจานุเบกษา เล่ม ๑๔๔/ตอนที่ ๑ ก/หน้า ๑/๒ มกราคม ๒๕๗๑
                """;

        ParsedLaw law = parser.parse(text, ParseHints.none());

        assertThat(law.title()).isEqualTo("พระราชบัญญัติรักษาทะเบียนสัตว์เลี้ยง พ.ศ. ๒๕๗๐");
        assertThat(law.yearBe()).isEqualTo(2570);
        assertThat(law.provisions()).extracting(Provision::number).containsExactly("1", "2");
    }

    @Test
    void copesWithRawSpacingWithoutCarriageReturnsOrNbsp() throws IOException {
        String krisdika = StatuteParserGoldenTest.resource("bee-act.txt");
        String raw = krisdika.replace("\r", "").replace('\u00A0', ' ');
        ParsedLaw fromExport = parser.parse(krisdika, ParseHints.none());
        ParsedLaw fromRaw = parser.parse(raw, ParseHints.none());
        assertThat(fromRaw.provisions()).extracting(Provision::number)
                .containsExactlyElementsOf(fromExport.provisions().stream().map(Provision::number).toList());
        assertThat(fromRaw.provisions()).extracting(p -> p.text().replaceAll("\\s+", ""))
                .containsExactlyElementsOf(fromExport.provisions().stream().map(p -> p.text().replaceAll("\\s+", "")).toList());
        assertThat(fromRaw.amendingActs()).hasSize(1);
        ParsedLaw fromWindows = parser.parse(raw.replace("\n", "\r\n"), ParseHints.none());
        assertThat(fromWindows.provisions()).extracting(Provision::number)
                .containsExactlyElementsOf(fromExport.provisions().stream().map(Provision::number).toList());
    }

    @Test
    void rejectsTextThatIsNoLegalInstrument() {
        assertThatThrownBy(() -> parser.parse("The document that you would like to see is not found.\n", ParseHints.none()))
                .isInstanceOf(NotALegalInstrumentException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> parser.parse("  \n", ParseHints.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repairedText");
    }

    @Test
    void usesTheExpectedTitleToPickTheMainInstrumentAndWarnsOnTypeMismatch() throws IOException {
        String code = StatuteParserGoldenTest.resource("fishery-code.txt");
        ParsedLaw law = parser.parse(code, new ParseHints("ประมวลกฎหมายการประมง (ฉบับ Update ล่าสุด)", InstrumentType.ACT));
        assertThat(law.title()).isEqualTo("ประมวลกฎหมายการประมง");
        assertThat(law.type()).isEqualTo(InstrumentType.CODE);
        assertThat(law.warnings()).anyMatch(w -> w.contains("ไม่ตรงกับข้อมูลประกอบ"));
    }

    @Test
    void recognisesRevolutionaryAnnouncementsAndOrdersByTheirTitle() {
        assertThat(InstrumentTitles.typeOf("ประกาศของคณะปฏิวัติ ฉบับที่ ๑๘๙")).isEqualTo(InstrumentType.NOTIFICATION);
        assertThat(InstrumentTitles.typeOf("คำสั่งหัวหน้าคณะรักษาความสงบแห่งชาติ ที่ ๓/๒๕๕๘")).isEqualTo(InstrumentType.ORDER);
        assertThat(InstrumentTitles.typeOf("พระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการเลือกตั้ง")).isEqualTo(InstrumentType.ORGANIC_ACT);
        assertThat(InstrumentTitles.typeOf("ประมวลรัษฎากร")).isEqualTo(InstrumentType.CODE);
        assertThat(InstrumentTitles.typeOf("เทศบัญญัติเทศบาลนครสมมติ เรื่อง ตลาด")).isEqualTo(InstrumentType.LOCAL_ORDINANCE);
        assertThat(InstrumentTitles.yearBe("ประกาศคณะรักษาความสงบแห่งชาติ ฉบับที่ 83/2557")).isEqualTo(2557);
    }

    @Test
    void keepsSchedulesOutOfTheProvisions() {
        String text = String.join("\n", List.of("", "", "พระราชบัญญัติ", "ตัวอย่าง", "พ.ศ. ๒๕๐๐", "\u00A0".repeat(18), "\u00A0",
                "มาตรา ๑\u00A0 พระราชบัญญัตินี้เรียกว่า พระราชบัญญัติตัวอย่าง พ.ศ. ๒๕๐๐", "\u00A0", "\u00A0",
                "ผู้รับสนองพระบรมราชโองการ", "นายสมมติ", "นายกรัฐมนตรี", "", "",
                "บัญชี ก.", "\u00A0".repeat(18), "\u00A0", "มาตรา ๒ ที่ไม่ใช่มาตรา", "๑. รายการ", ""));
        ParsedLaw law = parser.parse(text, ParseHints.none());
        assertThat(law.provisions()).extracting(Provision::number).containsExactly("1");
    }

    @Test
    void readsAHandTypedTextWithoutRulesOrCarriageReturns() {
        String text = """
                พระราชบัญญัติทดลองพิมพ์ พ.ศ. ๒๕๖๐

                มาตรา ๑ พระราชบัญญัตินี้เรียกว่า พระราชบัญญัติทดลองพิมพ์ พ.ศ. ๒๕๖๐

                มาตรา ๒
                พระราชบัญญัตินี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศในราชกิจจานุเบกษาเป็นต้นไป
                """;
        ParsedLaw law = parser.parse(text, ParseHints.none());
        assertThat(law.title()).isEqualTo("พระราชบัญญัติทดลองพิมพ์ พ.ศ. ๒๕๖๐");
        assertThat(law.yearBe()).isEqualTo(2560);
        assertThat(law.provisions()).extracting(Provision::number).containsExactly("1", "2");
        assertThat(law.provisions().get(1).paragraphs())
                .containsExactly("พระราชบัญญัตินี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศในราชกิจจานุเบกษาเป็นต้นไป");
        assertThat(law.warnings()).anyMatch(w -> w.contains("ไม่พบบล็อกชื่อกฎหมาย"));
    }

    @Test
    void keepsConstitutionalCourtRulingsOutOfTheProvisionTheyFollow() {
        String rule = "\u00A0".repeat(18);
        String text = String.join("\n", List.of("", "", "พระราชบัญญัติ", "ทดลองศาล", "พ.ศ. ๒๕๔๐", rule, "\u00A0",
                "มาตรา ๑\u00A0 ผู้ใดไม่แจ้งต้องระวางโทษจำคุกไม่เกินหนึ่งปี", "\u00A0",
                "คำวินิจฉัยศาลรัฐธรรมนูญที่ ๑/๒๕๕๐ เรื่อง มาตรา ๑ ขัดต่อรัฐธรรมนูญ", "\u00A0",
                "มาตรา ๒\u00A0 ให้นายกรัฐมนตรีรักษาการตามพระราชบัญญัตินี้", ""));
        ParsedLaw law = parser.parse(text, ParseHints.none());
        assertThat(law.courtRulings()).containsExactly("คำวินิจฉัยศาลรัฐธรรมนูญที่ ๑/๒๕๕๐ เรื่อง มาตรา ๑ ขัดต่อรัฐธรรมนูญ");
        assertThat(law.provisions().get(0).paragraphs()).containsExactly("ผู้ใดไม่แจ้งต้องระวางโทษจำคุกไม่เกินหนึ่งปี");
        assertThat(law.agency()).isEqualTo("นายกรัฐมนตรี");
    }
}
