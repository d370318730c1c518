package be.storysite.generator.memo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Reading a record's components for comparing and fingerprinting data-model values. */
class RecordComponentsTest {

    private record Link(int number, String url, boolean current) {
    }

    private final RecordComponents components = new RecordComponents();

    @Test
    void componentsInDeclarationOrder() {
        assertArrayEquals(new Object[] {2, "/klantverhalen/pagina/2/", false},
                components.of(new Link(2, "/klantverhalen/pagina/2/", false)));
    }

    @Test
    void sameComparesEveryComponentAndStopsAtTheFirstThatDiffers() {
        List<Object> compared = new ArrayList<>();
        assertTrue(components.same(new Link(2, "/a/", false), new Link(2, "/a/", false), (x, y) -> {
            compared.add(x);
            return Objects.equals(x, y);
        }));
        assertEquals(List.of(2, "/a/", false), compared);

        compared.clear();
        assertFalse(components.same(new Link(3, "/a/", false), new Link(2, "/a/", false), (x, y) -> {
            compared.add(x);
            return Objects.equals(x, y);
        }));
        assertEquals(List.of(3), compared, "nothing after the first difference is read");
        assertFalse(components.same(new Link(2, "/a/", false), new Link(2, "/a/", true), Objects::equals));
    }
}
