package org.kotmai.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;

class SidecarReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryField() throws Exception {
        Path law = dir.resolve("act.pdf");
        Files.writeString(dir.resolve("act.pdf.meta.yaml"), """
                title: พระราชบัญญัติทดสอบ พ.ศ. ๒๕๖๘
                type: 1B
                status: repealed
                agency: กระทรวงยุติธรรม
                sourceUrl: https://example.test/act
                sourceId: T-1
                effectiveDate: 2025-05-28
                subjectGroups: [ศาล, แรงงาน]
                """);

        SourceMetadata meta = SidecarReader.read(law);

        assertThat(meta).isEqualTo(new SourceMetadata("พระราชบัญญัติทดสอบ พ.ศ. ๒๕๖๘", InstrumentType.ACT, "T-1",
                "https://example.test/act", java.util.List.of("ศาล", "แรงงาน"), LawStatus.REPEALED,
                "กระทรวงยุติธรรม", LocalDate.of(2025, 5, 28)));
    }

    @Test
    void noSidecarMeansNoMetadata() throws Exception {
        assertThat(SidecarReader.read(dir.resolve("other.pdf"))).isEqualTo(SourceMetadata.empty());
    }

    @Test
    void brokenYamlNamesTheSidecarAndLine() throws Exception {
        Files.writeString(dir.resolve("a.txt.meta.yaml"), "title: ok\nstatus: [unclosed\n");
        assertThatThrownBy(() -> SidecarReader.read(dir.resolve("a.txt"))).isInstanceOf(IngestException.class)
                .hasMessageContaining("a.txt.meta.yaml line");
    }

    @Test
    void unknownFieldAndBadValuesAreNamed() throws Exception {
        Files.writeString(dir.resolve("b.txt.meta.yaml"), "titel: x\n");
        assertThatThrownBy(() -> SidecarReader.read(dir.resolve("b.txt"))).hasMessageContaining("unknown field 'titel'");
        Files.writeString(dir.resolve("c.txt.meta.yaml"), "status: maybe\n");
        assertThatThrownBy(() -> SidecarReader.read(dir.resolve("c.txt"))).hasMessageContaining("'status'")
                .hasMessageContaining("IN_FORCE");
        Files.writeString(dir.resolve("d.txt.meta.yaml"), "effectiveDate: 28/05/2020\n");
        assertThatThrownBy(() -> SidecarReader.read(dir.resolve("d.txt"))).hasMessageContaining("effectiveDate");
    }
}
