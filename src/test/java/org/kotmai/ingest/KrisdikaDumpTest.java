package org.kotmai.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;

class KrisdikaDumpTest {

    private static final String HEADER = "title,law_url,sub_law_url,sysid,law_group,law_type\n";

    @TempDir
    Path dump;

    @Test
    void groupsRowsOfOneLawAndCleansItsTitle() throws Exception {
        Files.createDirectories(dump.resolve("law"));
        Files.writeString(dump.resolve("law/100.txt"), "x");
        Files.writeString(dump.resolve(KrisdikaDump.LISTING), HEADER
                + "พระราชบัญญัติทดสอบ พ.ศ. 2500 (ฉบับ Update ล่าสุด),https://example.test/100,,100,พนัน,พระราชบัญญัติ\n"
                + "พระราชบัญญัติทดสอบ พ.ศ. 2500 (ฉบับ Update ล่าสุด),https://example.test/100,,100,ภาษีอากร,พระราชบัญญัติ\n");

        KrisdikaDump.Contents contents = KrisdikaDump.read(dump);

        assertThat(contents.problems()).isEmpty();
        assertThat(contents.documents()).singleElement().satisfies(d -> {
            assertThat(d.sourceKey()).isEqualTo("krisdika:100");
            assertThat(d.metadata().title()).isEqualTo("พระราชบัญญัติทดสอบ พ.ศ. 2500");
            assertThat(d.metadata().subjectGroups()).containsExactly("พนัน", "ภาษีอากร");
            assertThat(d.metadata().type()).isEqualTo(InstrumentType.ACT);
            assertThat(d.metadata().status()).isEqualTo(LawStatus.IN_FORCE);
            assertThat(d.metadata().sourceUrl()).isEqualTo("https://example.test/100");
        });
    }

    @Test
    void listedLawWithoutItsTextIsReportedAndTheRestGoesOn() throws Exception {
        Files.writeString(dump.resolve("200.txt"), "x");
        Files.writeString(dump.resolve(KrisdikaDump.LISTING), HEADER
                + "ก,u,,200,g,พระราชบัญญัติ\n" + "ข,u,,201,g,พระราชบัญญัติ\n");

        KrisdikaDump.Contents contents = KrisdikaDump.read(dump);

        assertThat(contents.documents()).extracting(SourceDocument::fileName).containsExactly("200.txt");
        assertThat(contents.problems()).singleElement()
                .satisfies(p -> assertThat(p.messages().get(0)).contains("201.txt", "missing"));
    }

    @Test
    void missingColumnIsNamed() throws Exception {
        Files.writeString(dump.resolve(KrisdikaDump.LISTING), "title,sysid,law_type\nก,1,พระราชบัญญัติ\n");

        assertThatThrownBy(() -> KrisdikaDump.read(dump)).isInstanceOf(IngestException.class)
                .hasMessageContaining("law_group").hasMessageContaining(KrisdikaDump.LISTING);
    }

    @Test
    void folderWithoutListingIsNotADump() {
        assertThatThrownBy(() -> KrisdikaDump.read(dump)).hasMessageContaining("law_url_df.csv is missing");
    }
}
