package be.storysite.forms;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.forms.routing.LeadFacts;
import be.storysite.forms.routing.Router;
import be.storysite.forms.routing.RoutingDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples in docs/forms.md are what people copy: they must load and route as the text says. */
class DocsExampleTest {

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

    @Test
    void theDocumentedFormAndRoutingLoadAndRouteAsDescribed(@TempDir Path dir) throws IOException {
        String doc = Files.readString(Path.of("../docs/forms.md"));
        String form = yamlBlockAfter(doc, "## A form");
        String routing = yamlBlockAfter(doc, "## The routing");
        Files.writeString(dir.resolve("contact.yaml"), form);
        Files.writeString(dir.resolve("routing.yaml"), routing);

        FormsConfig config = FormsLoader.load(dir);
        Router router = new Router(config.routing());
        RoutingDecision inactiveSpecialist = router.route(new LeadFacts(Map.of("topic", "cyberbeveiliging"), "", "",
                List.of()), pool -> 0);

        assertThat(config.form("contact").fields()).hasSize(7);
        assertThat(inactiveSpecialist.manager().id()).isEqualTo("verkoop");
        assertThat(inactiveSpecialist.fallbackUsed()).isTrue();
    }

    private static String yamlBlockAfter(String doc, String heading) {
        Matcher block = YAML_BLOCK.matcher(doc);
        assertThat(block.find(doc.indexOf(heading))).as("a yaml block after %s", heading).isTrue();
        return block.group(1);
    }
}
