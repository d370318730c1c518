package be.storysite.leads.delivery;

import be.storysite.forms.FormsConfig;
import be.storysite.forms.FormsLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code contact-forms/} folder declared inline and loaded with the real forms loader: An Peeters (backup Bert
 * Janssens) owns Gemeente Lindebeek, the sales desk is the default owner.
 */
final class TestForms {

    static final String AN = "an.peeters@vicinia.be";
    static final String BERT = "bert.janssens@vicinia.be";
    static final String DESK = "desk@vicinia.be";

    private static final String CONTACT = """
            title: {nl: Contact, fr: Contact, en: Contact}
            submit_label: {nl: Verstuur, fr: Envoyer, en: Send}
            fields:
              - name: name
                type: text
                label: {nl: Uw naam, fr: Votre nom, en: Your name}
              - name: email
                type: email
                label: {nl: Uw e-mailadres, fr: Votre e-mail, en: Your e-mail}
              - name: organisation
                type: text
                label: {nl: Uw bestuur, fr: Votre administration, en: Your organisation}
              - name: topic
                type: select
                label: {nl: Onderwerp, fr: Sujet, en: Topic}
                choices:
                  - {value: cloud, label: {nl: Cloud en hosting, fr: Cloud, en: Cloud}}
            consent:
              text: {nl: Akkoord, fr: Accord, en: Agreed}
              privacy_version: "2024-05"
            thank_you_page: {nl: /bedankt/, fr: /fr/merci/, en: /en/thanks/}
            error_page: {nl: /fout/, fr: /fr/erreur/, en: /en/error/}
            """;

    private static final String ROUTING = """
            default_owner: desk
            managers:
              - id: desk
                name: Sales desk
                email: desk@vicinia.be
              - id: an
                name: An Peeters
                email: an.peeters@vicinia.be
                backup: bert
              - id: bert
                name: Bert Janssens
                email: bert.janssens@vicinia.be
            rules:
              - id: account-lindebeek
                kind: account
                manager: an
                fields: [organisation]
                names: [Gemeente Lindebeek]
            """;

    private TestForms() {
    }

    static FormsConfig load(Path dir) {
        try {
            Files.writeString(dir.resolve("contact.yaml"), CONTACT);
            Files.writeString(dir.resolve("routing.yaml"), ROUTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FormsLoader.load(dir);
    }
}
