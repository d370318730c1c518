package be.storysite.generator.pipeline;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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

    /** This context with its problems going to {@code own}: for work whose problems are kept and reported again. */
    public BuildContext reportingTo(Diagnostics own) {
        return new BuildContext(options, own, listener, today, pool);
    }

    /** {@code fn} applied to every item on all cores, results in input order, progress reported as it goes. */
    public <T, R> List<R> parallel(String step, List<T> items, Function<T, R> fn) {
        return parallel(step, items, item -> null, fn);
    }

    /**
     * Like {@link #parallel(String, List, Function)}, and a failure on an item that is not a diagnostic (a bug, or
     * content that overflows a library's stack) becomes an error naming the step and {@code fileOf} that item:
     *
     * <pre>{@code
     * context.parallel("parse", files, SourceFile::path, file -> parse(file));
     * // content/stories/x.md: error: step 'parse' failed on this file: java.lang.StackOverflowError ...
     * }</pre>
     */
    public <T, R> List<R> parallel(String step, List<T> items, Function<T, Path> fileOf, Function<T, R> fn) {
        Function<T, R> guarded = item -> {
            try {
                return fn.apply(item);
            } catch (DiagnosticException | StepFailed e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                // A StackOverflowError is safe to catch: the stack has unwound to here, and nothing is shared.
                Path file = fileOf.apply(item);
                throw new DiagnosticException(step, Diagnostic.error(SourcePosition.of(file == null ? source() : file),
                        "step '" + step + "' failed on this file: " + e, e instanceof StackOverflowError
                                ? "something in this file is nested too deeply to process; flatten it"
                                : "this is a bug in storysite unless the message says otherwise; please report it "
                                        + "with this message"));
            }
        };
        int total = items.size();
        int every = Math.max(1, total / 100);
        // Each thread takes the next item as it comes free, rather than a parallel stream's fixed chunks (an
        // eighth of the items each on two cores): the first pages run in the interpreter and cost several times
        // the later ones, so a chunk could leave one core idle for a tenth of a second at the end of every step.
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Object[] results = new Object[total];
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < total && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    results[i] = guarded.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e); // the others stop taking items: the step has failed
                    return;
                }
                int n = done.incrementAndGet();
                if (n % every == 0 || n == total) {
                    listener.progress(step, n, total);
                }
            }
        };
        List<ForkJoinTask<?>> workers = new ArrayList<>();
        for (int w = Math.min(pool.getParallelism(), total); w > 0; w--) {
            workers.add(pool.submit(worker));
        }
        for (ForkJoinTask<?> w : workers) {
            try {
                w.get(); // not join(): a preview that is closed interrupts its rebuild, which must stop here
            } catch (InterruptedException e) {
                failure.compareAndSet(null, new IllegalStateException("build interrupted", e)); // workers stop
                Thread.currentThread().interrupt();
                throw new IllegalStateException("build interrupted", e);
            } catch (ExecutionException e) {
                // a worker records its failure and returns: only a failure outside an item lands here
                failure.compareAndSet(null, e.getCause());
            }
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException r) {
            throw r;
        } else if (failed instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }
}
