package be.storysite.generator.jbake;

import java.util.Map;

/**
 * The data files of a JBake project, as templates call them: {@code data.get("team.yaml").lead}. A file whose
 * top level is a list is found under {@code data}: {@code data.get("offices.yml").data}.
 */
public final class JBakeData {

    private final Map<String, Object> files;

    JBakeData(Map<String, Object> files) {
        this.files = Map.copyOf(files);
    }

    /** The file's content, or null when there is no such file (templates test it with {@code ??}). */
    public Object get(String name) {
        return files.get(name);
    }
}
