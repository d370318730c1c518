package be.storysite.cli;

import static be.storysite.cli.CliRun.copyExampleSite;
import static be.storysite.cli.CliRun.edit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code storysite new}: the file, its fields, and that it builds once the required fields are filled in. */
class NewCommandTest {

    private static final String STORY = "content/stories/gemeente-otegem-werkt-thuis.md";

    @TempDir
    Path work;

    @ParameterizedTest(name = "new {0}")
    @CsvSource({
        "story,   content/stories/gemeente-otegem-werkt-thuis.md,  customer_type",
        "service, content/services/gemeente-otegem-werkt-thuis.md, order",
        "page,    content/pages/gemeente-otegem-werkt-thuis.md,    form"})
    void writesEveryFieldOfTheTypeAsADraftAndPrintsThePath(String type, String path, String ownField)
            throws Exception {
        CliRun run = CliRun.of("new", type, "Gemeente Ötegem werkt thuis!", "--source", work.toString());

        assertThat(run.status()).as(run.err()).isZero();
        Path file = work.resolve(path);
        assertThat(run.out().strip()).endsWith(path);
        String text = Files.readString(file);
        assertThat(text).startsWith("---\n")
                .contains("\ntitle: \"Gemeente Ötegem werkt thuis!\"\n", "\nstatus: draft\n",
                        "\n# title (required; a text): the page title\n")
                .containsPattern("\\ndate: \\d{4}-\\d{2}-\\d{2}\\n")
                .contains("\n# " + ownField + " (")
                .doesNotContainPattern("(?m)^approved:");
    }

    @Test
    void refusesToOverwriteAFile() throws Exception {
        assertThat(CliRun.of("new", "story", "Gemeente Ötegem werkt thuis!", "--source", work.toString()).status())
                .isZero();
        Files.writeString(work.resolve(STORY), "mijn tekst");

        CliRun again = CliRun.of("new", "story", "Gemeente ötegem: werkt thuis", "--source", work.toString());

        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains(STORY + " already exists; it was left as it is");
        assertThat(Files.readString(work.resolve(STORY))).isEqualTo("mijn tekst");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of("new", "story").status()).isEqualTo(2);
        assertThat(CliRun.of("new", "blog", "Titel").err()).contains("STORY, SERVICE, PAGE");
        CliRun noWords = CliRun.of("new", "page", "?!", "--source", work.toString());
        assertThat(noWords.status()).isEqualTo(2);
        assertThat(noWords.err()).contains("has no letters or digits");
        assertThat(work.resolve("content")).doesNotExist();
    }

    @Test
    void checkPointsAtEachRequiredFieldThenTheFilledInStoryBuildsOnceApproved() throws Exception {
        Path site = copyExampleSite(work.resolve("site"));
        assertThat(CliRun.of("new", "story", "Gemeente Ötegem werkt thuis!", "--source", site.toString()).status())
                .isZero();

        // as written, check names every required field still empty, at its own line
        CliRun empty = CliRun.of("check", "--source", site.toString());
        assertThat(empty.status()).isEqualTo(1);
        List<String> lines = Files.readAllLines(site.resolve(STORY));
        assertThat(lines).contains("#   this site's services: cyberbeveiliging, datacenter-hosting, "
                + "netwerk-en-connectiviteit, werkplek-in-de-cloud");
        assertThat(lines).as("the example names a service of this site").contains("#   e.g.  services: [cyberbeveiliging]");
        for (String field : List.of("summary", "customer", "customer_type", "person", "role", "quote", "services",
                "sector", "region")) {
            int line = lines.indexOf(field + ":") + 1;
            assertThat(empty.diagnostics()).contains(STORY + ":" + line + ":" + (field.length() + 2)
                    + ": error: story front matter needs a value for '" + field + "' ("
                    + empty.diagnostics().stream().filter(l -> l.contains("'" + field + "' ("))
                            .findFirst().orElseThrow().replaceFirst(".*'" + field + "' \\(", ""));
        }

        Map<String, String> values = Map.of("summary", "Ötegem werkt van thuis uit.", "customer", "Gemeente Ötegem",
                "customer_type", "gemeente", "person", "Jan Peeters", "role", "ICT-coördinator",
                "quote", "\"Het werkte meteen.\"", "services", "[werkplek-in-de-cloud]", "sector", "lokale besturen",
                "region", "Limburg");
        for (Map.Entry<String, String> v : values.entrySet()) {
            edit(site, STORY, "^" + v.getKey() + ":$", v.getKey() + ": " + v.getValue());
        }

        // filled in, it is valid; as a draft it is left out of the site, silently
        CliRun draft = CliRun.of("check", "--source", site.toString());
        assertThat(draft.status()).as(draft.err()).isZero();
        assertThat(draft.diagnostics()).noneMatch(l -> l.startsWith(STORY));
        CliRun drafts = CliRun.of("build", "--drafts", "--source", site.toString(), "--output",
                work.resolve("drafts").toString());
        assertThat(drafts.diagnostics()).anyMatch(l -> l.startsWith(STORY + ":")
                && l.contains("warning: story 'gemeente-otegem-werkt-thuis' is left out: it has no 'approved' date"));

        // published and signed off, it builds into its page
        edit(site, STORY, "^status: draft$", "status: published\napproved: 2024-01-15");
        CliRun build = CliRun.of("build", "--source", site.toString(), "--output", work.resolve("out").toString());
        assertThat(build.status()).as(build.err()).isZero();
        assertThat(build.diagnostics()).noneMatch(l -> l.startsWith(STORY));
        assertThat(Files.readString(work.resolve("out/klantverhalen/gemeente-otegem-werkt-thuis/index.html")))
                .contains("Gemeente Ötegem werkt thuis!").contains("Het werkte meteen.");
    }
}
