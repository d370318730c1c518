package be.storysite.generator.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The browser's stemmer for one language, as one script: the Snowball licence as a comment, the base stemmer, the
 * language's algorithm, and a line that registers it as {@code window.storysiteStemmer} (what
 * {@code assets/js/search.js} calls once the script has loaded).
 *
 * <pre>{@code
 * byte[] js = StemmerScript.of("dutch-stemmer.js");
 * }</pre>
 */
final class StemmerScript {

    private StemmerScript() {
    }

    static byte[] of(String algorithm) {
        String className = algorithm.substring(0, 1).toUpperCase() + algorithm.substring(1, algorithm.indexOf('-'))
                + "Stemmer";
        String script = "/*\n" + resource("COPYING") + "*/\n" + compact(resource("base-stemmer.js")) + "\n"
                + compact(resource(algorithm)) + "\nwindow.storysiteStemmer = new " + className + "();\n";
        return script.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The generated code without its indentation and its JSDoc type comments ({@code @const}): a third of its
     * bytes, loaded by the first search. Safe for this code: no string or regular expression spans lines or holds
     * a comment.
     */
    static String compact(String generated) {
        return TYPE_COMMENT.matcher(INDENT.matcher(generated).replaceAll("")).replaceAll("");
    }

    private static final Pattern INDENT = Pattern.compile("(?m)^[ \\t]+");
    private static final Pattern TYPE_COMMENT = Pattern.compile("/\\*\\*[^*]*\\*/ ?");

    private static String resource(String name) {
        try (InputStream in = StemmerScript.class.getResourceAsStream("snowball/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource search/snowball/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
