package be.storysite.leads.http;

import be.storysite.core.html.HtmlText;

/** Escaping for text and attribute values in the pages the service renders itself. */
final class Html {

    private Html() {
    }

    /** The code base's one escaper ({@link HtmlText#escape}): {@code '} becomes {@code &#39;}; null becomes empty. */
    static String escape(String text) {
        return HtmlText.escape(text);
    }
}
