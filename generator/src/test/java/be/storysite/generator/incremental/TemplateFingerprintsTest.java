package be.storysite.generator.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which template edits a page depends on: its own template and the shared ones, never another page's own. */
class TemplateFingerprintsTest {

    private static final Set<String> PAGES = Set.of("story.ftlh", "index.ftlh");

    @TempDir
    Path dir;

    @Test
    void aPageTemplateNoOtherNamesConcernsOnlyItsOwnPages() throws IOException {
        write("layout.ftlh", "<#macro document><#nested></#macro>");
        write("story.ftlh", "<#import \"layout.ftlh\" as layout><@layout.document>story</@layout.document>");
        write("index.ftlh", "<#import \"layout.ftlh\" as layout><@layout.document>home</@layout.document>");
        TemplateFingerprints before = TemplateFingerprints.read(dir, PAGES);

        write("story.ftlh", "<#import \"layout.ftlh\" as layout><@layout.document>story!</@layout.document>");
        TemplateFingerprints storyEdited = TemplateFingerprints.read(dir, PAGES);
        assertThat(storyEdited.of("story.ftlh")).isNotEqualTo(before.of("story.ftlh"));
        assertThat(storyEdited.of("index.ftlh")).isEqualTo(before.of("index.ftlh"));

        write("layout.ftlh", "<#macro document><main><#nested></main></#macro>");
        TemplateFingerprints layoutEdited = TemplateFingerprints.read(dir, PAGES);
        assertThat(layoutEdited.of("index.ftlh")).isNotEqualTo(storyEdited.of("index.ftlh"));
        assertThat(layoutEdited.of("story.ftlh")).isNotEqualTo(storyEdited.of("story.ftlh"));
        assertThat(layoutEdited.readClock()).isFalse();
    }

    @Test
    void aPageTemplateIncludedElsewhereOrAComputedIncludeIsShared() throws IOException {
        write("story.ftlh", "story");
        write("index.ftlh", "<#include \"story.ftlh\">");
        TemplateFingerprints named = TemplateFingerprints.read(dir, PAGES);
        write("story.ftlh", "story!");
        assertThat(TemplateFingerprints.read(dir, PAGES).of("index.ftlh")).isNotEqualTo(named.of("index.ftlh"));

        write("index.ftlh", "<#include which + \".ftlh\">");
        TemplateFingerprints computed = TemplateFingerprints.read(dir, PAGES);
        write("story.ftlh", "story?");
        assertThat(TemplateFingerprints.read(dir, PAGES).of("index.ftlh")).isNotEqualTo(computed.of("index.ftlh"));
    }

    @Test
    void printingTheTimeIsNoticed() throws IOException {
        write("index.ftlh", "built ${.now}");
        assertThat(TemplateFingerprints.read(dir, PAGES).readClock()).isTrue();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
