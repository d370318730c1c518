package be.storysite.jbakecompat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/**
 * The fixture JBake sites under {@code src/test/resources/sites/}, written for these tests, and where their
 * outputs go ({@code target/jbake/<site>} for JBake, {@code target/storysite/<site>} for storysite).
 *
 * <pre>{@code
 * Path blog = FixtureSites.source("blog");
 * }</pre>
 */
public final class FixtureSites {

    /** Every fixture: each shows one part of the JBake contract (docs/jbake.md, "Fixtures"). */
    public static final List<String> NAMES = List.of("blog", "paginated", "custom-type", "no-extension", "assets");

    private FixtureSites() {
    }

    /** The fixture's source folder (as copied to the test class path). */
    public static Path source(String site) {
        return resource("/sites/" + site);
    }

    /** {@code target/<side>/<site>}: where one side's output of the fixture goes. */
    public static Path output(String side, String site) {
        return resource("/sites").getParent().getParent().resolve(side).resolve(site);
    }

    private static Path resource(String name) {
        URL url = FixtureSites.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name + " on the test class path (src/test/resources" + name + ")");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url + " is not a file path", e);
        }
    }
}
