package be.storysite.generator.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import be.storysite.generator.memo.ModelMemo;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The preview makes a page's {@code page} value and JSON-LD again only when what they are made from
 * ({@link JsonLd.Input}, and the page facts around it) differs from last build's: a changed value read must make
 * it again, the same or equal values must not.
 */
class JsonLdInputTest {

    private static final ModelMemo.Slot SLOT = new ModelMemo.Slot("/klantverhalen/a/", "page");
    private static final Map<String, Object> ORGANIZATION = Map.of("@type", "Organization", "name", "Testbedrijf");
    private static final Map<String, Object> BY_ORGANIZATION = Map.of("@id", "https://example.test/#organization");

    private final AtomicInteger made = new AtomicInteger();
    private final Function<JsonLd.Input, String> text = in -> {
        made.incrementAndGet();
        return in.title() + " " + in.about();
    };

    private static JsonLd.Input input(String title, String serviceTitle, Map<String, Object> organization) {
        return new JsonLd.Input("https://example.test/klantverhalen/a/", "nl-BE", null, title, "Een verhaal",
                List.of(new Crumb("Home", "/"), new Crumb(title, "/klantverhalen/a/")),
                List.of(new Crumb(serviceTitle, "https://example.test/diensten/werkplek/")), null, organization,
                BY_ORGANIZATION);
    }

    /** The value of the first build, then of the next one, for the inputs each build gathered. */
    private List<String> twoBuilds(JsonLd.Input first, JsonLd.Input next) {
        ModelMemo memo = new ModelMemo();
        memo.nextBuild();
        String made = memo.derive(SLOT, first, text);
        memo.nextBuild();
        return List.of(made, memo.derive(SLOT, next, text));
    }

    @Test
    void equalInputsKeepLastBuildsValueWithoutMakingItAgain() {
        // built anew from an unchanged site: other objects, equal values
        List<String> values = twoBuilds(input("Verhaal A", "Werkplek", ORGANIZATION),
                input(new String("Verhaal A"), new String("Werkplek"), ORGANIZATION));

        assertSame(values.get(0), values.get(1));
        assertEquals(1, made.get());
    }

    @Test
    void aServiceTitleTheStoryReadsMakesItAgain() {
        List<String> values = twoBuilds(input("Verhaal A", "Werkplek", ORGANIZATION),
                input("Verhaal A", "Werkplek in de wolk", ORGANIZATION));

        assertEquals(2, made.get());
        assertEquals("Verhaal A [Crumb[name=Werkplek in de wolk, url=https://example.test/diensten/werkplek/]]",
                values.get(1));
    }

    @Test
    void anotherPublisherNodeMakesItAgain() {
        List<String> values = twoBuilds(input("Verhaal A", "Werkplek", ORGANIZATION),
                input("Verhaal A", "Werkplek", Map.of("@type", "Organization", "name", "Ander bedrijf")));

        assertNotSame(values.get(0), values.get(1));
        assertEquals(2, made.get());
    }
}
