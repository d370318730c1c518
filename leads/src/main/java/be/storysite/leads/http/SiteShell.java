package be.storysite.leads.http;

import be.storysite.core.html.HtmlText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page of the built site used as the frame of the lead service's own pages: its {@code <main>} is replaced, so
 * the answer has the site's header, navigation, styles and footer in the page's language. The frame is the form's
 * error page of that language ({@code error_page} in {@code contact-forms/<form>.yaml}), which every built site has.
 *
 * <p>Each frame is parsed once and kept as text around two holes (title and main), so an answer costs a few string
 * copies, not a parse: a client posting invalid forms in a loop must not make the service parse HTML for each post.
 * The file's modification time and size are checked on every use, so a rebuild of the site (the preview) is picked
 * up at once.
 *
 * <pre>{@code
 * SiteShell shell = new SiteShell(Path.of("target/site"));
 * Optional<String> html = shell.wrap("/fr/non-envoye/", "Vérifiez le formulaire", "<div>…</div>");
 * }</pre>
 */
final class SiteShell {

    /** A frame: the page's text cut at its title and its main, and the file version it was cut from. */
    private record Frame(long modified, long size, String beforeTitle, String beforeMain, String afterMain) {

        String wrap(String title, String mainHtml) {
            return beforeTitle + HtmlText.escape(title) + beforeMain + mainHtml + afterMain;
        }
    }

    private final Path root;
    private final Map<Path, Frame> frames = new ConcurrentHashMap<>();

    /** @param site the built site folder ({@code ./storysite build}'s output) */
    SiteShell(Path site) {
        this.root = site.toAbsolutePath().normalize();
    }

    /**
     * The page at {@code sitePath} with {@code mainHtml} as its {@code <main>} and {@code title} in its
     * {@code <title>}; empty when that page is not (yet) built or has no {@code <main>}.
     */
    Optional<String> wrap(String sitePath, String title, String mainHtml) {
        return file(sitePath).flatMap(this::frame).map(frame -> frame.wrap(title, mainHtml));
    }

    private Optional<Frame> frame(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return Optional.empty();
        }
        long modified = attributes.lastModifiedTime().toMillis();
        Frame known = frames.get(file);
        if (known != null && known.modified() == modified && known.size() == attributes.size()) {
            return Optional.of(known);
        }
        Optional<Frame> cut = cut(file, modified, attributes.size());
        cut.ifPresentOrElse(frame -> frames.put(file, frame), () -> frames.remove(file));
        return cut;
    }

    private static Optional<Frame> cut(Path file, long modified, long size) {
        Document page;
        try {
            page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
        Element main = page.selectFirst("main");
        if (main == null) {
            return Optional.empty();
        }
        // The frame is the error page: a search engine must not index an answer, nor the frame's canonical URL.
        page.select("link[rel=canonical], link[rel=alternate]").remove();
        page.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
        // Holes marked with a token no page contains, then the serialised page is cut at them.
        String hole = "storysite-hole-" + UUID.randomUUID();
        page.title(hole + "t");
        main.text(hole + "m");
        String html = page.outerHtml();
        int title = html.indexOf(hole + "t");
        int body = html.indexOf(hole + "m");
        if (title < 0 || body < title) {
            return Optional.empty();
        }
        return Optional.of(new Frame(modified, size, html.substring(0, title),
                html.substring(title + hole.length() + 1, body), html.substring(body + hole.length() + 1)));
    }

    /** {@code /fr/non-envoye/} is {@code fr/non-envoye/index.html} in the folder; never a file outside it. */
    private Optional<Path> file(String sitePath) {
        String relative = sitePath.replaceFirst("^/+", "");
        Path file = root.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative)
                .normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
