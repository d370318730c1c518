package be.storysite.generator.jbake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides what a JBake project writes, by JBake 2.7's rules: every document (drafts too, under the draft
 * suffix, listed nowhere) with the template of its type, then, as {@code render.*} says, the index (paginated
 * when {@code index.paginate}), archive, feed, one page per tag, the tag index, sitemap and 404 page.
 */
final class JBakePlanner {

    private final JBakeProject project;
    private final JBakeConfig config;
    private final LocalDate today;

    JBakePlanner(JBakeProject project, LocalDate today) {
        this.project = project;
        this.config = project.config();
        this.today = today;
    }

    List<JBakeOutput> plan(JBakeModel shared) {
        List<JBakeOutput> outputs = new ArrayList<>();
        List<JBakeDocument> posts = shared.publishedOfType("post");
        for (JBakeDocument d : project.documents()) {
            Map<String, Object> content = new HashMap<>(d.view());
            if (d.type().equals("post")) {
                neighbours(d, posts, content);
            }
            outputs.add(new JBakeOutput(d.uri(), d.type(), config.template(d.type()), Map.of("content", content)));
        }
        if (config.flag("render.index")) {
            index(posts, outputs);
        }
        if (config.flag("render.archive")) {
            outputs.add(listing(config.get("archive.file"), "archive", "archive"));
        }
        if (config.flag("render.feed")) {
            outputs.add(listing(config.get("feed.file"), "feed", "feed"));
        }
        String tagPath = config.get("tag.path");
        if (config.flag("render.tags")) {
            shared.tagged().forEach((tag, documents) -> {
                Map<String, Object> model = new HashMap<>();
                model.put("content", page(tagPath + "/" + tag + config.get("output.extension"), "tag"));
                model.put("tag", tag);
                List<Object> views = documents.stream().map(JBakeDocument::view).map(v -> (Object) v).toList();
                model.put("tag_posts", views.stream().filter(v -> "post".equals(((Map<?, ?>) v).get("type"))).toList());
                model.put("tagged_posts", model.get("tag_posts"));
                model.put("tagged_documents", views);
                outputs.add(new JBakeOutput(tagPath + "/" + tag + config.get("output.extension"), "tag",
                        config.template("tag"), model));
            });
        }
        if (config.flag("render.tagsindex")) {
            outputs.add(listing(tagPath + "/index" + config.get("output.extension"), "tagsindex", "tagsindex"));
        }
        if (config.flag("render.sitemap")) {
            outputs.add(listing(config.get("sitemap.file"), "sitemap", "sitemap"));
        }
        if (config.flag("render.error404")) {
            outputs.add(listing(config.get("error404.file"), "error404", "error404"));
        }
        return outputs;
    }

    /**
     * The published posts just newer ({@code nextContent}) and just older ({@code previousContent}) than
     * {@code post}; a draft gets them too, by its date, as in JBake.
     */
    private static void neighbours(JBakeDocument post, List<JBakeDocument> posts, Map<String, Object> content) {
        int at = posts.indexOf(post);
        JBakeDocument next = null;
        JBakeDocument previous = null;
        if (at >= 0) { // newest first
            next = at > 0 ? posts.get(at - 1) : null;
            previous = at < posts.size() - 1 ? posts.get(at + 1) : null;
        } else {
            LocalDate date = post.date().orElse(LocalDate.MIN);
            for (JBakeDocument p : posts) {
                LocalDate d = p.date().orElse(LocalDate.MIN);
                if (d.isAfter(date)) {
                    next = p;
                } else if (d.isBefore(date) && previous == null) {
                    previous = p;
                }
            }
        }
        if (next != null) {
            content.put("nextContent", next.view());
        }
        if (previous != null) {
            content.put("previousContent", previous.view());
        }
    }

    private void index(List<JBakeDocument> posts, List<JBakeOutput> outputs) {
        String file = config.get("index.file");
        if (!config.flag("index.paginate")) {
            outputs.add(listing(file, "index", "index"));
            return;
        }
        int size = Math.max(1, config.number("index.posts_per_page"));
        int pages = Math.max(1, (posts.size() + size - 1) / size);
        for (int n = 1; n <= pages; n++) {
            String path = n == 1 ? file : n + "/" + file;
            Map<String, Object> model = new HashMap<>();
            model.put("content", page(path, "index"));
            model.put("published_posts", posts.subList((n - 1) * size, Math.min(posts.size(), n * size)).stream()
                    .map(JBakeDocument::view).toList());
            model.put("currentPageNumber", n);
            model.put("numberOfPages", pages);
            if (n > 1) {
                model.put("previousFileName", n == 2 ? "" : (n - 1) + "/");
            }
            if (n < pages) {
                model.put("nextFileName", (n + 1) + "/");
            }
            outputs.add(new JBakeOutput(path, "index", config.template("index"), model));
        }
    }

    private JBakeOutput listing(String path, String kind, String template) {
        return new JBakeOutput(path, kind, config.template(template), Map.of("content", page(path, kind)));
    }

    /** The {@code content} of a page made from a template only: its type, URI and path back to the root. */
    private Map<String, Object> page(String path, String type) {
        Map<String, Object> content = new LinkedHashMap<>();
        int depth = (int) path.chars().filter(c -> c == '/').count();
        // JBake adds a level below the top when uri.noExtension is on (tags/x.html gets ../../)
        int extra = config.flag("uri.noExtension") && depth > 0 ? 1 : 0;
        content.put("type", type);
        content.put("uri", path);
        content.put("rootpath", "../".repeat(depth + extra));
        return content;
    }

    LocalDate today() {
        return today;
    }
}
