package org.kotmai.review.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLoaderTest {

    private final TemplateLoader loader = new TemplateLoader();

    static Path fixtureFolder() {
        try {
            return Path.of(TemplateLoaderTest.class.getResource("/review/mixed").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachBrokenFileIsReportedWithFileLineAndReasonWhileTheGoodOneLoads() {
        LoadedTemplates loaded = loader.loadFolder(fixtureFolder());

        assertThat(loaded.templates()).extracting(Template::id).containsExactly("fee_review");
        assertThat(loaded.problems()).containsExactly(
                new TemplateProblem("bad-yaml.yaml", 5, "invalid YAML: while parsing a flow mapping (opened on line 4):"
                        + " expected ',' or '}', but got <scalar>"),
                new TemplateProblem("cycle.yaml", 11, "cycle in conditions or formulas: has_permit -> permit_number"
                        + " -> has_permit (each depends on the next; break one link)"),
                new TemplateProblem("missing-field.yaml", 16, "formula of 'yearly' names unknown field"
                        + " 'times_per_year' (formula: fee * times_per_year)"),
                new TemplateProblem("unknown-type.yaml", 12, "question 'mood': unknown question type 'slider'"
                        + " (known: text, long_text, yes_no, single_choice, multiple_choice, number, money, date,"
                        + " law_reference, table, evidence)"));
    }

    @Test
    void goodTemplateKeepsItsStructure() {
        Template fee = loader.loadFolder(fixtureFolder()).byId("fee_review").orElseThrow();

        assertThat(fee.version()).isEqualTo(2);
        assertThat(fee.title()).isEqualTo(new LocalizedText("ทบทวนค่าธรรมเนียม", "Fee review"));
        assertThat(fee.steps()).extracting(Step::id).containsExactly("basics", "money");
        Question payments = fee.question("payments").orElseThrow();
        assertThat(payments.columns()).extracting(Question::id).containsExactly("amount", "count");
        assertThat(payments.rowComputed()).extracting(c -> c.formula().source()).containsExactly("amount * count");
        assertThat(fee.question("permit_term").orElseThrow().showWhen())
                .isEqualTo(new Condition.Equals("kind", "permit"));
        assertThat(fee.question("name").orElseThrow().source())
                .isEqualTo(new SourceRef("made_up", "Synthetic fixture act", "s.1", "", false));
        assertThat(fee.question("name").orElseThrow().line()).isEqualTo(15);
    }

    @Test
    void missingFolderIsOneProblemTellingWhatToSet(@TempDir Path dir) {
        LoadedTemplates loaded = loader.loadFolder(dir.resolve("absent"));

        assertThat(loaded.templates()).isEmpty();
        assertThat(loaded.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("kotmai.review.template-dir"));
    }

    @Test
    void secondTemplateWithTheSameIdIsRejected(@TempDir Path dir) throws IOException {
        Path good = fixtureFolder().resolve("good-fee-review.yaml");
        Files.copy(good, dir.resolve("a.yaml"));
        Files.copy(good, dir.resolve("b.yaml"));

        LoadedTemplates loaded = loader.loadFolder(dir);

        assertThat(loaded.templates()).hasSize(1);
        assertThat(loaded.problems()).containsExactly(new TemplateProblem("b.yaml", 1,
                "template id 'fee_review' is already used by a.yaml; give each template its own id"));
    }

    @Test
    void fileInAnotherEncodingIsRefused(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("tis620.yaml"), "id: x\ntitle: \u0E01".getBytes("TIS-620"));

        assertThat(loader.loadFolder(dir).problems()).containsExactly(
                new TemplateProblem("tis620.yaml", 0, "file is not valid UTF-8; save it as UTF-8"));
    }

    @Test
    void emptyFileIsReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("empty.yaml"), "# nothing yet\n", StandardCharsets.UTF_8);

        assertThat(loader.loadFolder(dir).problems()).containsExactly(
                new TemplateProblem("empty.yaml", 1, "file is empty"));
    }

    @Test
    void ymlExtensionIsReportedRatherThanSilentlySkipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("draft.yml"), "id: x\n", StandardCharsets.UTF_8);

        assertThat(loader.loadFolder(dir).problems()).containsExactly(
                new TemplateProblem("draft.yml", 0, "template files must end in .yaml; rename it to draft.yaml"));
    }
}
