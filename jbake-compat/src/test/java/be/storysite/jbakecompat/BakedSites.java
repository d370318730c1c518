package be.storysite.jbakecompat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The fixtures as JBake baked them, each baked once per test run (a bake forks a JVM and takes seconds) and
 * shared by every test class that declares a {@code BakedSites} parameter with
 * {@code @ExtendWith(BakedSites.Extension.class)}.
 *
 * <pre>{@code
 * @Test void indexExists(BakedSites baked) {
 *     assertThat(baked.jbake("blog").destination().resolve("index.html")).exists();
 * }
 * }</pre>
 */
public final class BakedSites {

    private final JBakeOracle oracle;
    private final Map<String, JBakeOracle.Bake> bakes = new ConcurrentHashMap<>();

    public BakedSites(JBakeOracle oracle) {
        this.oracle = oracle;
    }

    /** The fixture baked by JBake into {@code target/jbake/<site>}; baked on first use. */
    public JBakeOracle.Bake jbake(String site) {
        return bakes.computeIfAbsent(site, name -> {
            try {
                return oracle.bake(FixtureSites.source(name), FixtureSites.output("jbake", name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while JBake baked " + name, e);
            }
        });
    }

    /** Resolves {@code BakedSites} parameters with one instance kept in the root context for the whole run. */
    public static final class Extension implements ParameterResolver {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BakedSites.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == BakedSites.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent(BakedSites.class, key -> new BakedSites(JBakeOracle.fromBuild()), BakedSites.class);
        }
    }
}
