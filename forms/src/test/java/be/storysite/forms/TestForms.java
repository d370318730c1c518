package be.storysite.forms;

import java.util.List;
import java.util.Map;

/** Form definitions built in code, for tests that do not need YAML. */
final class TestForms {

    private TestForms() {
    }

    static Map<String, String> texts(String nl, String fr, String en) {
        return Map.of("nl", nl, "fr", fr, "en", en);
    }

    static FieldDefinition field(String name, FieldType type, boolean required, int maxLength, Choice... choices) {
        return new FieldDefinition(name, type, texts(name + " nl", name + " fr", name + " en"), Map.of(), required,
                maxLength, List.of(choices), "");
    }

    /** One field of every type, the way the example contact form uses them. */
    static FormDefinition contact() {
        return new FormDefinition("contact", "", List.of(
                field("name", FieldType.TEXT, true, 20),
                field("email", FieldType.EMAIL, true, 254),
                field("phone", FieldType.TEL, false, 32),
                field("organisation_type", FieldType.SELECT, true, 100,
                        new Choice("gemeente", texts("Gemeente", "Commune", "Municipality")),
                        new Choice("ocmw", texts("OCMW", "CPAS", "Public centre for social welfare"))),
                field("postcode", FieldType.POSTCODE, false, 4),
                field("message", FieldType.TEXTAREA, true, 50),
                field("source", FieldType.HIDDEN, false, 100),
                field("newsletter", FieldType.CHECKBOX, false, 10),
                field(FormDefinition.CONSENT_FIELD, FieldType.CHECKBOX, true, 10)),
                texts("Akkoord", "D'accord", "Agreed"), "2024-05", texts("/bedankt/", "/fr/merci/", "/en/thank-you/"),
                texts("/fout/", "/fr/erreur/", "/en/error/"), "website", 3, texts("Contact", "Contact", "Contact"),
                texts("Verstuur", "Envoyer", "Send")).withComputedVersion();
    }
}
