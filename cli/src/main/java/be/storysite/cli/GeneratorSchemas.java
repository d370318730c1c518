package be.storysite.cli;

import be.storysite.generator.load.ContentKind;
import be.storysite.generator.schema.Schema;
import java.lang.reflect.Method;

/**
 * The generator's own front matter schema of a content kind ({@code be.storysite.generator.model.ContentSchemas}),
 * so that {@code storysite new} writes exactly the fields the build checks, never a second list kept by hand.
 *
 * <p>{@code ContentSchemas.of(ContentKind)} is package-private in the generator; until it is public this reads it
 * reflectively, in this one place. A rename there fails {@code NewCommandTest}, not a marketer's build.
 */
final class GeneratorSchemas {

    private static final String CLASS = "be.storysite.generator.model.ContentSchemas";

    private GeneratorSchemas() {
    }

    static Schema of(ContentKind kind) {
        try {
            Method of = Class.forName(CLASS).getDeclaredMethod("of", ContentKind.class);
            of.setAccessible(true);
            return (Schema) of.invoke(null, kind);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this storysite's generator has no " + CLASS + ".of(ContentKind)", e);
        }
    }
}
