package be.storysite.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The example site plus {@code n} synthetic stories in Dutch and their French translations, deterministic, with
 * facet values of their own (no example story has them) so a test knows which stories each query and filter must
 * find: story {@code i} has sector {@code SECTORS[i % 4]}, region {@code REGIONS[i % 5]}, tag {@code TAGS[i % 7]},
 * and holds the word {@link #NL_WORD} / {@link #FR_WORD} exactly when {@code i % 3 == 0}.
 *
 * <pre>{@code
 * SyntheticSite.write(dir, 1000);   // then build dir like any site
 * }</pre>
 */
final class SyntheticSite {

    static final String[] NL_SECTORS = {"onderwijs", "cultuur", "zorg", "mobiliteit"};
    static final String[] NL_REGIONS = {"Brussel", "Henegouwen", "Luik", "Namen", "Luxemburg"};
    static final String[] FR_SECTORS = {"enseignement", "culture", "soins", "mobilité"};
    static final String[] FR_REGIONS = {"Bruxelles", "Hainaut", "Liège", "Namur", "Luxembourg"};
    static final String[] SERVICES = {"werkplek-in-de-cloud", "datacenter-hosting", "cyberbeveiliging",
        "netwerk-en-connectiviteit"};
    static final String NL_WORD = "thuiswerken";
    static final String FR_WORD = "collaborateurs";

    private static final String[] NL_VOCABULARY = ("gemeente digitale werkplek datacenter toepassingen medewerkers "
            + "burgers dienstverlening veilig netwerk back-up beheer project migratie snel betrouwbaar ondersteuning "
            + "opleiding planning samenwerking loket verbinding server licentie kost budget jaar maand week team "
            + "directeur schepen raad archief documenten beveiliging incident monitoring continuïteit oplossing "
            + "partner ervaring resultaat kantoor vergadering software laptop wachtwoord").split(" ");
    private static final String[] FR_VOCABULARY = ("commune numérique poste travail centre données applications "
            + "citoyens service sécurisé réseau sauvegarde gestion projet migration rapide fiable support formation "
            + "planification coopération guichet connexion serveur licence coût budget année mois semaine équipe "
            + "directeur échevin conseil archives documents sécurité incident surveillance continuité solution "
            + "partenaire expérience résultat bureau réunion logiciel ordinateur").split(" ");

    private SyntheticSite() {
    }

    static void write(Path dir, int n) throws IOException {
        for (String part : List.of("templates", "assets", "contact-forms", "content")) {
            copyTree(ExampleSitePreview.SITE.resolve(part), dir.resolve(part));
        }
        Files.copy(ExampleSitePreview.SITE.resolve("site.yaml"), dir.resolve("site.yaml"));
        Path stories = dir.resolve("content/stories");
        for (int i = 0; i < n; i++) {
            Files.writeString(stories.resolve("synth-" + i + ".md"), story(i, true));
            Files.writeString(stories.resolve("synth-" + i + ".fr.md"), story(i, false));
        }
    }

    private static String story(int i, boolean dutch) {
        Random random = new Random(i);
        String[] vocabulary = dutch ? NL_VOCABULARY : FR_VOCABULARY;
        List<String> words = new ArrayList<>();
        for (int w = 0; w < 180; w++) {
            words.add(vocabulary[random.nextInt(vocabulary.length)]);
        }
        if (i % 3 == 0) {
            words.add(random.nextInt(words.size()), dutch ? NL_WORD : FR_WORD);
        }
        String body = String.join(" ", words.subList(0, 90)) + ".\n\n## " + (dutch ? "Aanpak" : "Approche")
                + "\n\n" + String.join(" ", words.subList(90, words.size())) + ".\n";
        String customer = (dutch ? "Gemeente Synthem" : "Commune de Synthem") + i;
        return "---\n"
                + "title: \"" + (dutch ? "Verhaal " : "Témoignage ") + i + " van " + customer + "\"\n"
                + "date: " + LocalDate.of(2020, 1, 1).plusDays(i) + "\n"
                + "customer: " + customer + "\n"
                + "customer_type: gemeente\n"
                + "person: Jan Peeters\n"
                + "role: " + (dutch ? "ICT-coördinator" : "Coordinateur TIC") + "\n"
                + "quote: \"" + (dutch ? "Het werkt." : "Ça marche.") + "\"\n"
                + "services: [" + SERVICES[i % 4] + "]\n"
                + "sector: " + (dutch ? NL_SECTORS : FR_SECTORS)[i % 4] + "\n"
                + "region: " + (dutch ? NL_REGIONS : FR_REGIONS)[i % 5] + "\n"
                + "tags: [" + (dutch ? "thema" : "thème") + (i % 7) + "]\n"
                + "summary: \"" + String.join(" ", words.subList(0, 20)) + ".\"\n"
                + "approved: 2020-01-01\n"
                + "---\n" + body;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
