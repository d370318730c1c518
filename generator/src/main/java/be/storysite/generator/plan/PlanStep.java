package be.storysite.generator.plan;

import be.storysite.generator.model.Site;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import java.util.List;

/** Step {@code plan}: decides every page and its URL before anything is rendered, so links can be checked. */
public final class PlanStep implements Step<Site, List<PlannedPage>> {

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public List<PlannedPage> run(Site site, BuildContext context) {
        return new SitePlanner(new Urls(site.config()), site.config().pageSize()).plan(site, context.problems());
    }
}
