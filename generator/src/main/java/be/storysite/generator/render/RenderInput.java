package be.storysite.generator.render;

import be.storysite.generator.contactform.SiteForm;
import be.storysite.generator.assets.AssetIndex;
import be.storysite.generator.card.ShareCards;
import be.storysite.generator.model.Site;
import be.storysite.generator.plan.PlannedPage;
import be.storysite.generator.write.OutputSink;
import java.util.List;
import java.util.Optional;

/**
 * What the render step needs from the steps before it.
 *
 * @param site the published site
 * @param pages every page to write
 * @param assets the published assets, for link checks and fingerprinted names
 * @param form the contact form, if the site has one
 * @param out where pages are written
 * @param cards the share cards drawn for the pages ({@code og:image})
 */
public record RenderInput(Site site, List<PlannedPage> pages, AssetIndex assets, Optional<SiteForm> form,
        OutputSink out, ShareCards cards) {
}
