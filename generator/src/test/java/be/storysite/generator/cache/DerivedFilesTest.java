package be.storysite.generator.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerivedFilesTest {

    @TempDir
    Path dir;

    @Test
    void producesOnceThenReadsBack() {
        DerivedFiles cache = DerivedFiles.beside(dir.resolve("site"));
        AtomicInteger calls = new AtomicInteger();
        String key = DerivedFiles.key("v1", "quote", new byte[] {1, 2});
        byte[] first = cache.get("cards", key, "png", () -> new byte[] {(byte) calls.incrementAndGet()});
        byte[] second = cache.get("cards", key, "png", () -> new byte[] {(byte) calls.incrementAndGet()});
        assertThat(first).containsExactly(1);
        assertThat(second).containsExactly(1);
        assertThat(calls).hasValue(1);
        assertThat(dir.resolve(".site.cache/cards/" + key + ".png")).exists();
    }

    @Test
    void keysSeparateTheirInputs() {
        assertThat(DerivedFiles.key("ab", "c")).isNotEqualTo(DerivedFiles.key("a", "bc"));
        assertThat(DerivedFiles.key("ab", "c")).isEqualTo(DerivedFiles.key("ab", "c")).hasSize(40);
    }

    @Test
    void aFailedProducerLeavesNoEntry() throws Exception {
        DerivedFiles cache = new DerivedFiles(dir);
        String key = DerivedFiles.key("x");
        assertThatThrownBy(() -> cache.get("images", key, "webp", () -> {
            throw new java.io.IOException("encoder failed");
        })).hasMessageContaining("images/" + key + ".webp");
        assertThat(Files.exists(cache.path("images", key, "webp"))).isFalse();
    }

    @Test
    void refusesPathsOutsideTheCache() {
        assertThatThrownBy(() -> new DerivedFiles(dir).path("../x", DerivedFiles.key("a"), "png"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
