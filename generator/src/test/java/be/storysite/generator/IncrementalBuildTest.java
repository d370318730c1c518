package be.storysite.generator;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.generator.incremental.IncrementalBuild;
import be.storysite.generator.pipeline.BuildListener;
import be.storysite.generator.pipeline.BuildOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4, acceptance 2: after each edit of a series, the incremental build's output tree equals, path for path
 * and byte for byte, a full build of the same sources into another folder. Runs on a copy of the example site,
 * built as the preview builds it (drafts, future and unapproved stories shown).
 */
class IncrementalBuildTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), SiteGenerator.SITE_ZONE);

    @TempDir
    Path temp;

    private Path site;
    private IncrementalBuild incremental;
    /** The clock of the full builds compared with: the incremental build's. */
    private Clock clock = CLOCK;

    @BeforeEach
    void copyExampleSite() throws IOException {
        site = temp.resolve("site");
        for (String part : new String[] {"templates", "assets", "contact-forms", "content", "site.yaml"}) {
            TestSite.copyTree(TestSite.REPO.resolve(part), site.resolve(part));
        }
        incremental = new IncrementalBuild(options(temp.resolve("incremental")), CLOCK);
        assertOk(incremental.update(Set.of(), true, BuildListener.NONE));
        assertSameAsFullBuild();
    }

    @Test
    void aSeriesOfEditsGivesWhatAFullBuildGives() throws IOException {
        edit("content/stories/haspenvelde-mobiele-politie.md", t -> t + "\nEen nieuwe alinea over de combi's.\n");
        edit("content/stories/rozendries-sportcentrum.md", t -> t.replace("sector: vrije tijd", "sector: welzijn"));
        edit("templates/story.ftlh", t -> t.replace("<#if form??>", "<p class=\"edited\">Bewerkt</p>\n<#if form??>"));
        edit("assets/css/site.css", t -> t + "\n.edited { color: red; }\n");
        edit("contact-forms/contact.yaml", t -> t.replace("label: {nl: Naam,", "label: {nl: Uw naam,"));
        edit("contact-forms/routing.yaml", t -> t.replace("name: An Peeters", "name: An Peeters-Claes"));
        edit("templates/i18n/messages_nl.properties", t -> t + "\nnav_stories=Verhalen\n");
        delete("content/stories/herkenbroek-administratief-centrum.md"); // nothing links to it
        rename("content/stories/rozendries-sportcentrum.md", "content/stories/rozendries-sporthal.md");
        assertThat(temp.resolve("incremental/klantverhalen/rozendries-sportcentrum")).as("left empty").doesNotExist();
        add("content/stories/lindebeek-nieuw.md", read("content/stories/lindebeek-thuiswerk.md")
                .replace("title: \"", "title: \"Nieuw: "));
        edit("site.yaml", t -> t.replace("pagination: ", "pagination: 1\n# was: "));
    }

    /** Share cards are drawn again when their quote, the design, a colour of site.css or the logo changes. */
    @Test
    void shareCardsFollowTheirQuoteTheDesignTheColoursAndTheLogo() throws IOException {
        byte[] card = Files.readAllBytes(temp.resolve("incremental/klantverhalen/lindebeek-thuiswerk/share-card.png"));
        edit("content/stories/lindebeek-thuiswerk.md", t -> t.replace("quote: \"Op vrijdag", "quote: \"Op donderdag"));
        assertThat(Files.readAllBytes(temp.resolve("incremental/klantverhalen/lindebeek-thuiswerk/share-card.png")))
                .isNotEqualTo(card);
        edit("templates/cards/share-card.yaml", t -> t.replace("size: 46, min_size: 24", "size: 40, min_size: 22"));
        edit("assets/css/site.css", t -> t.replace("--accent-dark: #08427c;", "--accent-dark: #7c0842;"));
        edit("assets/images/logos/lindebeek.svg", t -> t.replace("#3f7d3a", "#7d3a3f"));
    }

    /**
     * The preview keeps last build's data-model values where their inputs are the same objects, and skips a page
     * whose template read only such values: each edit here changes what other pages show through one of those
     * inputs (lists, pagination, preview banners, translations, service titles, UI strings).
     */
    @Test
    void editsSeenOnOtherPagesGiveWhatAFullBuildGives() throws IOException {
        edit("site.yaml", t -> t.replace("pagination: ", "pagination: 2\n# was: "));
        String story = "content/stories/haspenvelde-mobiele-politie.md";
        edit(story, t -> t.replace("title: \"Politiezone Haspenvelde:", "title: \"PZ Haspenvelde:"));
        edit(story, t -> t.replace("date: 2024-09-16", "date: 2021-01-04")); // last on the list now
        edit("content/stories/vlietland-recyclageparken.md", t -> t.replace("approved: ", "status: draft\napproved: "));
        edit("content/stories/vlietland-recyclageparken.md", t -> t.replace("status: draft\n", ""));
        edit("content/stories/lindebeek-thuiswerk.md", t -> t.replace("approved: 2024-02-26\n", ""));
        edit("templates/i18n/messages_nl.properties", t -> t.replace("preview_unapproved=", "preview_unapproved=Let op: "));
        edit("content/stories/lindebeek-thuiswerk.md", t -> t.replace("featured: true", "featured: false"));
        edit("content/services/werkplek-in-de-cloud.md", t -> t.replace("title: Werkplek in de cloud",
                "title: Werkplek in de wolk"));
        edit(story, t -> t.replace("  - cyberbeveiliging\n", "")); // a service's story count and filter pages
        add("content/stories/haspenvelde-mobiele-politie.en.md", read(story)); // a translation: alternates
        edit("content/stories/rozendries-sportcentrum.md", t -> t.replace("date: 2025-09-15", "date: 2027-01-01"));
    }

    /**
     * Whether a story is in the future (its preview banner, its view's {@code preview_reasons}) depends on the day,
     * not only on its file: a preview left running past a story's date shows it as published from the next save on.
     */
    @Test
    void aDayLaterTheBannersOfStoriesNowPublishedAreGone() throws IOException {
        MutableClock days = new MutableClock(CLOCK.instant());
        clock = days;
        incremental = new IncrementalBuild(options(temp.resolve("incremental")), days);
        assertOk(incremental.update(Set.of(), true, BuildListener.NONE));
        assertSameAsFullBuild();
        days.now = Instant.parse("2025-12-01T10:00:00Z"); // after every story's date
        edit("content/stories/haspenvelde-mobiele-politie.md", t -> t + "\nEen dag later.\n");
    }

    /** A clock a test moves on. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return SiteGenerator.SITE_ZONE;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void oneStoryEditRendersOnlyThePagesThatShowIt() throws IOException {
        int all = incremental.lastRendered().size();
        edit("content/stories/haspenvelde-mobiele-politie.md", t -> t + "\nEen nieuwe alinea.\n");
        Set<String> rendered = incremental.lastRendered();
        assertThat(rendered).contains("/klantverhalen/haspenvelde-mobiele-politie/", "/klantverhalen/",
                "/klantverhalen/feed.xml", "/klantverhalen/sector/veiligheid/", "/klantverhalen/regio/limburg/")
                .doesNotContain("/fr/temoignages/broekelare-cyberaanval/", "/over-ons/", "/sitemap.xml");
        assertThat(rendered.size()).as("rendered %s of %d pages", rendered, all).isLessThan(all / 4);
    }

    @Test
    void filesWhoseBytesAreTheSameAreNotWrittenAgain() throws IOException {
        FileTime longAgo = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        Path unrelated = temp.resolve("incremental/over-ons/index.html");
        Path story = temp.resolve("incremental/klantverhalen/haspenvelde-mobiele-politie/index.html");
        Files.setLastModifiedTime(unrelated, longAgo);
        Files.setLastModifiedTime(story, longAgo);
        edit("content/stories/haspenvelde-mobiele-politie.md", t -> t + "\nEen nieuwe alinea.\n");
        assertThat(Files.getLastModifiedTime(unrelated)).isEqualTo(longAgo);
        assertThat(Files.getLastModifiedTime(story)).isNotEqualTo(longAgo);
    }

    @Test
    void aHeaderErrorShownOnItsDraftPageAndItsFixAreLikeAFullBuild() throws IOException {
        String story = "content/stories/haspenvelde-mobiele-politie.md";
        edit(story, t -> t.replaceFirst("(?m)^quote: .*\n", "").replace("date: ", "date: ["));
        assertThat(Files.readString(temp.resolve("incremental/klantverhalen/haspenvelde-mobiele-politie/index.html")))
                .contains("preview-banner").contains("invalid YAML");
        edit(story, t -> t.replace("date: [", "date: "));
        assertThat(Files.readString(temp.resolve("incremental/klantverhalen/haspenvelde-mobiele-politie/index.html")))
                .contains("needs &#39;quote&#39;").doesNotContain("invalid YAML");
        edit(story, t -> t.replace("\n---\n", "\nquote: \"Weer heel.\"\n---\n"));
        assertThat(Files.readString(temp.resolve("incremental/klantverhalen/haspenvelde-mobiele-politie/index.html")))
                .doesNotContain("preview-banner").contains("Weer heel.");
    }

    /** A photo replaced under the same name gets variants of new names; a story's new photo, a photo dropped. */
    @Test
    void photosReplacedAddedAndDroppedAreLikeAFullBuild() throws IOException {
        String photo = "assets/images/photos/gemeentehuis-dageraad.jpg";
        String oldVariant = Files.readString(temp.resolve("incremental/klantverhalen/lindebeek-thuiswerk/index.html"))
                .replaceAll("(?s).*(gemeentehuis-dageraad-480\\.[0-9a-f]+\\.webp).*", "$1");
        Files.copy(site.resolve("assets/images/photos/servicedesk.jpg"), site.resolve(photo),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        update(photo);
        assertThat(Files.readString(temp.resolve("incremental/klantverhalen/lindebeek-thuiswerk/index.html")))
                .contains("gemeentehuis-dageraad-480.").doesNotContain(oldVariant);
        String story = "content/stories/haspenvelde-mobiele-politie.md";
        edit(story, t -> t.replace("\n---\n", "\nhero: images/photos/servicedesk.jpg\nhero_alt: \"Een servicedesk\"\n---\n"));
        assertThat(Files.readString(temp.resolve("incremental/klantverhalen/haspenvelde-mobiele-politie/index.html")))
                .contains("servicedesk-800.");
        edit("content/services/werkplek-in-de-cloud.md", t -> t.replaceFirst("(?m)^hero.*\n", "")
                .replaceFirst("(?m)^hero_alt.*\n", ""));
    }

    @Test
    void anUpdateWithErrorsWritesNothingAndTheNextGoodOneCatchesUp() throws IOException {
        Map<String, byte[]> before = tree(temp.resolve("incremental"));
        Path story = site.resolve("content/stories/haspenvelde-mobiele-politie.md");
        // a broken link still fails a preview build (a header error would be shown on the story's draft page)
        Files.writeString(story, read("content/stories/haspenvelde-mobiele-politie.md") + "\n[Kapot](/nergens/).\n");
        BuildResult broken = incremental.update(Set.of(Path.of("content/stories/haspenvelde-mobiele-politie.md")),
                false, BuildListener.NONE);
        assertThat(broken.ok()).isFalse();
        Map<String, byte[]> after = tree(temp.resolve("incremental"));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((file, bytes) -> assertThat(after.get(file)).as(file).isEqualTo(bytes));
        edit("content/stories/haspenvelde-mobiele-politie.md", t -> t.replace("[Kapot](/nergens/).", "Hersteld."));
    }

    private void edit(String relative, java.util.function.UnaryOperator<String> change) throws IOException {
        Path file = site.resolve(relative);
        Files.writeString(file, change.apply(Files.readString(file)));
        update(relative);
    }

    private void delete(String relative) throws IOException {
        Files.delete(site.resolve(relative));
        update(relative);
    }

    private void rename(String from, String to) throws IOException {
        Files.move(site.resolve(from), site.resolve(to));
        update(from, to);
    }

    private void add(String relative, String text) throws IOException {
        Files.writeString(site.resolve(relative), text);
        update(relative);
    }

    private String read(String relative) throws IOException {
        return Files.readString(site.resolve(relative));
    }

    private void update(String... relative) throws IOException {
        BuildResult result = incremental.update(Set.copyOf(Arrays.stream(relative).map(Path::of).toList()), false,
                BuildListener.NONE);
        assertOk(result);
        assertSameAsFullBuild();
    }

    private void assertSameAsFullBuild() throws IOException {
        Path full = temp.resolve("full");
        assertOk(new SiteGenerator(clock).build(options(full), BuildListener.NONE));
        Map<String, byte[]> expected = tree(full);
        Map<String, byte[]> actual = tree(temp.resolve("incremental"));
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((file, bytes) -> assertThat(new String(actual.get(file), StandardCharsets.UTF_8))
                .as(file).isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
        expected.forEach((file, bytes) -> assertThat(actual.get(file)).as(file).isEqualTo(bytes));
    }

    private BuildOptions options(Path output) {
        return new BuildOptions(site, output, true, true, Optional.empty(), true, true);
    }

    private static void assertOk(BuildResult result) {
        assertThat(result.errors()).isEmpty();
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
