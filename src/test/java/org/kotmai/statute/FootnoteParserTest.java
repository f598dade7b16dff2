package org.kotmai.statute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FootnoteParserTest {

    @Test
    void joinsWrappedEntriesAndReadsTheirProvenance() {
        List<SourceLine> lines = SourceLines.split("""
                มาตรา ๑ ข้อความ

                [๑] ราชกิจจานุเบกษา
                เล่ม ๕๒/-/หน้า ๑๙๗๘/๑ กุมภาพันธ์ ๒๔๗๘

                [๒] มาตรา ๑๒
                แก้ไขเพิ่มเติมโดยพระราชบัญญัติการพนัน (ฉบับที่ ๗) พ.ศ. ๒๕๐๔
                [๓] มาตรา ๙ ทวิ เพิ่มโดยพระราชบัญญัติการพนัน (ฉบับที่ ๘) พ.ศ. ๒๕๐๕
                [๔] มาตรา ๓ ยกเลิกโดยพระราชบัญญัติการพนัน (ฉบับที่ ๙) พ.ศ. ๒๕๑๐
                """);
        int start = FootnoteParser.start(lines);
        assertThat(start).isEqualTo(1);
        List<Footnote> notes = FootnoteParser.parse(lines, start);
        assertThat(notes).extracting(Footnote::number).containsExactly(1, 2, 3, 4);
        assertThat(notes.get(0).gazette().volume()).isEqualTo(52);
        assertThat(notes.get(0).action()).isNull();
        assertThat(notes.get(1).action()).isEqualTo("AMENDED");
        assertThat(notes.get(1).byAct()).isEqualTo("พระราชบัญญัติการพนัน (ฉบับที่ ๗) พ.ศ. ๒๕๐๔");
        assertThat(notes.get(1).text()).isEqualTo("มาตรา ๑๒ แก้ไขเพิ่มเติมโดยพระราชบัญญัติการพนัน (ฉบับที่ ๗) พ.ศ. ๒๕๐๔");
        assertThat(notes.get(2).action()).isEqualTo("ADDED");
        assertThat(notes.get(3).action()).isEqualTo("REPEALED");
    }

    @Test
    void aTextWithoutAFootnoteListHasNone() {
        List<SourceLine> lines = SourceLines.split("มาตรา ๑ ข้อความ [๒] ในวงเล็บ\n");
        assertThat(FootnoteParser.start(lines)).isEqualTo(lines.size());
    }
}
