package be.storysite.generator;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.generator.pipeline.BuildListener;
import be.storysite.generator.pipeline.BuildOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JBake project (jbake.properties, no site.yaml) is built the way JBake bakes it: JBake's layout, URLs and
 * data model. The jbake-compat module compares whole fixture sites with real JBake 2.7 output; this test pins
 * the main rules inside the generator's own suite.
 */
class JBakeModeTest {

    @TempDir
    Path dir;
    Path source;
    Path output;

    @BeforeEach
    void project() throws IOException {
        source = dir.resolve("project");
        output = dir.resolve("out");
        write("jbake.properties", "site.host=https://jbake.example.test\nrender.tagsindex=true\ntag.sanitize=true\n");
        write("templates/index.ftl", "<#list published_posts as p>[${p.title}|${p.uri}]</#list> "
                + "${db.getPublishedContent(\"page\")?size} pages, tags <#list tags as t>${t.name}=${t.tagged_posts?size} </#list>");
        write("templates/post.ftl", "<h1>${content.title}</h1>${content.body}<p>${content.date?string(\"yyyy-MM-dd\")} "
                + "${content.rootpath}<#if content.previousContent??> prev=${content.previousContent.uri}</#if></p>");
        write("templates/page.ftl", "<h1>${content.title}</h1>${content.body}");
        write("templates/archive.ftl", "<#list published_posts as p>${p.title};</#list>");
        write("templates/tags.ftl", "${tag}: <#list tag_posts as p>${p.title};</#list>");
        write("templates/tags-index.ftl", "<#list alltags?sort as t>${t} </#list>");
        write("templates/feed.ftl", "<feed><#list published_posts as p><entry>${config.site_host}/${p.uri}</entry></#list></feed>");
        write("content/blog/2024/first.md", "title=First\ndate=2024-01-10\ntype=post\nstatus=published\ntags=open data\n~~~~~~\n\nHello *world*.\n");
        write("content/blog/2024/second.md", "title=Second\ndate=2024-02-10\ntype=post\nstatus=published\ntags=open data,bins\n~~~~~~\nLine one\nline two\n");
        write("content/blog/2024/later.md", "title=Later\ndate=2099-01-01\ntype=post\nstatus=published-date\n~~~~~~\nNot yet.\n");
        write("content/blog/2024/draft.md", "title=Draft\ndate=2024-03-01\ntype=post\nstatus=draft\n~~~~~~\nSoon.\n");
        write("content/about.html", "title=About\ntype=page\nstatus=published\n~~~~~~\n<p>Taken <b>as is</b>.</p>\n");
        write("content/files/report.txt", "a report");
    }

    @Test
    void aJBakeProjectIsBakedWithJBakesLayoutAndModel() throws IOException {
        BuildResult result = build();

        assertThat(result.errors()).isEmpty();
        assertThat(read("index.html")).startsWith("[Second|blog/2024/second.html][First|blog/2024/first.html] 1 pages")
                .contains("open-data=2", "bins=1");
        assertThat(read("blog/2024/first.html")).isEqualTo("<h1>First</h1><p>Hello <em>world</em>.</p>\n"
                + "<p>2024-01-10 ../../</p>");
        assertThat(read("blog/2024/second.html")).as("hard wraps, JBake's Markdown default")
                .contains("Line one<br />\nline two").contains("prev=blog/2024/first.html");
        assertThat(read("blog/2024/draft-draft.html")).as("drafts are rendered, listed nowhere").contains("Draft");
        assertThat(read("archive.html")).isEqualTo("Second;First;");
        assertThat(read("tags/open-data.html")).isEqualTo("open-data: Second;First;");
        assertThat(read("tags/index.html")).isEqualTo("bins open-data ");
        assertThat(read("feed.xml")).contains("https://jbake.example.test/blog/2024/second.html");
        assertThat(read("about.html")).isEqualTo("<h1>About</h1><p>Taken <b>as is</b>.</p>");
        assertThat(read("files/report.txt")).isEqualTo("a report");
        assertThat(output.resolve("blog/2024/later.html")).as("published-date in the future is still rendered").exists();
        assertThat(read("index.html")).doesNotContain("Later");
    }

    @Test
    void aDocumentWithoutTypeOrStatusIsAnError() throws IOException {
        write("content/blog/x.md", "title=X\ndate=2024-01-01\n~~~~~~\nText\n");

        BuildResult result = build();

        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.headline(source))
                .isEqualTo("content/blog/x.md:3:1: error: JBake document needs 'type'"));
    }

    @Test
    void markdownNestedTooDeeplyIsAnErrorAtItsPlaceAndRawHtmlStaysAsJBakeWritesIt() throws IOException {
        write("content/blog/deep.md", "title=Deep\ndate=2024-01-01\ntype=post\nstatus=published\n~~~~~~\n"
                + "> ".repeat(10_000) + "x\n");

        BuildResult result = build();

        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.headline(source))
                .isEqualTo("content/blog/deep.md:6:201: error: Markdown nested deeper than 100 levels (quotes, "
                        + "lists or brackets inside each other)"));
        write("content/blog/deep.md", "title=Deep\ndate=2024-01-01\ntype=post\nstatus=published\n~~~~~~\n"
                + "<span onclick=\"x()\">raw</span>\n");
        assertThat(build().ok()).isTrue();
        assertThat(read("blog/deep.html")).contains("<span onclick=\"x()\">raw</span>");
    }

    private BuildResult build() {
        Clock clock = Clock.fixed(TestSite.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), SiteGenerator.SITE_ZONE);
        return new SiteGenerator(clock).build(BuildOptions.of(source, output), BuildListener.NONE);
    }

    private void write(String path, String text) throws IOException {
        Path file = source.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String read(String path) throws IOException {
        return Files.readString(output.resolve(path), StandardCharsets.UTF_8);
    }
}
