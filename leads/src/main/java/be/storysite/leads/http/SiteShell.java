package be.storysite.leads.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page of the built site used as the frame of the lead service's own pages: its {@code <main>} is replaced, so
 * the answer has the site's header, navigation, styles and footer in the page's language. The frame is the form's
 * error page of that language ({@code error_page} in {@code contact-forms/<form>.yaml}), which every built site has;
 * it is read on every use, so a rebuild of the site (the preview) is picked up at once.
 *
 * <pre>{@code
 * SiteShell shell = new SiteShell(Path.of("target/site"));
 * Optional<String> html = shell.wrap("/fr/non-envoye/", "Vérifiez le formulaire", "<div>…</div>");
 * }</pre>
 *
 * @param site the built site folder ({@code ./storysite build}'s output)
 */
record SiteShell(Path site) {

    /**
     * The page at {@code sitePath} with {@code mainHtml} as its {@code <main>} and {@code title} in its
     * {@code <title>}; empty when that page is not (yet) built or has no {@code <main>}.
     */
    Optional<String> wrap(String sitePath, String title, String mainHtml) {
        Optional<Path> file = file(sitePath);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Document page;
        try {
            page = Jsoup.parse(Files.readString(file.get(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
        Element main = page.selectFirst("main");
        if (main == null) {
            return Optional.empty();
        }
        main.html(mainHtml);
        page.title(title);
        // The frame is the error page: a search engine must not index an answer, nor the frame's canonical URL.
        page.select("link[rel=canonical], link[rel=alternate]").remove();
        page.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
        return Optional.of(page.outerHtml());
    }

    /** {@code /fr/non-envoye/} is {@code fr/non-envoye/index.html} in the folder; never a file outside it. */
    private Optional<Path> file(String sitePath) {
        Path root = site.toAbsolutePath().normalize();
        String relative = sitePath.replaceFirst("^/+", "");
        Path file = root.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative)
                .normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
