package be.storysite.preview;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.generator.BuildResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What happens after a save, given the outcome of the rebuild (the build itself is LivePreviewTest's). */
class LiveRebuilderTest {

    private static final Path SITE = Path.of("/site");
    private static final BuildResult GOOD = new BuildResult(Map.of("story", 1), List.of(), List.of(), 5,
            SITE.resolve("target/preview"));

    private final LastBuild last = new LastBuild(GOOD);
    private final ReloadEvents events = new ReloadEvents();
    private final List<BuildResult> reported = new ArrayList<>();
    private int formsReloads;

    @Test
    void theFormsAreReloadedOnlyWhenContactFormsChangedAndTheBuildAcceptedThem() {
        Diagnostic broken = Diagnostic.error(SourcePosition.of(SITE.resolve("contact-forms/contact.yaml"), 3, 1),
                "bad", "fix it");
        BuildResult failed = new BuildResult(Map.of(), List.of(), List.of(broken), 5, GOOD.output());

        rebuilder(GOOD).accept(SiteChange.of(Path.of("content/stories/a.md")));
        assertThat(formsReloads).isZero();
        rebuilder(failed).accept(SiteChange.of(Path.of("contact-forms/contact.yaml")));
        assertThat(formsReloads).isZero();
        rebuilder(GOOD).accept(SiteChange.of(Path.of("contact-forms/contact.yaml")));
        assertThat(formsReloads).isEqualTo(1);
        rebuilder(GOOD).accept(SiteChange.unknown());
        assertThat(formsReloads).isEqualTo(2);

        assertThat(reported).hasSize(4);
        assertThat(events.currentBuild()).isEqualTo(5); // the first build was 1, each rebuild tells the tabs
    }

    @Test
    void formsTheLeadServiceRefusesAndUnexpectedFailuresBecomeTheErrorPage() {
        Diagnostic routing = Diagnostic.error(SourcePosition.of(SITE.resolve("contact-forms/routing.yaml"), 2, 1),
                "no manager 'niemand'", "name a manager");
        LiveRebuilder refusing = new LiveRebuilder(SITE, change -> GOOD, () -> {
            throw new DiagnosticException("forms", routing);
        }, last, events, reported::add);

        refusing.accept(SiteChange.of(Path.of("contact-forms/routing.yaml")));
        assertThat(last.errors()).containsExactly(routing.inStep("forms"));

        new LiveRebuilder(SITE, change -> {
            throw new IllegalStateException("kapot");
        }, () -> { }, last, events, reported::add).accept(SiteChange.of(Path.of("templates/story.ftlh")));
        assertThat(last.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("the build failed unexpectedly").contains("kapot");
            assertThat(e.position().file()).isEqualTo(SITE);
        });

        new LiveRebuilder(SITE, change -> GOOD, () -> { }, last, events, reported::add)
                .accept(SiteChange.of(Path.of("templates/story.ftlh")));
        assertThat(last.errors()).isEmpty();
        assertThat(events.currentBuild()).isEqualTo(4);
    }

    private LiveRebuilder rebuilder(BuildResult outcome) {
        return new LiveRebuilder(SITE, change -> outcome, () -> formsReloads++, last, events, reported::add);
    }
}
