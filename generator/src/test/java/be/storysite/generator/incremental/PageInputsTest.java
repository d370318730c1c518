package be.storysite.generator.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.generator.plan.PageKind;
import be.storysite.generator.plan.PlannedPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dependency tracking that decides whether a page is rendered again: the fingerprint of what its template read
 * last time, taken over the new data model, changes when a value it read changes and stays when only values it did
 * not read change.
 */
class PageInputsTest {

    private static final PlannedPage PAGE = PlannedPage.of("/klantverhalen/", PageKind.STORY_LIST, "nl");

    @TempDir
    Path templatesDir;

    private PageInputs inputs;

    @BeforeEach
    void templates() throws IOException {
        Files.writeString(templatesDir.resolve("stories.ftlh"), "${stories?size}");
        TemplateFingerprints templates = TemplateFingerprints.read(templatesDir, Set.of("stories.ftlh"));
        inputs = new PageInputs(templates, Fingerprint.of(new byte[] {1}), Fingerprint.of(new byte[] {2}),
                new ValueHasher(), new CarriedCache<>());
    }

    @Test
    void aChangeToAValueReadChangesTheFingerprint() {
        Map<String, Object> model = model("Lindebeek", "IT voor gemeenten", List.of("a", "b"));
        Reads reads = render(model, m -> ((Map<?, ?>) m.get("site")).get("title"));

        Fingerprint before = fingerprint(model, reads);
        assertThat(fingerprint(model("Lindebeek", "IT voor gemeenten", List.of("a", "b")), reads))
                .as("an equal model, built anew").isEqualTo(before);
        assertThat(fingerprint(model("Lindebeek!", "IT voor gemeenten", List.of("a", "b")), reads))
                .isNotEqualTo(before);
    }

    @Test
    void aChangeToAValueNotReadDoesNot() {
        Map<String, Object> model = model("Lindebeek", "IT voor gemeenten", List.of("a", "b"));
        Reads reads = render(model, m -> ((Map<?, ?>) m.get("site")).get("title"));

        assertThat(fingerprint(model("Lindebeek", "Iets anders", List.of("a", "b", "c")), reads))
                .isEqualTo(fingerprint(model, reads));
    }

    @Test
    void aPageThatReadOnlyTheNumberOfStoriesDependsOnTheNumberNotTheTexts() {
        Map<String, Object> model = model("Lindebeek", "IT", List.of("a", "b"));
        Reads reads = render(model, m -> ((List<?>) m.get("stories")).size());

        Fingerprint before = fingerprint(model, reads);
        assertThat(fingerprint(model("Lindebeek", "IT", List.of("x", "y")), reads)).isEqualTo(before);
        assertThat(fingerprint(model("Lindebeek", "IT", List.of("x", "y", "z")), reads)).isNotEqualTo(before);
    }

    @Test
    void aKeyThatAppearsWhereTheTemplateLookedForItChangesTheFingerprint() {
        Map<String, Object> model = model("Lindebeek", "IT", List.of());
        Reads reads = render(model, m -> m.get("form"));

        Map<String, Object> withForm = new HashMap<>(model);
        withForm.put("form", "contact");
        assertThat(fingerprint(withForm, reads)).isNotEqualTo(fingerprint(model, reads));
    }

    @Test
    void aValueThatCannotBeFingerprintedMakesThePageRenderEveryTime() {
        Map<String, Object> model = new HashMap<>(model("Lindebeek", "IT", List.of()));
        model.put("db", new Object());
        Reads reads = render(model, m -> m.get("db"));

        assertThat(fingerprint(model, reads)).isNull();
    }

    @Test
    void theEnvironmentCountsTooTheUrlAndTheLocale() {
        Map<String, Object> model = model("Lindebeek", "IT", List.of());
        Reads reads = render(model, m -> m.get("title"));

        Fingerprint nl = inputs.of(PAGE, "stories.ftlh", "nl-BE", model, reads);
        assertThat(inputs.of(PAGE, "stories.ftlh", "fr-BE", model, reads)).isNotEqualTo(nl);
        PlannedPage other = PlannedPage.of("/klantverhalen/2/", PAGE.kind(), "nl");
        assertThat(inputs.of(other, "stories.ftlh", "nl-BE", model, reads)).isNotEqualTo(nl);
    }

    private static Map<String, Object> model(String title, String description, List<String> stories) {
        return Map.of("title", "Verhalen", "site", Map.of("title", title, "description", description),
                "stories", stories);
    }

    /** What a template doing {@code template} reads of {@code model}, as stored after rendering. */
    private static Reads render(Map<String, Object> model, java.util.function.Consumer<Map<String, Object>> template) {
        Reads reads = new Reads();
        template.accept(reads.record(model));
        return reads.intern(new HashMap<>());
    }

    private Fingerprint fingerprint(Map<String, Object> model, Reads reads) {
        return inputs.of(PAGE, "stories.ftlh", "nl-BE", model, reads);
    }
}
