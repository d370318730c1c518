package be.storysite.generator.photo;

/**
 * How front matter names a file under {@code assets/}: {@code images/x.svg}, {@code assets/images/x.svg} and
 * {@code /assets/images/x.svg} all mean the same file.
 *
 * <pre>{@code
 * AssetPaths.relative("/assets/images/x.jpg");   // "images/x.jpg"
 * }</pre>
 */
public final class AssetPaths {

    private AssetPaths() {
    }

    /** The path relative to {@code assets/}, with forward slashes. */
    public static String relative(String value) {
        String path = value.replace('\\', '/');
        path = path.startsWith("/") ? path.substring(1) : path;
        return path.startsWith("assets/") ? path.substring("assets/".length()) : path;
    }
}
