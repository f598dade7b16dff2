package org.kotmai.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotmai.catalog.CatalogRepository;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.thai.ThaiDigits;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two files of laws with the same title, imported by two workers: the first file keeps the plain id whichever
 * finishes first, so two imports into empty catalogs give the same ids.
 */
@ElasticsearchIntegrationTest(properties = {"kotmai.elasticsearch.index-prefix=it-same-title",
        "kotmai.ingest.workers=2", "kotmai.ingest.watch=false"})
class SameTitleImportIntegrationTest {

    private static final String PLAIN_ID = "act-2568-ทดสอบชื่อซ้ำ";

    @Autowired
    ImportService imports;
    @Autowired
    CatalogRepository catalog;

    @TempDir
    Path folder;

    @Test
    void theFirstFileKeepsThePlainIdInEveryFreshImport() throws IOException {
        // The first file is long and the second short, so that the second is parsed and mapped first.
        Path first = write("a-long.txt", 400);
        Path second = write("b-short.txt", 2);

        Map<Path, String> firstImport = importIds(first, second);
        for (String id : firstImport.values()) {
            catalog.deleteLaw(id);
        }
        Map<Path, String> secondImport = importIds(first, second);

        assertThat(firstImport.get(first)).isEqualTo(PLAIN_ID);
        assertThat(firstImport.get(second)).startsWith(PLAIN_ID + "-").isNotEqualTo(PLAIN_ID);
        assertThat(secondImport).isEqualTo(firstImport);
    }

    @Test
    void aChangedSecondFileKeepsItsQualifiedId() throws IOException {
        Path first = write("a-long.txt", 30);
        Path second = write("b-short.txt", 2);
        Map<Path, String> before = importIds(first, second);

        write("b-short.txt", 3);
        Map<Path, String> after = importIds(first, second);

        assertThat(after).isEqualTo(before);
        assertThat(catalog.findLaw(after.get(second)).orElseThrow().provisionCount()).isEqualTo(3);
        for (String id : after.values()) {
            catalog.deleteLaw(id);
        }
    }

    private Map<Path, String> importIds(Path first, Path second) {
        ImportStatus status = imports.run(ImportSource.FOLDER, folder);
        assertThat(status.errors()).as("import errors: %s", status.report()).isZero();
        return Map.of(first, idOf(first), second, idOf(second));
    }

    private String idOf(Path file) {
        return catalog.findEntry("file:" + file.toAbsolutePath().normalize()).orElseThrow().id();
    }

    /** A synthetic act titled พระราชบัญญัติทดสอบชื่อซ้ำ พ.ศ. ๒๕๖๘ with the given number of sections. */
    private Path write(String name, int sections) throws IOException {
        StringBuilder text = new StringBuilder("""
                พระราชบัญญัติ
                ทดสอบชื่อซ้ำ
                พ.ศ. ๒๕๖๘

                โดยที่เป็นการสมควรมีกฎหมายสำหรับทดสอบรหัสของกฎหมายที่ชื่อซ้ำกัน

                จึงตราพระราชบัญญัติขึ้นไว้ ดังต่อไปนี้

                มาตรา ๑  พระราชบัญญัตินี้เรียกว่า "พระราชบัญญัติทดสอบชื่อซ้ำ พ.ศ. ๒๕๖๘"

                """);
        for (int i = 2; i <= sections; i++) {
            text.append("มาตรา ").append(ThaiDigits.toThai(String.valueOf(i)))
                    .append("  ผู้ใดประสงค์จะยื่นคำขอรับใบอนุญาตตามมาตรานี้ ให้ยื่นต่อนายทะเบียนพร้อมด้วยเอกสารหลักฐาน")
                    .append("ตามที่รัฐมนตรีประกาศกำหนด และให้นายทะเบียนพิจารณาคำขอให้แล้วเสร็จภายในสามสิบวัน\n\n");
        }
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
