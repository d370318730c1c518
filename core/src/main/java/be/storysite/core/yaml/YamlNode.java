package be.storysite.core.yaml;

import be.storysite.core.diagnostic.SourcePosition;

/**
 * A YAML value that remembers where it was written, so that a validator can say
 * {@code contact-forms/routing.yaml:12:7: error: unknown manager 'jdv'} instead of "invalid configuration".
 * Read with {@link YamlReader}.
 */
public sealed interface YamlNode permits YamlScalar, YamlMapping, YamlSequence {

    /** Where this value starts. */
    SourcePosition position();

    /** A word for messages: "a text", "a list", "a mapping", "a number", ... */
    String describe();
}
