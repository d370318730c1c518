package be.storysite.generator.incremental;

import be.storysite.core.diagnostic.Diagnostic;
import java.util.List;

/**
 * What the incremental build remembers of one written page.
 *
 * @param inputs the fingerprint of everything the page's rendering read (see {@link PageInputs}); null when it
 *     read something that cannot be fingerprinted, so it is rendered every time
 * @param reads what its template read of the data model
 * @param output the fingerprint of the bytes written
 * @param problems the warnings rendering it gave, reported again while it is not re-rendered
 */
record PageRecord(Fingerprint inputs, Reads reads, Fingerprint output, List<Diagnostic> problems) {

    PageRecord {
        problems = List.copyOf(problems);
    }
}
