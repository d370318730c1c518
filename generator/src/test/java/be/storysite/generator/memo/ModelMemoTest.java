package be.storysite.generator.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ModelMemoTest {

    private static final ModelMemo.Slot SLOT = new ModelMemo.Slot("/klantverhalen/a/", "search_terms");

    private record Contact(String name, List<String> services) {
    }

    private final AtomicInteger calls = new AtomicInteger();
    private final Function<String, List<String>> words = text -> {
        calls.incrementAndGet();
        return List.of(text.split(" "));
    };

    @Test
    void deriveRunsTheFunctionAgainOnlyForADifferentInput() {
        ModelMemo memo = new ModelMemo();
        memo.nextBuild();
        List<String> first = memo.derive(SLOT, "thuis werken", words);
        memo.nextBuild();
        List<String> again = memo.derive(SLOT, new String("thuis werken"), words); // equal, not the same object
        memo.nextBuild();
        List<String> other = memo.derive(SLOT, "thuis leren", words);

        assertSame(first, again, "an equal input hands back last build's result");
        assertEquals(2, calls.get());
        assertEquals(List.of("thuis", "leren"), other);
    }

    @Test
    void noneDerivesEveryTime() {
        ModelMemo.NONE.derive(SLOT, "thuis werken", words);
        ModelMemo.NONE.derive(SLOT, "thuis werken", words);
        assertEquals(2, calls.get());
    }

    @Test
    void sameHandsBackTheKeptValueWhenEqualInOrder() {
        ModelMemo memo = new ModelMemo();
        memo.nextBuild();
        Map<String, Object> kept = memo.same(SLOT, map("title", "A", "date", "2024-01-01"));
        memo.nextBuild();
        assertSame(kept, memo.same(SLOT, map("title", "A", "date", "2024-01-01")));
        memo.nextBuild();
        Map<String, Object> reordered = map("date", "2024-01-01", "title", "A");
        assertSame(reordered, memo.same(SLOT, reordered), "a template may list a map: its order counts");
    }

    @Test
    void recordsCompareByComponentsOtherObjectsByIdentity() {
        ModelMemo memo = new ModelMemo();
        assertTrue(memo.equal(new Contact("Karim", new ArrayList<>(List.of("cyber"))),
                new Contact("Karim", new ArrayList<>(List.of("cyber")))));
        assertFalse(memo.equal(new Contact("Karim", List.of("cyber")), new Contact("Karim", List.of("cloud"))));
        assertFalse(memo.equal(new StringBuilder("a"), new StringBuilder("a")), "an object with methods");
        assertNotSame(memo.same(SLOT, new StringBuilder("a")), memo.same(SLOT, new StringBuilder("a")));
    }

    private static Map<String, Object> map(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
