package be.storysite.generator.render;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.generator.assets.AssetIndex;
import be.storysite.generator.plan.PlannedPage;
import java.nio.file.Path;
import java.util.Set;

/**
 * What happens to a rendered HTML page before it is written: the build passes the post-processor
 * ({@code postprocess.PostProcessing}), so rendering does not know it and the two packages stay one job each.
 * One instance serves all render threads.
 *
 * <pre>{@code
 * PageFinisher finisher = finishing.forBuild(written, assets, templatesDir, baseUrl);
 * String html = finisher.finish(rendered, page, templatesDir.resolve("story.ftlh"), problems);
 * }</pre>
 */
@FunctionalInterface
public interface PageFinisher {

    /** The finished page; problems found in it (a broken link) go to {@code problems}. */
    String finish(String html, PlannedPage page, Path templateFile, Diagnostics problems);

    /** Makes one build's finisher once the URLs it writes are known. */
    @FunctionalInterface
    interface Factory {
        /**
         * @param written every URL the build writes (pages, feeds, form definitions), e.g. {@code /klantverhalen/}
         * @param baseUrl the site's absolute URL
         */
        PageFinisher forBuild(Set<String> written, AssetIndex assets, Path templatesDir, String baseUrl);
    }
}
