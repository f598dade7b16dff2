package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LegalCompoundsTest {

    private static List<String> withCompounds(LegalCompounds compounds, String... pieces) {
        List<String> out = new ArrayList<>();
        compounds.addWithCompounds(List.of(pieces), out);
        return out;
    }

    @Test
    void putsCompoundInFrontOfThePiecesThatSpellIt() {
        LegalCompounds compounds = LegalCompounds.parse("# comment\nผู้ประกอบการ\n");

        assertThat(withCompounds(compounds, "ให้", "ผู้", "ประกอบ", "การ", "ยื่น"))
                .containsExactly("ให้", "ผู้ประกอบการ", "ผู้", "ประกอบ", "การ", "ยื่น");
    }

    @Test
    void prefersTheLongestCompound() {
        LegalCompounds compounds = LegalCompounds.parse("กรรมการ\nคณะกรรมการ\nประธานกรรมการ");

        assertThat(withCompounds(compounds, "คณะ", "กรรมการ")).containsExactly("คณะกรรมการ", "คณะ", "กรรมการ");
    }

    @Test
    void leavesPiecesThatSpellNoCompoundAlone() {
        LegalCompounds compounds = LegalCompounds.parse("ใบอนุญาต");

        assertThat(withCompounds(compounds, "ใบ", "ไม้")).containsExactly("ใบ", "ไม้");
    }

    @Test
    void everyShippedCompoundIsOneTheSegmenterCutsIntoPieces() {
        ThaiWordSegmenter segmenter = new ThaiWordSegmenter();
        List<String> uncut = new ArrayList<>();
        for (String compound : new ThaiResourceLines(LegalCompounds.RESOURCE).lines()) {
            List<String> tokens = new ArrayList<>();
            segmenter.addWords(compound, tokens);
            if (tokens.size() < 3 || !tokens.get(0).equals(compound)) {
                uncut.add(compound + " -> " + tokens);
            }
        }

        assertThat(uncut).isEmpty();
    }
}
