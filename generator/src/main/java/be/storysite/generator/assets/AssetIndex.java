package be.storysite.generator.assets;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The files copied from {@code assets/}, by site path, and the fingerprinted names of CSS and JS files.
 *
 * <pre>{@code
 * index.rewrite("/assets/css/site.css");   // Optional[/assets/css/site.3f2a9c1b.css]
 * index.file("/assets/images/logo.svg");   // Optional[<source>/assets/images/logo.svg], for image sizes
 * }</pre>
 *
 * @param files every asset's source file by the site path it is published at (original name)
 * @param rewrites fingerprinted site path by original site path, for CSS and JS
 */
public record AssetIndex(Map<String, Path> files, Map<String, String> rewrites) {

    public AssetIndex {
        files = Map.copyOf(files);
        rewrites = Map.copyOf(rewrites);
    }

    /**
     * This index with more published files, e.g. the photo variants the {@code images} step wrote:
     * {@code index.with(Map.of("/assets/images/photos/x-800.3f2a9c1b7d.webp", cachedFile))}.
     */
    public AssetIndex with(Map<String, Path> more) {
        Map<String, Path> all = new java.util.HashMap<>(files);
        all.putAll(more);
        return new AssetIndex(all, rewrites);
    }

    public Optional<Path> file(String sitePath) {
        return Optional.ofNullable(files.get(sitePath));
    }

    public Optional<String> rewrite(String sitePath) {
        return Optional.ofNullable(rewrites.get(sitePath));
    }

    /** Whether the path names a published asset, under its original or its fingerprinted name. */
    public boolean exists(String sitePath) {
        return files.containsKey(sitePath) || rewrites.containsValue(sitePath);
    }
}
