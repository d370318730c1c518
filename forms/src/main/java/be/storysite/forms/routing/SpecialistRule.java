package be.storysite.forms.routing;

import java.util.List;
import java.util.Objects;

/**
 * A specialist: leads about these topics, or coming from a page about these services, go to one manager.
 *
 * <p>Matches when the form's topic field holds one of {@code topics}, or the lead came from the service page of
 * one of {@code services}, or from a story that names one of them.
 *
 * <pre>{@code
 * new SpecialistRule("specialist-cyber", "karim-el-amrani", "topic", List.of("cyberbeveiliging"),
 *         List.of("cyberbeveiliging"));
 * }</pre>
 *
 * @param id the rule id
 * @param manager the manager id
 * @param topicField the form field holding the topic, by default {@code topic}
 * @param topics topic values (choice values of that field)
 * @param services service slugs (files in {@code content/services/})
 */
public record SpecialistRule(String id, String manager, String topicField, List<String> topics,
        List<String> services) implements RoutingRule {

    public static final String DEFAULT_TOPIC_FIELD = "topic";

    public SpecialistRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(manager, "manager");
        topicField = topicField == null || topicField.isEmpty() ? DEFAULT_TOPIC_FIELD : topicField;
        topics = List.copyOf(topics);
        services = List.copyOf(services);
    }

    @Override
    public String kind() {
        return "specialist";
    }
}
