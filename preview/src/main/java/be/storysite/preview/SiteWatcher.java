package be.storysite.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the parts of a site folder a build reads ({@code content/}, {@code templates/}, {@code assets/},
 * {@code contact-forms/} recursively, and {@code site.yaml}) and reports each burst of changes once.
 *
 * <pre>{@code
 * try (SiteWatcher watcher = new SiteWatcher(site, SiteWatcher.SITE_FOLDERS, SiteWatcher.SITE_FILES,
 *         Duration.ofMillis(50), change -> rebuild(change))) {
 *     watcher.start();
 * }
 * }</pre>
 *
 * <p>An editor's save is often several events (write a temporary file, rename it over the old one, touch it):
 * the watcher waits until the folder has been quiet for {@code quiet} before it reports, so one save is one
 * rebuild. The listener runs on the watcher's own thread; saves made while it runs are reported after it returns.
 * Folders created later (a new {@code content/blog/}) are watched from then on, and the files already inside them
 * are reported. Hidden files and editor backups ({@code .x.swp}, {@code x~}) are not a change of the site.
 */
public final class SiteWatcher implements AutoCloseable {

    /** The folders a build reads. */
    public static final List<String> SITE_FOLDERS = List.of("content", "templates", "assets", "contact-forms");
    /** The files at the top of the site folder a build reads. */
    public static final List<String> SITE_FILES = List.of("site.yaml");

    private final Path site;
    private final Set<String> folders;
    private final Set<String> files;
    private final Duration quiet;
    private final Consumer<SiteChange> listener;
    private final WatchService watch;
    private final Map<WatchKey, Path> watched = new HashMap<>();
    private final Thread thread;

    public SiteWatcher(Path site, List<String> folders, List<String> files, Duration quiet,
                       Consumer<SiteChange> listener) {
        this.site = site.toAbsolutePath().normalize();
        this.folders = Set.copyOf(folders);
        this.files = Set.copyOf(files);
        this.quiet = quiet;
        this.listener = listener;
        try {
            this.watch = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + this.site + " for changes", e);
        }
        this.thread = new Thread(this::run, "storysite-watch");
        this.thread.setDaemon(true);
    }

    /** Registers every watched folder, then starts reporting changes. */
    public void start() {
        register(site);
        for (String folder : folders) {
            registerTree(site.resolve(folder), new HashSet<>());
        }
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new HashSet<>();
                boolean lost = drain(watch.take(), changed);
                WatchKey next;
                // the burst is over once nothing happened for `quiet`
                while ((next = watch.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    lost |= drain(next, changed);
                }
                if (lost || !changed.isEmpty()) {
                    report(new SiteChange(changed, lost));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed: the preview is shutting down
        }
    }

    /** Hands the change to the listener; whatever it throws, the watcher goes on watching. */
    private void report(SiteChange change) {
        try {
            listener.accept(change);
        } catch (RuntimeException e) {
            System.err.println("storysite: the rebuild after " + change.paths() + " failed; still watching");
            e.printStackTrace();
        }
    }

    /** Adds the site paths of {@code key}'s events to {@code changed}; true when events were lost. */
    private boolean drain(WatchKey key, Set<Path> changed) {
        Path dir = watched.get(key);
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                lost = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (!belongsToSite(path)) {
                continue;
            }
            changed.add(site.relativize(path));
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path, changed);
            }
        }
        if (!key.reset()) {
            watched.remove(key); // the folder is gone; a new one of that name is registered when it is created
        }
        return lost;
    }

    private boolean belongsToSite(Path path) {
        String name = path.getFileName().toString();
        if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp")) {
            return false;
        }
        Path relative = site.relativize(path);
        String top = relative.getName(0).toString();
        return relative.getNameCount() == 1 ? files.contains(top) || folders.contains(top) : folders.contains(top);
    }

    /** Watches {@code root} and every folder below it; files found there are reported as changed. */
    private void registerTree(Path root, Set<Path> changed) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.forEach(path -> {
                if (Files.isDirectory(path)) {
                    register(path);
                } else if (belongsToSite(path)) {
                    changed.add(site.relativize(path));
                }
            });
        } catch (NoSuchFileException gone) {
            // deleted while we looked: its deletion event follows
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
    }

    private void register(Path dir) {
        try {
            watched.put(dir.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
        } catch (NoSuchFileException gone) {
            // deleted before we could watch it
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dir, e);
        }
    }

    @Override
    public void close() throws IOException {
        watch.close();
        thread.interrupt();
    }
}
