package be.storysite.core.html;

/**
 * The code base's one HTML escaper, for the few places that write HTML by hand; everything rendered through
 * Freemarker ({@code .ftlh}) is escaped by Freemarker itself. The five characters that matter in text and in
 * quoted attribute values become entities, so anything a visitor typed stays text.
 *
 * <pre>{@code
 * HtmlText.escape("<b>\"Tom & Jerry's\"</b>");   // &lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;
 * }</pre>
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** {@code & < > " '} as entities; {@code null} is the empty text. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String entity = entity(text.charAt(i));
            if (entity != null && out == null) {
                // Most texts have nothing to escape: only copy once the first special character shows up.
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(text.charAt(i));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String entity(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
