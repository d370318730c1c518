package be.storysite.preview;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed in a site folder during one burst of saves: the paths, relative to the site folder, that were
 * created, modified or deleted. This is what a rebuild is told, so that an incremental build can later rebuild
 * only what these paths affect; {@code everything} says that events were lost (the watcher overflowed) and
 * nothing less than a full build is safe.
 *
 * <pre>{@code
 * SiteChange change = SiteChange.of(Path.of("content/stories/lindebeek.md"));
 * change.touches("contact-forms");   // false
 * }</pre>
 *
 * @param paths the changed files and folders, relative to the site folder, sorted
 * @param everything true when the set is incomplete and the whole site must be treated as changed
 */
public record SiteChange(Set<Path> paths, boolean everything) {

    public SiteChange {
        paths = Collections.unmodifiableSortedSet(new TreeSet<>(paths));
    }

    public static SiteChange of(Path... paths) {
        return new SiteChange(Set.of(paths), false);
    }

    /** A change whose extent is unknown: everything must be rebuilt and reloaded. */
    public static SiteChange unknown() {
        return new SiteChange(Set.of(), true);
    }

    /** Whether a path under the top-level entry {@code top} (e.g. {@code contact-forms}, {@code site.yaml}) changed. */
    public boolean touches(String top) {
        return everything || paths.stream().anyMatch(p -> p.getNameCount() > 0 && p.getName(0).toString().equals(top));
    }

    /** This change and {@code later} together. */
    public SiteChange and(SiteChange later) {
        Set<Path> all = new TreeSet<>(paths);
        all.addAll(later.paths);
        return new SiteChange(all, everything || later.everything);
    }
}
