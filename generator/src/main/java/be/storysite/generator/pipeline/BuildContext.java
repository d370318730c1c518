package be.storysite.generator.pipeline;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.generator.BuildListener;
import be.storysite.generator.BuildOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What every step of one build shares: the options, the problems found so far, the listener, today's date and
 * the thread pool. Made per build and passed explicitly; nothing of it is static.
 *
 * @param options the build options
 * @param problems every error and warning of this build
 * @param listener progress events
 * @param today the build's date, for the future-date rule
 * @param pool the threads parse and render run on, one per core
 */
public record BuildContext(BuildOptions options, Diagnostics problems, BuildListener listener, LocalDate today,
        ForkJoinPool pool) {

    public Path source() {
        return options.source();
    }

    /** {@code fn} applied to every item on all cores, results in input order, progress reported as it goes. */
    public <T, R> List<R> parallel(String step, List<T> items, Function<T, R> fn) {
        AtomicInteger done = new AtomicInteger();
        int total = items.size();
        int every = Math.max(1, total / 100);
        try {
            return pool.submit(() -> items.parallelStream().map(item -> {
                R result = fn.apply(item);
                int n = done.incrementAndGet();
                if (n % every == 0 || n == total) {
                    listener.progress(step, n, total);
                }
                return result;
            }).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
