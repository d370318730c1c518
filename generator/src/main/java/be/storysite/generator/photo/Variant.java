package be.storysite.generator.photo;

/**
 * One file made from a photo: a size in one format, published at {@code url}, cached under {@code key}.
 *
 * <pre>{@code
 * new Variant("/assets/images/photos/stadhuis-800.3f2a9c1b7d.webp", 800, 533, "webp", "3f2a9c1b7d...")
 * }</pre>
 *
 * @param url the site path, content-hashed: the key's first 10 hex digits
 * @param format {@code webp}, {@code jpeg} or {@code png}
 * @param key the cache key: the hash of the source's bytes, width, format and encoder settings
 */
public record Variant(String url, int width, int height, String format, String key) {

    /** The file extension of the format. */
    public String extension() {
        return format.equals("jpeg") ? "jpg" : format;
    }

    /** The MIME type, for {@code <source type>}. */
    public String mimeType() {
        return "image/" + format;
    }
}
