package be.storysite.generator.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the code base form no import cycle, so each can be read, tested and changed from the bottom
 * up: {@code pipeline} knows no step, a step knows the steps before it, and only {@code SiteGenerator} (the root
 * package) and {@code incremental} know them all. The modules form no cycle either, and the lead service, which
 * faces the internet, never imports the generator.
 */
class NoImportCycleTest {

    // the tests run in the module's folder; the code base is its parent
    private static final Path CODE_BASE = Path.of("..").toAbsolutePath().normalize();

    @Test
    void generatorPackagesFormNoCycle() {
        List<ImportScan.SourceFile> files = ImportScan.scan(List.of(Path.of("src/main/java")), "be.storysite.generator");
        PackageGraph graph = PackageGraph.ofPackages(files);

        assertThat(graph.nodes()).as("the scan found the generator's packages")
                .contains("be.storysite.generator", "be.storysite.generator.pipeline", "be.storysite.generator.render");
        List<Set<String>> cycles = graph.cycles();
        assertThat(cycles).as(graph.describe(cycles)).isEmpty();
    }

    @Test
    void pipelineKnowsNoStepAndRenderingDoesNotKnowPostProcessing() {
        PackageGraph graph = PackageGraph.ofPackages(
                ImportScan.scan(List.of(Path.of("src/main/java")), "be.storysite.generator"));

        assertThat(graph.edgesFrom("be.storysite.generator.pipeline")).as("pipeline's uses of other packages")
                .isEmpty();
        // the build passes the post-processor to the render step as a PageFinisher
        assertThat(graph.edgesFrom("be.storysite.generator.render")).extracting(PackageGraph.Edge::to)
                .doesNotContain("be.storysite.generator.postprocess");
    }

    /**
     * Cycles outside the generator known when this test was written: the list only shrinks. A new cycle fails the
     * test, and so does a listed one that is gone (then take it off the list).
     */
    private static final List<Set<String>> KNOWN_CYCLES = List.of(
            // FormsLoader (the module's entry point) calls forms.load, whose readers build the forms records
            Set.of("be.storysite.forms", "be.storysite.forms.load"));

    @Test
    void codeBasePackagesFormNoNewCycle() {
        List<ImportScan.SourceFile> files = ImportScan.scan(sourceRoots(), "be.storysite.");
        PackageGraph graph = PackageGraph.ofPackages(files);

        assertThat(graph.nodes()).contains("be.storysite.core.diagnostic", "be.storysite.leads.http");
        List<Set<String>> cycles = graph.cycles();
        List<Set<String>> unknown = cycles.stream().filter(c -> !KNOWN_CYCLES.contains(c)).toList();
        assertThat(unknown).as(graph.describe(unknown)).isEmpty();
        assertThat(cycles).as("known cycles that are gone: take them off KNOWN_CYCLES").containsAll(KNOWN_CYCLES);
    }

    @Test
    void modulesFormNoCycleAndLeadsNeverImportsTheGenerator() {
        List<ImportScan.SourceFile> files = ImportScan.scan(sourceRoots(), "be.storysite.");
        PackageGraph modules = PackageGraph.ofModules(files, CODE_BASE);

        assertThat(modules.nodes()).contains("core", "forms", "generator", "leads", "cli");
        List<Set<String>> cycles = modules.cycles();
        assertThat(cycles).as(modules.describe(cycles)).isEmpty();
        assertThat(modules.edgesFrom("leads")).as("the lead service's uses of other modules")
                .extracting(PackageGraph.Edge::to).doesNotContain("generator", "preview", "cli", "maven-plugin");
        assertThat(files).filteredOn(f -> f.path().startsWith(CODE_BASE.resolve("leads")))
                .as("leads files naming a be.storysite.generator package")
                .allSatisfy(f -> assertThat(f.referenced()).noneMatch(p -> p.startsWith("be.storysite.generator")));
    }

    /** Every module's {@code src/main/java}. */
    private static List<Path> sourceRoots() {
        try (Stream<Path> modules = Files.list(CODE_BASE)) {
            List<Path> roots = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
            assertThat(roots).as("source roots under " + CODE_BASE).hasSizeGreaterThan(5);
            return roots;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
