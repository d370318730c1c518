package be.storysite.leads.http;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.leads.app.LeadServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, acceptance 1: a few hundred slow-header and slow-body connections, from one address and from several
 * (127.0.0.x), while a legitimate client posts (and asks {@code /healthz}) from its own address; once on an idle
 * machine and once with every core kept busy by spinning threads. Every legitimate request is answered within 2 s,
 * each slow connection is closed within its timeout (or at once, over the per-address cap), and connections and
 * busy threads go back to normal.
 * The timeouts are short here (header 2 s, body 3 s) and the idle timeout long (10 s), so a connection closed in time
 * was closed by the header or body limit, not by idleness.
 */
class SlowClientFloodTest {

    private static final String LIMITS = TestService.GENEROUS_RATE
            + "  header_timeout_seconds: 2\n  body_timeout_seconds: 3\n  idle_timeout_seconds: 10\n"
            + "  min_request_data_rate: 50\n  max_connections: 1000\n  max_connections_per_address: 20\n";
    private static final int CAP_PER_ADDRESS = 20;
    /** Header timeout 2 s (closed within 1.25 of it) and body deadline 3 s, plus room for a loaded machine. */
    private static final Duration HEADER_BOUND = Duration.ofMillis(5000);
    private static final Duration BODY_BOUND = Duration.ofMillis(6000);
    private static final Duration LEGITIMATE_BOUND = Duration.ofSeconds(2);
    private static final Duration ATTACK = Duration.ofSeconds(8);
    private static final InetAddress LEGITIMATE = address("127.0.0.200");
    private static final InetAddress LONE_ATTACKER = address("127.0.0.2");

    @TempDir
    Path temp;

    @Test
    void slowClientsAreCutOffAndLegitimatePostsGoThroughOnAnIdleMachine() throws Exception {
        floodWhilePosting(0);
    }

    @Test
    void slowClientsAreCutOffAndLegitimatePostsGoThroughWithEveryCoreBusy() throws Exception {
        floodWhilePosting(2 * Runtime.getRuntime().availableProcessors());
    }

    private void floodWhilePosting(int spinningThreads) throws Exception {
        try (TestService service = TestService.start(temp, LIMITS, "delivery: {enabled: false}\n")) {
            LeadServer server = service.server();
            int port = service.uri("/").getPort();
            int busyBefore = server.busyThreads();
            ExecutorService threads = Executors.newFixedThreadPool(1 + Math.max(1, spinningThreads));
            try {
                long spinEnd = System.nanoTime() + ATTACK.toNanos() + TimeUnit.SECONDS.toNanos(4);
                for (int i = 0; i < spinningThreads; i++) {
                    threads.submit(() -> spin(spinEnd));
                }
                List<SlowConnection> slow = new ArrayList<>();
                // one address: 100 slow heads and 100 slow bodies, far over its cap of 20
                for (int i = 0; i < 100; i++) {
                    slow.add(SlowConnection.open(LONE_ATTACKER, port, i % 2 == 0));
                    slow.add(SlowConnection.open(LONE_ATTACKER, port, i % 2 != 0));
                    // opening takes a while on a busy machine: meanwhile notice what the server closed
                    trickleEvery(10, slow);
                }
                // twenty addresses: 10 slow heads and 5 slow bodies each, within the cap
                for (int a = 10; a < 30; a++) {
                    for (int i = 0; i < 15; i++) {
                        slow.add(SlowConnection.open(address("127.0.0." + a), port, i < 10));
                        trickleEvery(10, slow);
                    }
                }
                long end = System.nanoTime() + ATTACK.toNanos();
                Future<List<RawClient.Answer>> legitimate = threads.submit(() -> postEvery250ms(port, end));
                int maxOpen = 0;
                List<Integer> busy = new ArrayList<>();
                while (System.nanoTime() < end + TimeUnit.SECONDS.toNanos(2) && slow.stream().anyMatch(c -> c.open)) {
                    for (SlowConnection connection : slow) {
                        connection.trickle();
                    }
                    maxOpen = Math.max(maxOpen, server.openConnections());
                    busy.add(server.busyThreads());
                    Thread.sleep(200);
                }
                List<RawClient.Answer> answers = legitimate.get(30, TimeUnit.SECONDS);
                int medianBusy = busy.stream().sorted().toList().get(busy.size() / 2);
                System.out.printf("flood with %d spinning threads: %d legitimate posts, slowest %d ms; %d slow"
                                + " connections; at most %d open; busy request threads median %d, max %d%n",
                        spinningThreads, answers.size(), answers.stream().mapToLong(a -> a.took().toMillis()).max()
                                .orElse(0), slow.size(), maxOpen, medianBusy, busy.stream().mapToInt(b -> b).max()
                                .orElse(0));

                assertThat(answers).hasSizeGreaterThan(10).allSatisfy(answer -> {
                    assertThat(answer.status()).isEqualTo(303);
                    assertThat(answer.took()).isLessThan(LEGITIMATE_BOUND);
                });
                assertThat(service.store().count()).isEqualTo(answers.size());
                assertThat(maxOpen).isLessThanOrEqualTo(1000);
                // while ~300 slow connections were held, they held no request thread (the old blocking read held
                // one per slow body, 120 here); bursts come and go as connections open and bodies are cut off
                assertThat(medianBusy).as("busy request threads while slow connections were held, %s", busy)
                        .isLessThan(20);
                for (SlowConnection connection : slow) {
                    assertThat(connection.open).as("%s still open", connection).isFalse();
                    assertThat(connection.lifetime()).as(connection.toString())
                            .isLessThan(connection.header ? HEADER_BOUND : BODY_BOUND);
                    if (connection.answer.length() > 0) {
                        assertThat(connection.answer.toString()).as(connection.toString()).startsWith("HTTP/1.1 408");
                    }
                }
                // of the lone attacker's 100 slow bodies, only those among its 20 admitted connections were read
                // (and answered 408 at the deadline); the others were closed unanswered as they opened
                List<SlowConnection> loneBodiesRead = slow.stream().filter(c -> c.from.equals(LONE_ATTACKER)
                        && !c.header && c.answer.toString().startsWith("HTTP/1.1 408")).toList();
                assertThat(loneBodiesRead.size()).as("the lone attacker's slow bodies that were read: %s",
                        loneBodiesRead).isBetween(1, CAP_PER_ADDRESS);
                // the twenty addresses' 100 slow bodies were read until their deadline and answered 408; a client
                // that keeps sending after the server closed gets a reset, which can discard the 408 before it is
                // read (seen: 90 of 100 on a loaded machine), so only most are required here; every close was
                // checked above
                long spreadBodiesCut = slow.stream().filter(c -> !c.from.equals(LONE_ATTACKER) && !c.header
                        && c.answer.toString().startsWith("HTTP/1.1 408")).count();
                assertThat(spreadBodiesCut).as("slow bodies of the twenty addresses answered 408").isGreaterThan(50);
            } finally {
                threads.shutdownNow();
            }
            waitUntil(() -> server.openConnections() == 0 && server.busyThreads() <= busyBefore);
            assertThat(server.openConnections()).isZero();
            assertThat(server.busyThreads()).isLessThanOrEqualTo(busyBefore);
        }
    }

