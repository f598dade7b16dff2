package org.kotmai.review.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kotmai.web.BadRequestException;

class CommentTextTest {

    @Test
    void markupTagsAreRemovedAndTheWordsKept() {
        assertThat(CommentText.text("<b>เห็นด้วย</b><script>alert(1)</script> กับร่าง<img src=x onerror=alert(1)>", 5000))
                .isEqualTo("เห็นด้วยalert(1) กับร่าง");
    }

    @Test
    void comparisonsThatAreNotTagsStay() {
        assertThat(CommentText.text("ค่าธรรมเนียม < 500 บาท และ > 100 บาท", 5000))
                .isEqualTo("ค่าธรรมเนียม < 500 บาท และ > 100 บาท");
    }

    @Test
    void lineBreaksAndTabsAreKept() {
        assertThat(CommentText.text("ข้อแรก\n\tข้อสอง", 5000)).isEqualTo("ข้อแรก\n\tข้อสอง");
    }

    @Test
    void controlAndDirectionCharactersAreRefusedNamingTheField() {
        assertThatThrownBy(() -> CommentText.text("ข้อความ\u0000ซ่อน", 5000)).isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("text:");
        assertThatThrownBy(() -> CommentText.text("abc\u202Edef", 5000)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> CommentText.name("ชื่อ\u001b[31m", 100)).isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("name:");
    }

    @Test
    void emptyOrOnlyMarkupIsRefused() {
        assertThatThrownBy(() -> CommentText.text("   ", 5000)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> CommentText.text("<p></p>", 5000)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> CommentText.text(null, 5000)).hasMessageContaining("is empty");
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        String thai = "ก".repeat(5000);
        assertThat(CommentText.text(thai, 5000)).hasSize(5000);
        assertThatThrownBy(() -> CommentText.text(thai + "ก", 5000)).hasMessageContaining("at most 5000");
    }

    @Test
    void nameIsOptionalAndOneLine() {
        assertThat(CommentText.name(null, 100)).isNull();
        assertThat(CommentText.name("  ", 100)).isNull();
        assertThat(CommentText.name(" สมชาย ใจดี ", 100)).isEqualTo("สมชาย ใจดี");
        assertThatThrownBy(() -> CommentText.name("ก\nข", 100)).hasMessageContaining("one line");
        assertThatThrownBy(() -> CommentText.name("ก".repeat(101), 100)).hasMessageContaining("100");
    }
}
