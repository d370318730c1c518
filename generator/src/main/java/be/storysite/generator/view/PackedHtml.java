package be.storysite.generator.view;

import be.storysite.generator.load.PackedText;
import freemarker.template.TemplateScalarModel;

/**
 * A body's HTML as a template reads it ({@code ${content.body?no_esc}}), unpacked only when a template asks: the
 * view of every item is made before rendering and lives until its end, so holding each body as a string kept
 * every body of the site in memory at once (about 18 KB per story).
 *
 * <pre>{@code
 * view.put("body", new PackedHtml(content.meta().file().body()));   // a template sees a string
 * }</pre>
 */
public final class PackedHtml implements TemplateScalarModel {

    private final PackedText html;

    public PackedHtml(PackedText html) {
        this.html = html;
    }

    @Override
    public String getAsString() {
        return html.text();
    }

    @Override
    public String toString() {
        return html.text();
    }
}