    private static void trickleEvery(int opened, List<SlowConnection> slow) {
        if (slow.size() % opened == 0) {
            slow.forEach(SlowConnection::trickle);
        }
    }

    private static List<RawClient.Answer> postEvery250ms(int port, long end) throws Exception {
        List<RawClient.Answer> answers = new ArrayList<>();
        Map<String, String> headers = Map.of("Content-Type", "application/x-www-form-urlencoded",
                "Origin", TestService.ORIGIN);
        while (System.nanoTime() < end) {
            String body = TestService.urlEncoded(TestService.validForm(answers.size())); // each a lead of its own
            answers.add(RawClient.post(LEGITIMATE, port, "/leads/contact", headers, body, Duration.ofSeconds(10)));
            RawClient.Answer health = RawClient.get(LEGITIMATE, port, "/healthz", Duration.ofSeconds(10));
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.took()).as("/healthz under attack").isLessThan(LEGITIMATE_BOUND);
            Thread.sleep(250);
        }
        return answers;
    }

    private static void spin(long end) {
        long x = 0;
        while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
            x += System.nanoTime() % 7;
        }
        if (x == 42) {
            System.out.print("");
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
    }

    private static InetAddress address(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One slow client: a head sent a few bytes at a time and never finished, or a full head announcing a 16,000-byte
     * body that then trickles at 100 bytes a second (above the minimum rate, so only the deadline stops it).
     */
    private static final class SlowConnection {
        private final InetAddress from;
        private final boolean header;
        private final SocketChannel channel;
        private final long openedNanos = System.nanoTime();
        private final StringBuilder answer = new StringBuilder();
        private long closedNanos;
        private boolean open = true;
        private int sent;

        private SlowConnection(InetAddress from, boolean header, SocketChannel channel) {
            this.from = from;
            this.header = header;
            this.channel = channel;
        }

        static SlowConnection open(InetAddress from, int port, boolean header) throws IOException {
            SocketChannel channel = SocketChannel.open();
            channel.bind(new InetSocketAddress(from, 0));
            channel.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            channel.configureBlocking(false);
            SlowConnection connection = new SlowConnection(from, header, channel);
            connection.write(header ? "POST /leads/contact HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    : "POST /leads/contact HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: " + TestService.ORIGIN
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 16000\r\n\r\n");
            return connection;
        }

        /** Sends the next few bytes (a header line's worth, or 20 body bytes), then reads what the server said. */
        void trickle() {
            if (!open) {
                return;
            }
            write(header ? "X-" + (sent++ % 10) : "a".repeat(20));
            read();
        }

        private void write(String text) {
            try {
                channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
            } catch (IOException e) {
                closed();
            }
        }

        private void read() {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            try {
                int n;
                while ((n = channel.read(buffer)) > 0) {
                    answer.append(new String(buffer.array(), 0, n, StandardCharsets.US_ASCII));
                    buffer.clear();
                }
                if (n < 0) {
                    closed();
                }
            } catch (IOException e) {
                closed();
            }
        }

        private void closed() {
            if (open) {
                open = false;
                closedNanos = System.nanoTime();
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // already closed by the server
                }
            }
        }

        Duration lifetime() {
            return Duration.ofNanos((open ? System.nanoTime() : closedNanos) - openedNanos);
        }

        @Override
        public String toString() {
            return (header ? "slow head" : "slow body") + " from " + from.getHostAddress() + " closed after "
                    + lifetime().toMillis() + " ms, answer '" + answer.toString().lines().findFirst().orElse("") + "'";
        }
    }
}
