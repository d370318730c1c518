package be.storysite.leads.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Unique Maildir file names, as the Maildir specification asks: {@code <seconds>.M<usec>P<pid>Q<n>R<random>.<host>}
 * (the modern "M", "P", "Q" and "R" parts: microseconds, process id, a per-writer delivery counter and random
 * bytes, so two writers in one process or two processes on one host never collide).
 *
 * <pre>{@code
 * new MaildirNames(Clock.systemUTC()).next();   // "1764384000.M123456P4242Q1R9f2c4b1a.buildhost"
 * }</pre>
 */
public final class MaildirNames {

    private final Clock clock;
    private final long pid = ProcessHandle.current().pid();
    private final String host = hostPart();
    private final AtomicLong deliveries = new AtomicLong();
    private final SecureRandom random = new SecureRandom();

    public MaildirNames(Clock clock) {
        this.clock = clock;
    }

    public String next() {
        Instant now = clock.instant();
        byte[] noise = new byte[4];
        random.nextBytes(noise);
        return now.getEpochSecond() + ".M" + now.getNano() / 1000 + "P" + pid + "Q" + deliveries.incrementAndGet()
                + "R" + HexFormat.of().formatHex(noise) + "." + host;
    }

    /** The host name with "/" and ":" escaped as the specification says (they would break the file name). */
    private static String hostPart() {
        String name;
        try {
            name = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            name = "localhost";
        }
        return name.replace("/", "\\057").replace(":", "\\072");
    }
}
