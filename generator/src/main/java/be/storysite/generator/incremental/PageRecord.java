package be.storysite.generator.incremental;

import be.storysite.core.diagnostic.Diagnostic;
import java.util.List;
import java.util.Set;

/**
 * What the incremental build remembers of one written page.
 *
 * @param inputs the fingerprint of everything the page's rendering read (see {@link PageInputs}); null when it
 *     read something that cannot be fingerprinted, so it is rendered every time
 * @param names the top-level names of the data model its template read
 * @param output the fingerprint of the bytes written
 * @param problems the warnings rendering it gave, reported again while it is not re-rendered
 */
record PageRecord(Fingerprint inputs, Set<String> names, Fingerprint output, List<Diagnostic> problems) {

    PageRecord {
        names = Set.copyOf(names);
        problems = List.copyOf(problems);
    }
}
