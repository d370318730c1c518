package be.storysite.leads.http;

import org.eclipse.jetty.util.StringUtil;

/** Escaping for text and attribute values in the pages the service renders itself. */
final class Html {

    private Html() {
    }

    /**
     * {@code <b>"x"&'y'</b>} becomes {@code &lt;b&gt;&quot;x&quot;&amp;&apos;y&apos;&lt;/b&gt;} (Jetty's escaping,
     * which also replaces characters XML does not allow); null becomes empty.
     */
    static String escape(String text) {
        return text == null ? "" : StringUtil.sanitizeXmlString(text);
    }
}
