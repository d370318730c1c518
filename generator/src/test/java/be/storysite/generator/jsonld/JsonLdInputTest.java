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

    @Test
    void equalInputsKeepLastBuildsValueWithoutMakingItAgain() {
        ModelMemo memo = new ModelMemo();
        memo.nextBuild();
        String first = memo.derive(SLOT, input("Verhaal A", "Werkplek", ORGANIZATION), text);
        memo.nextBuild();
        // built anew from an unchanged site: other objects, equal values
        String again = memo.derive(SLOT, input(new String("Verhaal A"), new String("Werkplek"), ORGANIZATION), text);

        assertSame(first, again);
        assertEquals(1, made.get());
    }

    @Test
    void aServiceTitleTheStoryReadsMakesItAgain() {
        ModelMemo memo = new ModelMemo();
        memo.nextBuild();
        memo.derive(SLOT, input("Verhaal A", "Werkplek", ORGANIZATION), text);
        memo.nextBuild();
        String renamed = memo.derive(SLOT, input("Verhaal A", "Werkplek in de wolk", ORGANIZATION), text);

        assertEquals(2, made.get());
        assertEquals("Verhaal A [Crumb[name=Werkplek in de wolk, url=https://example.test/diensten/werkplek/]]",
                renamed);
    }

    @Test
    void anotherPublisherNodeMakesItAgain() {
        ModelMemo memo = new ModelMemo();
        memo.nextBuild();
        String first = memo.derive(SLOT, input("Verhaal A", "Werkplek", ORGANIZATION), text);
        memo.nextBuild();
        String other = memo.derive(SLOT, input("Verhaal A", "Werkplek",
                Map.of("@type", "Organization", "name", "Ander bedrijf")), text);

        assertNotSame(first, other);
        assertEquals(2, made.get());
    }
}
