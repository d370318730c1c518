package be.storysite.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormDefinitionTest {

    private static FormDefinition minimal(Map<String, String> label) {
        return new FormDefinition("mini", "", List.of(new FieldDefinition("name", FieldType.TEXT, label, Map.of(),
                true, 100, List.of(), "name")), Map.of("nl", "Akkoord"), "1", Map.of("nl", "/bedankt/"),
                Map.of("nl", "/fout/"), "website", 3, Map.of("nl", "Contact"), Map.of("nl", "Verstuur"));
    }

    @Test
    void theVersionIsTheSha256OfTheCanonicalJsonWithoutTheVersion() throws Exception {
        // Written by hand: properties and map keys sorted, no white space, no version.
        String canonical = "{\"consentText\":{\"nl\":\"Akkoord\"},\"errorPage\":{\"nl\":\"/fout/\"},"
                + "\"fields\":[{\"autocomplete\":\"name\",\"choices\":[],\"help\":{},"
                + "\"label\":{\"en\":\"Name\",\"nl\":\"Naam\"},\"maxLength\":100,\"name\":\"name\",\"required\":true,"
                + "\"type\":\"text\"}],\"honeypotField\":\"website\",\"id\":\"mini\",\"minSecondsToSubmit\":3,"
                + "\"privacyVersion\":\"1\",\"submitLabel\":{\"nl\":\"Verstuur\"},\"thankYouPage\":{\"nl\":\"/bedankt/\"},"
                + "\"title\":{\"nl\":\"Contact\"}}";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8))).substring(0, 12);

        assertThat(minimal(Map.of("nl", "Naam", "en", "Name")).computeVersion()).isEqualTo(expected);
    }

    @Test
    void theCanonicalJsonIsTheFormAsAMapWrittenWithoutItsVersion() throws Exception {
        // how the version was first computed: the form converted to a map, its version key removed, written sorted
        JsonMapper mapper = JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
        for (FormDefinition form : List.of(TestForms.contact(), minimal(Map.of("nl", "Naam", "en", "Name")))) {
            Map<?, ?> tree = mapper.convertValue(form, Map.class);
            tree.remove("version");

            assertThat(FormJson.canonical(form)).isEqualTo(mapper.writeValueAsString(tree));
        }
    }

    @Test
    void theJsonIsWhatJacksonWritesForTheRecordsSorted() throws Exception {
        // FormJson writes it without Jackson's reflection; the bytes must stay what Jackson wrote, and reads back
        JsonMapper mapper = JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
        List<FormDefinition> forms = new ArrayList<>(List.of(TestForms.contact(), TestForms.contact().withComputedVersion(),
                minimal(Map.of("nl", "Naam", "en", "Name"))));
        forms.addAll(FormsLoader.load(java.nio.file.Path.of("../contact-forms")).forms().values());
        for (FormDefinition form : forms) {
            assertThat(form.toJson()).isEqualTo(mapper.writeValueAsString(form));
        }
    }

    @Test
    void sameDefinitionSameVersionWhateverTheMapOrderOrCarriedVersion() {
        Map<String, String> nlFirst = new LinkedHashMap<>();
        nlFirst.put("nl", "Naam");
        nlFirst.put("en", "Name");
        Map<String, String> enFirst = new LinkedHashMap<>();
        enFirst.put("en", "Name");
        enFirst.put("nl", "Naam");

        FormDefinition a = minimal(nlFirst).withComputedVersion();
        FormDefinition b = minimal(enFirst).withComputedVersion();

        assertThat(a.version()).isEqualTo(b.version());
        assertThat(a.withComputedVersion().computeVersion()).isEqualTo(a.version());
        assertThat(TestForms.contact().version()).isEqualTo(TestForms.contact().version());
    }

    @Test
    void anyChangeGivesAnotherVersion() {
        FormDefinition form = TestForms.contact();
        List<FieldDefinition> reordered = new ArrayList<>(form.fields());
        reordered.add(0, reordered.remove(1));
        FieldDefinition name = form.fields().get(0);
        List<FieldDefinition> relabelled = new ArrayList<>(form.fields());
        relabelled.set(0, new FieldDefinition(name.name(), name.type(), Map.of("nl", "Naam", "fr", "Nom", "en", "Full name"),
                name.help(), name.required(), name.maxLength(), name.choices(), name.autocomplete()));
        List<FieldDefinition> longer = new ArrayList<>(form.fields());
        longer.set(0, new FieldDefinition(name.name(), name.type(), name.label(), name.help(), name.required(),
                name.maxLength() + 1, name.choices(), name.autocomplete()));

        assertThat(List.of(withFields(form, relabelled), withFields(form, reordered), withFields(form, longer)))
                .extracting(FormDefinition::computeVersion)
                .doesNotContain(form.version())
                .doesNotHaveDuplicates();
    }

    private static FormDefinition withFields(FormDefinition f, List<FieldDefinition> fields) {
        return new FormDefinition(f.id(), f.version(), fields, f.consentText(), f.privacyVersion(), f.thankYouPage(),
                f.errorPage(), f.honeypotField(), f.minSecondsToSubmit(), f.title(), f.submitLabel());
    }

    @Test
    void jsonRoundTrip() {
        FormDefinition form = TestForms.contact();

        String json = form.toJson();

        assertThat(json).startsWith("{\"consentText\":").contains("\"version\":\"" + form.version() + "\"")
                .contains("\"type\":\"select\"");
        assertThat(FormDefinition.fromJson(json)).isEqualTo(form);
    }

    @Test
    void compiledJsonThatWasEditedIsRefused() {
        String edited = TestForms.contact().toJson().replace("\"Akkoord\"", "\"Akkoord!\"");

        assertThatThrownBy(() -> FormDefinition.fromJson(edited)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("compiled form 'contact' says version")
                .hasMessageContaining("rebuild the site");
        assertThatThrownBy(() -> FormDefinition.fromJson("{\"id\": \"x\", \"colour\": 1}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a compiled form definition");
    }
}
