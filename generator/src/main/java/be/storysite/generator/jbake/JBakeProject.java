package be.storysite.generator.jbake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A JBake project as read: its configuration, documents, the files copied as they are, and its data files.
 *
 * @param config jbake.properties over JBake's defaults
 * @param documents every document, drafts included, newest first
 * @param copies files copied unchanged, source by output path ({@code assets/} to the root, other files under
 *     {@code content/} to their own path)
 * @param data the data files by name, for {@code data.get("team.yaml")}
 */
public record JBakeProject(JBakeConfig config, List<JBakeDocument> documents, Map<String, Path> copies,
        Map<String, Object> data) {

    public JBakeProject {
        documents = List.copyOf(documents);
        copies = Map.copyOf(copies);
        data = Map.copyOf(data);
    }
}
