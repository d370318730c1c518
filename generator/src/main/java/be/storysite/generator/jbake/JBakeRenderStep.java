package be.storysite.generator.jbake;

import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.BuildStamp;
import be.storysite.generator.pipeline.Step;
import be.storysite.generator.render.TemplateEngine;
import be.storysite.generator.write.OutputSink;
import freemarker.template.Template;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Step {@code render} of a JBake project: copies its files and renders every output of {@link JBakePlanner}
 * on all cores with JBake's data model. An output whose template is missing is left out with a warning (JBake
 * logs it and goes on); a template error is an error at its line.
 */
public final class JBakeRenderStep implements Step<JBakeRenderStep.Input, Map<String, Integer>> {

    /** The project and where to write it. */
    public record Input(JBakeProject project, OutputSink out) {
    }

    private final BuildStamp stamp;

    public JBakeRenderStep(BuildStamp stamp) {
        this.stamp = stamp;
    }

    @Override
    public String name() {
        return "render";
    }

    @Override
    public Map<String, Integer> run(Input input, BuildContext context) {
        JBakeProject project = input.project();
        Path templatesDir = context.source().resolve(project.config().get("template.folder"));
        TemplateEngine engine = new TemplateEngine(templatesDir, true);
        project.copies().forEach((path, file) -> input.out().copy(file, path));
        JBakeModel shared = new JBakeModel(project, context.today(), stamp.date(), stamp.version());
        List<JBakeOutput> outputs = new JBakePlanner(project, context.today()).plan(shared);
        Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        Set<String> reported = ConcurrentHashMap.newKeySet();
        context.parallel(name(), outputs, output -> {
            Optional<Template> template;
            try {
                template = engine.findFile(output.template());
            } catch (TemplateEngine.TemplateProblem e) {
                report(e, output, templatesDir, reported, context);
                return output;
            }
            if (template.isEmpty()) {
                if (reported.add(output.template())) {
                    context.problems().warning(SourcePosition.of(templatesDir.resolve(output.template())),
                            "no template " + output.template() + ": the " + output.kind() + " output "
                                    + output.path() + " is not written", "add the template, or turn its "
                                    + "render.* property off in jbake.properties");
                }
                return output;
            }
            try {
                Map<String, Object> model = shared.with(output.model());
                String text = engine.render(template.get(), model, Locale.getDefault());
                input.out().write(output.path(), text.getBytes(StandardCharsets.UTF_8));
                counts.computeIfAbsent(output.kind(), k -> new AtomicInteger()).incrementAndGet();
            } catch (TemplateEngine.TemplateProblem e) {
                report(e, output, templatesDir, reported, context);
            }
            return output;
        });
        Map<String, Integer> result = new HashMap<>();
        counts.forEach((k, v) -> result.put(k, v.get()));
        result.put("copied", project.copies().size());
        return result;
    }

    private static void report(TemplateEngine.TemplateProblem e, JBakeOutput output, Path templatesDir,
            Set<String> reported, BuildContext context) {
        if (reported.add(e.template() + ":" + e.line() + ":" + e.getMessage())) {
            context.problems().error(SourcePosition.of(templatesDir.resolve(e.template()), e.line(), e.column()),
                    "render: " + e.getMessage(), "while rendering " + output.path());
        }
    }
}
