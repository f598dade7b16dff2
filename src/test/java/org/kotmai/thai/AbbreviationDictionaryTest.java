package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AbbreviationDictionaryTest {

    private static AbbreviationDictionary parse(String tsv) {
        return AbbreviationDictionary.parse(tsv, "test.tsv");
    }

    @Test
    void parsesEntriesSkippingCommentsAndBlankLines() {
        AbbreviationDictionary dictionary = parse("# comment\n\nabbr\tพ.ร.บ.|พรบ\tพระราชบัญญัติ\r\n"
                + "alias\tกฎหมายแรงงาน\tพระราชบัญญัติคุ้มครองแรงงาน\n");

        assertThat(dictionary.entries()).hasSize(2);
        assertThat(dictionary.entries().get(0).token()).isEqualTo("พรบ");
        assertThat(dictionary.entries().get(0).variants()).containsExactly("พ.ร.บ.", "พรบ");
        assertThat(dictionary.entries().get(1).kind()).isEqualTo(AbbreviationDictionary.Kind.ALIAS);
    }

    @Test
    void rejectsLineWithMissingColumnNamingItsNumber() {
        assertThatThrownBy(() -> parse("abbr\tพ.ร.บ.\tพระราชบัญญัติ\nabbr\tป.อ.\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test.tsv line 2: expected 3 tab-separated columns (kind, variants, expansion) but found 2");
    }

    @Test
    void rejectsUnknownKind() {
        assertThatThrownBy(() -> parse("abbrev\tป.อ.\tประมวลกฎหมายอาญา"))
                .hasMessage("test.tsv line 1: unknown kind \"abbrev\"; use abbr, alias or syn");
    }

    @Test
    void rejectsEmptyExpansionAndEmptyVariant() {
        assertThatThrownBy(() -> parse("abbr\tป.อ.\t "))
                .hasMessageContaining("line 1: the expansion (third column) is empty");
        assertThatThrownBy(() -> parse("abbr\tป.อ.||ปอ\tประมวลกฎหมายอาญา"))
                .hasMessageContaining("line 1: an empty variant");
    }

    @Test
    void rejectsVariantDefinedTwice() {
        assertThatThrownBy(() -> parse("abbr\tพ.ร.บ.\tก\nabbr\tพ.ร.ก.|พ.ร.บ.\tข"))
                .hasMessage("test.tsv line 2: variant \"พ.ร.บ.\" is already defined on line 1");
    }

    @Test
    void rejectsTwoAbbreviationsProducingTheSameToken() {
        assertThatThrownBy(() -> parse("abbr\tพ.ร.บ.\tก\nabbr\tพรบ.\tข"))
                .hasMessage("test.tsv line 2: token \"พรบ\" is already produced by line 1");
    }

    @Test
    void matchesLongestVariantFirst() {
        AbbreviationDictionary dictionary = parse("abbr\tป.วิ.พ.|ป.วิ\tก\nabbr\tป.\tข");

        assertThat(dictionary.matchAt("ป.วิ.พ. ม", 0)).isEqualTo(new AbbreviationDictionary.Match(7, "ปวิพ"));
    }

    @Test
    void undottedVariantDoesNotMatchInsideAThaiWord() {
        AbbreviationDictionary dictionary = parse("abbr\tพ.ร.บ.|พรบ\tพระราชบัญญัติ");

        assertThat(dictionary.matchAt("กพรบ", 1)).isNull();
        assertThat(dictionary.matchAt("กพ.ร.บ.", 1)).isNotNull();
        assertThat(dictionary.matchAt("1พรบ", 1)).isNotNull();
    }

    @Test
    void singleLetterAbbreviationNeedsAFollowingNumber() {
        AbbreviationDictionary dictionary = parse("abbr\tม.\tมาตรา");

        assertThat(dictionary.matchAt("ม. ๒๒", 0)).isEqualTo(new AbbreviationDictionary.Match(2, "ม"));
        assertThat(dictionary.matchAt("ม.ค.", 0)).isNull();
        assertThat(dictionary.matchAt("ตาม.5", 2)).isNull();
    }
}
