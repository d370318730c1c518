package be.storysite.forms.load;

import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.forms.FieldDefinition;
import be.storysite.forms.FormDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link FormFileReader} got from one form file, even when it has errors: the routing checks still need to
 * know which field names the form has, so one typo in a label does not make every routing rule "unknown field".
 *
 * @param id the form id (file name without {@code .yaml})
 * @param file the file
 * @param definition the compiled form, empty when the file has errors
 * @param fieldNames every field name written in the file, with where it was written
 * @param fields the fields that were read without errors
 * @param readable false when the file could not be read or is no YAML mapping, so its field names are unknown
 */
public record FormSource(String id, Path file, Optional<FormDefinition> definition,
        Map<String, SourcePosition> fieldNames, List<FieldDefinition> fields, boolean readable) {

    /** A form file whose content is unknown: unreadable, invalid YAML, or not a mapping. */
    static FormSource unreadable(String id, Path file) {
        return new FormSource(id, file, Optional.empty(), Map.of(), List.of(), false);
    }

    public FormSource {
        fieldNames = Map.copyOf(fieldNames);
        fields = List.copyOf(fields);
    }
}
