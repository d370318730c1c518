package be.storysite.forms;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.DiagnosticException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@code contact-forms/} folder written by a test, inline: a valid form and routing to start from, which each test
 * changes where it wants an error.
 */
final class ConfigDir {

    /** A small valid form; line numbers matter to the tests. */
    static final String FORM = """
            title: {nl: Contact, fr: Contact, en: Contact}
            submit_label: {nl: Verstuur, fr: Envoyer, en: Send}
            fields:
              - name: organisation
                type: text
                label: {nl: Organisatie, fr: Organisation, en: Organisation}
              - name: municipality
                type: text
                label: {nl: Gemeente, fr: Commune, en: Municipality}
              - name: postcode
                type: postcode
                label: {nl: Postcode, fr: Code postal, en: Postcode}
              - name: topic
                type: select
                label: {nl: Onderwerp, fr: Sujet, en: Topic}
                choices:
                  - {value: cloud, label: {nl: Cloud, fr: Nuage, en: Cloud}}
            consent:
              text: {nl: Akkoord, fr: Accord, en: Agreed}
              privacy_version: "2024-05"
            thank_you_page: {nl: /bedankt/, fr: /fr/merci/, en: /en/thanks/}
            error_page: {nl: /fout/, fr: /fr/erreur/, en: /en/error/}
            """;

    /** A small valid routing for {@link #FORM}. */
    static final String ROUTING = """
            default_owner: desk
            managers:
              - id: desk
                name: Sales desk
                email: desk@vicinia.example
              - id: an
                name: An Peeters
                email: an@vicinia.example
                backup: desk
            rules:
              - id: account-a
                kind: account
                manager: an
                names: [Gemeente A]
            """;

    private final Path dir;

    ConfigDir(Path dir) {
        this.dir = dir;
    }

    ConfigDir write(String file, String text) {
        try {
            Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The base form as {@code contact.yaml} and the base routing, each with one text replaced. */
    ConfigDir withForm(String find, String replacement) {
        return write("contact.yaml", replaced(FORM, find, replacement));
    }

    ConfigDir withRouting(String find, String replacement) {
        return write("routing.yaml", replaced(ROUTING, find, replacement));
    }

    ConfigDir valid() {
        return write("contact.yaml", FORM).write("routing.yaml", ROUTING);
    }

    FormsConfig load() {
        return FormsLoader.load(dir);
    }

    /** Every error, {@code file:line:col: error: message}, paths relative to the folder. */
    List<String> errors() {
        return diagnostics().stream().map(d -> d.headline(dir)).toList();
    }

    /** Every error with its hint line. */
    List<String> errorsWithHints() {
        return diagnostics().stream().map(d -> d.format(dir).replace(System.lineSeparator(), "\n")).toList();
    }

    private List<Diagnostic> diagnostics() {
        try {
            FormsLoader.load(dir);
        } catch (DiagnosticException e) {
            return e.diagnostics();
        }
        return List.of();
    }

    private static String replaced(String text, String find, String replacement) {
        if (!text.contains(find)) {
            throw new IllegalArgumentException("the base config has no '" + find + "'");
        }
        return text.replace(find, replacement);
    }
}
