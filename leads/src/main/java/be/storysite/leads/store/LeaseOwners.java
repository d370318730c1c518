package be.storysite.leads.store;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names workers lease jobs under, {@code <pid>@<host>/<process start, epoch ms>/<random>} (e.g.
 * {@code 4242@web-1/1764755000123/3f9a0c1b}), and what such a name tells about its process: an SQLite store is
 * shared only by processes on one host (WAL mode needs shared memory), so a lease owner of this host whose process
 * no longer runs has died, and its claims can be taken back at once. The start time tells a reused process id
 * apart (a container restarts its service with the same small pid every time).
 *
 * <pre>{@code
 * String me = LeaseOwners.thisProcess();                            // "4242@web-1/1764755000123/3f9a0c1b"
 * LeaseOwners.deadOnThisHost("4241@web-1/1764754000456/77aa01c2");  // true once that process is gone
 * }</pre>
 */
public final class LeaseOwners {

    private static final Pattern OWNER = Pattern.compile("(\\d+)@([^/]+)/(\\d+)/.*");

    private LeaseOwners() {
    }

    /**
     * A new owner name for a worker of this process; the random part tells apart two workers in one process
     * (tests, the preview beside a service).
     */
    public static String thisProcess() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + startMillis(ProcessHandle.current()).orElse(0L)
                + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * True when {@code owner} names a process of this host that no longer runs (no process has its id, or the one
     * that has it started at another time); false when unsure (another host, a name of another form).
     */
    static boolean deadOnThisHost(String owner) {
        Matcher m = OWNER.matcher(owner == null ? "" : owner);
        if (!m.matches() || !m.group(2).equals(thisHost().orElse(null))) {
            return false;
        }
        long started = Long.parseLong(m.group(3));
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(m.group(1))).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return true;
        }
        Optional<Long> start = startMillis(process.get());
        return started != 0 && start.isPresent() && start.get() != started;
    }

    private static Optional<Long> startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli);
    }

    private static Optional<String> thisHost() {
        Matcher m = Pattern.compile("\\d+@(.+)").matcher(ManagementFactory.getRuntimeMXBean().getName());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
