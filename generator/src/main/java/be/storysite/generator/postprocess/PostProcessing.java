package be.storysite.generator.postprocess;

import be.storysite.generator.assets.AssetIndex;
import be.storysite.generator.model.Content;
import be.storysite.generator.plan.PlannedPage;
import be.storysite.generator.render.PageFinisher;
import java.nio.file.Path;
import java.util.Set;

/**
 * The post-processor as the render step's {@link PageFinisher}: one {@link HtmlPostProcessor} per build, told for
 * each page where it came from so that a broken link is reported in the content file or template that wrote it.
 *
 * <pre>{@code
 * new RenderStep(stamp, engine, PostProcessing::forBuild)
 * }</pre>
 */
public final class PostProcessing {

    private PostProcessing() {
    }

    /** A {@link PageFinisher.Factory}: the post-processor of a build writing {@code written}. */
    public static PageFinisher forBuild(Set<String> written, AssetIndex assets, Path templatesDir, String baseUrl) {
        HtmlPostProcessor post = new HtmlPostProcessor(written, assets, new ImageSizes(),
                new LinkLocator(templatesDir), baseUrl);
        return (html, page, templateFile, problems) -> post.process(html, source(page, templateFile), problems);
    }

    private static PageSource source(PlannedPage page, Path templateFile) {
        Content content = page.content().orElse(null);
        return content == null ? new PageSource(page.url(), null, "", templateFile)
                // the model no longer holds the file's text: the locator reads it if a link is broken
                : new PageSource(page.url(), content.meta().file().source().path(), null, templateFile);
    }
}
