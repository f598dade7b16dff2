package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatuteBoilerplateTest {

    private final ThaiAnalyzer analyzer = ThaiAnalyzer.createDefault();

    @Test
    void recognisesTitleCommencementRepealAndMinisterClauses() {
        assertThat(StatuteBoilerplate.isBoilerplate("พระราชบัญญัตินี้เรียกว่า “พระราชบัญญัติทดสอบ พ.ศ. ๒๕๗๐”", analyzer))
                .isTrue();
        assertThat(StatuteBoilerplate.isBoilerplate("พระราชบัญญัตินี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศ", analyzer))
                .isTrue();
        assertThat(StatuteBoilerplate.isBoilerplate("ให้ยกเลิกพระราชบัญญัติทดสอบ พ.ศ. ๒๕๐๕", analyzer)).isTrue();
        assertThat(StatuteBoilerplate.isBoilerplate("ให้รัฐมนตรีว่าการกระทรวงทดสอบรักษาการตามพระราชบัญญัตินี้",
                analyzer)).isTrue();
    }

    @Test
    void leavesSubstantiveProvisionsAlone() {
        assertThat(StatuteBoilerplate.isBoilerplate("ผู้ใดฆ่าผู้อื่น ต้องระวางโทษประหารชีวิต", analyzer)).isFalse();
        assertThat(StatuteBoilerplate.isBoilerplate("ในพระราชบัญญัตินี้ “ลูกจ้าง” หมายความว่า", analyzer)).isFalse();
        assertThat(StatuteBoilerplate.isBoilerplate(null, analyzer)).isFalse();
    }
}
