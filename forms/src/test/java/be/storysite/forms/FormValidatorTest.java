package be.storysite.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

    private final FormValidator validator = new FormValidator();
    private final FormDefinition form = TestForms.contact();

    /** A valid post; tests change one field. */
    private static Map<String, List<String>> valid() {
        Map<String, List<String>> params = new HashMap<>();
        params.put("name", List.of("Sofie Verlinden"));
        params.put("email", List.of("sofie.verlinden@lindebeek.be"));
        params.put("organisation_type", List.of("gemeente"));
        params.put("message", List.of("Hoe pakten jullie het thuiswerk aan?"));
        params.put("consent", List.of("on"));
        return params;
    }

    private static Map<String, List<String>> with(String field, String... values) {
        Map<String, List<String>> params = valid();
        if (values.length == 0) {
            params.remove(field);
        } else {
            params.put(field, List.of(values));
        }
        return params;
    }

    private String error(String field, String value, String lang) {
        ValidationResult result = validator.validate(form, with(field, value), lang);
        assertThat(result.errors()).containsOnlyKeys(field);
        return result.errors().get(field);
    }

    @Test
    void aValidPostGivesCleanValuesInFieldOrder() {
        ValidationResult result = validator.validate(form, valid(), "nl");

        assertThat(result.ok()).isTrue();
        assertThat(result.values()).containsExactly(entry("name", "Sofie Verlinden"),
                entry("email", "sofie.verlinden@lindebeek.be"), entry("organisation_type", "gemeente"),
                entry("message", "Hoe pakten jullie het thuiswerk aan?"), entry("consent", "true"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl | Dit veld is verplicht.",
        "fr | Ce champ est obligatoire.",
        "en | This field is required.",
        "de | Dit veld is verplicht.",
        "   | Dit veld is verplicht.",
    })
    void requiredFieldsInEveryLanguage(String lang, String message) {
        assertThat(validator.validate(form, with("name"), lang).errors()).containsExactly(entry("name", message));
        assertThat(validator.validate(form, with("name", "   "), lang).errors()).containsExactly(entry("name", message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl | Vink dit vakje aan om ons toe te laten je te contacteren.",
        "fr | Cochez cette case pour nous permettre de vous contacter.",
        "en | Tick this box to allow us to contact you.",
    })
    void consentIsRequired(String lang, String message) {
        assertThat(validator.validate(form, with("consent"), lang).errors()).containsExactly(entry("consent", message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl | Gebruik hoogstens 20 tekens.",
        "fr | Utilisez au maximum 20 caractères.",
        "en | Use at most 20 characters.",
    })
    void maxLengthCountsCharactersNotBytes(String lang, String message) {
        assertThat(validator.validate(form, with("name", "Élise Van den Bossché"), lang).errors()).isEqualTo(
                Map.of("name", message));
        // 20 characters, some of them outside the BMP, is fine
        assertThat(validator.validate(form, with("name", "Ann 😀 Peeters 🙂 BV x"), lang).ok()).isTrue();
    }

    @ParameterizedTest(name = "{0} ''{1}'' valid: {2}")
    @CsvSource(delimiter = '|', value = {
        // e-mail: exactly one plain address, as it becomes the Reply-To
        "email    | jan@lindebeek.be                      | true",
        "email    | jan.peeters+web@lindebeek.be          | true",
        "email    | jan@café.be                           | true",
        "email    | jan@lindebeek                         | false",
        "email    | jan@@lindebeek.be                     | false",
        "email    | jan..peeters@lindebeek.be             | false",
        "email    | jan@-lindebeek.be                     | false",
        "email    | Jan <jan@lindebeek.be>                | false",
        "email    | 'jan@lindebeek.be, an@vicinia.example' | false",
        "email    | jan@lindebeek.be;an@vicinia.example   | false",
        "email    | jan peeters@lindebeek.be              | false",
        "email    | jöran@lindebeek.be                    | false",
        // what IDN's STD3 rules refuse is refused without them too (an ASCII domain skips IDN)
        "email    | jan@linde_beek.be                     | false",
        "email    | jan@lindebeek-.be                     | false",
        "email    | jan@lindebeek.be.                     | false",
        "email    | jan@a..be                             | false",
        "email    | jan@xn--caf-dma.be                    | true",
        "email    | jan@café-.be                          | false",
        // phone: digits with the usual separators, 8 to 15 digits
        "phone    | 016 12 34 56                          | true",
        "phone    | +32 16 12 34 56                       | true",
        "phone    | 0470/12.34.56                         | true",
        "phone    | (016) 12-34-56                        | true",
        "phone    | 12345                                 | false",
        "phone    | +32 16 12 34 56 ext                   | false",
        "phone    | ++32 16 12 34 56                      | false",
        "phone    | 0032 470 12 34 56 78 99               | false",
        // postcode: four ASCII digits, 1000-9999
        "postcode | 3000                                  | true",
        "postcode | ' 9999 '                              | true",
        "postcode | 1000                                  | true",
        "postcode | 0999                                  | false",
        "postcode | 999                                   | false",
        "postcode | 30000                                 | false",
        "postcode | B-3000                                | false",
        "postcode | ３０００                              | false",
    })
    void typedFields(String field, String value, boolean ok) {
        assertThat(validator.validate(form, with(field, value), "nl").ok()).isEqualTo(ok);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "email    | nl | Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.be.",
        "email    | fr | Indiquez une adresse e-mail valide, par exemple nom@commune.be.",
        "email    | en | Enter a valid e-mail address, for example name@municipality.be.",
        "phone    | nl | Vul een geldig telefoonnummer in, bijvoorbeeld 016 12 34 56 of +32 16 12 34 56.",
        "phone    | fr | Indiquez un numéro de téléphone valide, par exemple 081 12 34 56 ou +32 81 12 34 56.",
        "phone    | en | Enter a valid phone number, for example +32 16 12 34 56.",
        "postcode | nl | Vul een Belgische postcode van vier cijfers in, bijvoorbeeld 3000.",
        "postcode | fr | Indiquez un code postal belge de quatre chiffres, par exemple 5000.",
        "postcode | en | Enter a four-digit Belgian postcode, for example 1000.",
    })
    void typedFieldMessagesPerLanguage(String field, String lang, String message) {
        assertThat(error(field, "30000@", lang)).isEqualTo(message);
    }

    @Test
    void headerInjectionThroughTheEmailFieldIsRefused() {
        ValidationResult result = validator.validate(form,
                with("email", "jan@lindebeek.be\r\nBcc: everyone@vicinia.example"), "en");

        assertThat(result.errors()).containsOnlyKeys("email");
        assertThat(result.values()).doesNotContainKey("email");
    }

    @Test
    void aSelectAcceptsOnlyItsChoices() {
        assertThat(validator.validate(form, with("organisation_type", "ocmw"), "nl").values())
                .containsEntry("organisation_type", "ocmw");
        assertThat(error("organisation_type", "OCMW", "nl")).isEqualTo("Kies een van de voorgestelde mogelijkheden.");
        assertThat(error("organisation_type", "bank", "fr")).isEqualTo("Choisissez l'une des options proposées.");
        assertThat(error("organisation_type", "bank", "en")).isEqualTo("Choose one of the options offered.");
    }

    @Test
    void checkboxesAreTickedOrAbsent() {
        assertThat(validator.validate(form, with("newsletter", "yes"), "nl").values()).containsEntry("newsletter", "true");
        assertThat(validator.validate(form, with("newsletter"), "nl").values()).doesNotContainKey("newsletter");
        assertThat(error("newsletter", "maybe", "en")).isEqualTo("This box can only be ticked or left empty.");
    }

    @Test
    void singleLineFieldsLoseLineBreaksAndControlCharacters() {
        Map<String, List<String>> params = with("name", " Sofie\r\nVerlinden\u0000 ");
        params.put("source", List.of("story:lindebeek\nX-Injected: yes"));

        ValidationResult result = validator.validate(form, params, "nl");

        assertThat(result.values()).containsEntry("name", "Sofie Verlinden")
                .containsEntry("source", "story:lindebeek X-Injected: yes");
    }

    @Test
    void singleLineFieldsLoseUnicodeLineAndParagraphSeparatorsToo() {
        Map<String, List<String>> params = with("name", "Sofie\u0085Van\u2028den Berg\u2029");

        assertThat(validator.validate(form, params, "nl").values()).containsEntry("name", "Sofie Van den Berg");
    }

    @Test
    void messagesKeepTheirLinesWithUnixLineEnds() {
        ValidationResult result = validator.validate(form, with("message", "Eerste lijn\r\n\tTweede\rDerde\u0007"), "nl");

        assertThat(result.values()).containsEntry("message", "Eerste lijn\n\tTweede\nDerde");
    }

    @Test
    void parametersTheFormDoesNotDefineAreIgnored() {
        Map<String, List<String>> params = valid();
        params.put("website", List.of("http://spam.example"));
        params.put("is_admin", List.of("true"));

        ValidationResult result = validator.validate(form, params, "nl");

        assertThat(result.ok()).isTrue();
        assertThat(result.values()).doesNotContainKeys("website", "is_admin");
        assertThat(form.honeypotFilled(params)).isTrue();
        assertThat(form.honeypotFilled(valid())).isFalse();
    }

    @Test
    void theFirstOfRepeatedValuesCounts() {
        assertThat(validator.validate(form, with("organisation_type", "ocmw", "bank"), "nl").values())
                .containsEntry("organisation_type", "ocmw");
    }

    @Test
    void everyInvalidFieldIsReportedInFieldOrder() {
        ValidationResult result = validator.validate(form, Map.of("phone", List.of("x")), "en");

        assertThat(result.errors().keySet()).containsExactly("name", "email", "phone", "organisation_type", "message",
                "consent");
    }
}
