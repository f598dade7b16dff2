package org.kotmai.review.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotmai.review.template.ReviewProperties;
import org.kotmai.review.template.Template;
import org.kotmai.review.template.TemplateCatalog;
import org.kotmai.web.BadRequestException;

/** Uploads against a copy of the shipped templates, checked by the real loader and validator. */
class TemplateAdminTest {

    static final String SMALL = """
            id: admin_small
            version: 1
            jurisdiction: TH
            title: {th: แบบทดสอบขนาดเล็ก, en: Small test form}
            sources:
              - id: own
                act: Kotmai test
                verified: false
            steps:
              - id: only
                title: {th: ขั้นเดียว, en: Only step}
                questions:
                  - id: why
                    type: text
                    text: {th: เหตุผล, en: Reason}
                    source: own
                    required: true
            report:
              - title: {th: สรุป, en: Summary}
                include: [why]
            """;

    @TempDir
    Path folder;

    private TemplateCatalog catalog;
    private TemplateAdmin admin;

    @BeforeEach
    void copyTheShippedTemplates() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("ria-templates"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        catalog = new TemplateCatalog(new ReviewProperties(folder));
        admin = new TemplateAdmin(catalog);
    }

    @Test
    void aValidNewTemplateIsSavedAndServedAtOnce() throws IOException {
        Template saved = admin.save("admin-small.yaml", bytes(SMALL));

        assertThat(saved.id()).isEqualTo("admin_small");
        assertThat(catalog.byId("admin_small")).isPresent();
        assertThat(Files.readString(folder.resolve("admin-small.yaml"))).isEqualTo(SMALL);
        assertThat(catalog.problems()).isEmpty();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".uploading"));
        }
    }

    @Test
    void aBrokenReplacementIsRefusedWithLineAndTheGoodTemplateStays() throws IOException {
        admin.save("admin-small.yaml", bytes(SMALL));
        String broken = SMALL.replace("type: text", "type: essay");

        assertThatThrownBy(() -> admin.save("admin-small.yaml", bytes(broken)))
                .isInstanceOfSatisfying(TemplateRejectedException.class, e -> {
                    assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                        assertThat(p.file()).isEqualTo("admin-small.yaml");
                        assertThat(p.line()).isPositive();
                    });
                    assertThat(e.problems().get(0).reason()).contains("essay");
                });
        assertThat(Files.readString(folder.resolve("admin-small.yaml"))).isEqualTo(SMALL);
        assertThat(catalog.byId("admin_small")).isPresent();
    }

    @Test
    void invalidYamlIsRefusedWithItsLine() {
        assertThatThrownBy(() -> admin.save("admin-small.yaml", bytes("id: x\nsteps: [\n")))
                .isInstanceOfSatisfying(TemplateRejectedException.class,
                        e -> assertThat(e.problems().get(0).reason()).startsWith("invalid YAML"));
        assertThat(folder.resolve("admin-small.yaml")).doesNotExist();
    }

    @Test
    void aTemplateMayNotTakeAnIdAnotherFileUses() throws IOException {
        String clash = SMALL.replace("id: admin_small", "id: guillotine_review");

        assertThatThrownBy(() -> admin.save("admin-small.yaml", bytes(clash)))
                .isInstanceOf(TemplateRejectedException.class).hasMessageContaining("already used");
        assertThatThrownBy(() -> admin.save("a-first.yaml", bytes(clash)))
                .as("a file sorting first would push the other out").isInstanceOf(TemplateRejectedException.class);
        assertThat(catalog.byId("guillotine_review").orElseThrow().file()).isEqualTo("guillotine-review.yaml");
    }

    @Test
    void aReplacementKeepsItsIdAndDoesNotGoBackInVersion() {
        admin.save("admin-small.yaml", bytes(SMALL.replace("version: 1", "version: 2")));

        assertThatThrownBy(() -> admin.save("admin-small.yaml", bytes(SMALL)))
                .isInstanceOf(TemplateRejectedException.class).hasMessageContaining("version 2 or higher");
        assertThatThrownBy(() -> admin.save("admin-small.yaml",
                bytes(SMALL.replace("id: admin_small", "id: renamed").replace("version: 1", "version: 3"))))
                .isInstanceOf(TemplateRejectedException.class).hasMessageContaining("keep its id");
        assertThat(admin.save("admin-small.yaml", bytes(SMALL.replace("version: 1", "version: 3"))).version())
                .isEqualTo(3);
    }

    @Test
    void fileNamesThatCouldLeaveTheFolderAreRefused() {
        for (String name : new String[] {"../evil.yaml", "sub/x.yaml", "x.yml", "X.yaml", ".hidden.yaml"}) {
            assertThatThrownBy(() -> admin.save(name, bytes(SMALL))).as(name)
                    .isInstanceOf(BadRequestException.class).hasMessageStartingWith("file:");
        }
        assertThatThrownBy(() -> admin.save("ok.yaml", new byte[0])).hasMessageStartingWith("body:");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
