package be.storysite.generator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.Diagnostics;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The last line of defence: whatever fails on one file of a parallel step, the error names the step and file. */
class BuildContextTest {

    private final ForkJoinPool pool = new ForkJoinPool(2);
    private final BuildContext context = new BuildContext(BuildOptions.of(Path.of("site"), Path.of("out")),
            new Diagnostics(), BuildListener.NONE, LocalDate.of(2025, 1, 15), pool);

    @AfterEach
    void stop() {
        pool.shutdown();
    }

    private static int recurse(int n) {
        return n <= 0 ? 0 : 1 + recurse(n + 1);
    }

    @Test
    void aFailureOnOneFileNamesTheStepAndTheFile() {
        List<Path> files = List.of(Path.of("site/content/a.md"), Path.of("site/content/b.md"));

        assertThatThrownBy(() -> context.parallel("parse", files, file -> file, file -> {
            if (file.endsWith("b.md")) {
                throw new IllegalStateException("kapot");
            }
            return file;
        })).isInstanceOf(DiagnosticException.class).satisfies(e -> assertThat(
                ((DiagnosticException) e).diagnostics().get(0).headline(Path.of("site")))
                .isEqualTo("content/b.md: error: step 'parse' failed on this file: java.lang.IllegalStateException: "
                        + "kapot"));
    }

    @Test
    void aStackOverflowOnOneFileIsAnErrorNamingIt() {
        List<Path> files = List.of(Path.of("site/content/diep.md"));

        assertThatThrownBy(() -> context.parallel("render", files, file -> file, file -> recurse(1)))
                .isInstanceOf(DiagnosticException.class).satisfies(e -> assertThat(
                        ((DiagnosticException) e).diagnostics().get(0).headline(Path.of("site")))
                        .isEqualTo("content/diep.md: error: step 'render' failed on this file: "
                                + "java.lang.StackOverflowError"));
    }

    @Test
    void resultsComeInInputOrderFromBothThreadsNullsIncluded() {
        List<Integer> items = java.util.stream.IntStream.range(0, 1_000).boxed().toList();
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.CountDownLatch both = new java.util.concurrent.CountDownLatch(2);

        List<String> results = context.parallel("render", items, i -> {
            if (threads.add(Thread.currentThread().getName())) {
                both.countDown();
            }
            if (i < 2) { // the first two items wait for each other: each thread has taken one
                await(both);
            }
            return i % 7 == 0 ? null : "page-" + i;
        });

        assertThat(threads).hasSize(2);
        assertThat(results).hasSize(1_000);
        for (int i = 0; i < 1_000; i++) {
            assertThat(results.get(i)).isEqualTo(i % 7 == 0 ? null : "page-" + i);
        }
    }

    @Test
    void afterAFailureTheOtherThreadTakesNoNewItems() {
        List<Integer> items = java.util.stream.IntStream.range(0, 10_000).boxed().toList();
        java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();

        assertThatThrownBy(() -> context.parallel("parse", items, i -> Path.of("site/content/" + i + ".md"), i -> {
            taken.incrementAndGet();
            if (i == 10) {
                throw new IllegalStateException("kapot");
            }
            sleep(); // a millisecond an item: the failure is seen long before the other thread is through
            return i;
        })).isInstanceOf(DiagnosticException.class);
        // the other thread may finish the item it holds; nowhere near all ten thousand are taken
        assertThat(taken.get()).isLessThan(5_000);
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            assertThat(latch.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
