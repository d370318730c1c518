package be.storysite.generator.jbake;

import be.storysite.generator.jbakedb.JBakeDb;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every template of a JBake project sees, built once: {@code config}, {@code published_posts},
 * {@code published_pages}, {@code published_content}, {@code all_content}, {@code published_<type>s} and
 * {@code <type>s} for every type, {@code tags}, {@code alltags}, {@code db}, {@code data}, {@code published_date},
 * {@code version}.
 */
final class JBakeModel {

    private final List<JBakeDocument> published;
    /** Tags in the order JBake lists them: as met going through the published documents, newest first. */
    private final Map<String, List<JBakeDocument>> tagged = new LinkedHashMap<>();
    private final Map<String, Object> shared = new HashMap<>();

    JBakeModel(JBakeProject project, LocalDate today, Date buildDate, String version) {
        published = project.documents().stream().filter(d -> d.published(today)).toList();
        for (JBakeDocument d : published) {
            d.tags().forEach(t -> tagged.computeIfAbsent(t, k -> new ArrayList<>()).add(d));
        }
        JBakeConfig config = project.config();
        shared.put("config", config.forTemplates());
        Set<String> types = new LinkedHashSet<>(List.of("page", "post"));
        project.documents().forEach(d -> types.add(d.type()));
        for (String type : types) {
            shared.put("published_" + type + "s", views(publishedOfType(type)));
            shared.put(type + "s", views(project.documents().stream().filter(d -> d.type().equals(type)).toList()));
        }
        // JBake answers these type by type (pages, then posts, then the others), each newest first.
        shared.put("published_content", views(byType(published, types)));
        shared.put("all_content", views(byType(project.documents(), types)));
        Map<String, List<Object>> byTag = new LinkedHashMap<>();
        List<Object> tags = new ArrayList<>();
        tagged.forEach((tag, documents) -> {
            List<Object> all = views(documents);
            byTag.put(tag, all);
            tags.add(Map.of("name", tag, "tagged_posts", views(documents.stream()
                    .filter(d -> d.type().equals("post")).toList()), "tagged_documents", all,
                    "uri", config.get("tag.path") + "/" + tag + config.get("output.extension")));
        });
        shared.put("tags", tags);
        shared.put("alltags", new HashSet<>(tagged.keySet())); // JBake hands templates a HashSet
        shared.put("db", new JBakeDb(views(published), views(project.documents()), byTag));
        shared.put("data", new JBakeData(project.data()));
        shared.put("published_date", buildDate);
        shared.put("version", version);
    }

    private static List<JBakeDocument> byType(List<JBakeDocument> documents, Set<String> types) {
        List<JBakeDocument> ordered = new ArrayList<>();
        for (String type : types) {
            documents.stream().filter(d -> d.type().equals(type)).forEach(ordered::add);
        }
        return ordered;
    }

    List<JBakeDocument> publishedOfType(String type) {
        return published.stream().filter(d -> d.type().equals(type)).toList();
    }

    Map<String, List<JBakeDocument>> tagged() {
        return tagged;
    }

    Map<String, Object> with(Map<String, Object> own) {
        Map<String, Object> model = new HashMap<>(shared);
        model.putAll(own);
        return model;
    }

    private static List<Object> views(List<JBakeDocument> documents) {
        return documents.stream().map(d -> (Object) d.view()).toList();
    }
}
