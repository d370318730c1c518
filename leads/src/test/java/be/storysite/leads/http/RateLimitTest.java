package be.storysite.leads.http;

import static be.storysite.leads.http.TestService.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token bucket per client address, and which address that is behind a trusted and an untrusted proxy. Clients
 * are plain sockets bound to loopback addresses (127.0.0.x), so each test can be several clients.
 */
class RateLimitTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** Each post is a lead of its own (the very same bytes twice would be one lead, a double click). */
    private int posts;

    @TempDir
    Path temp;

    @Test
    void aClientPostingFasterThanTheRateGetsTheRateNotZero() throws Exception {
        try (TestService service = TestService.start(temp, "  rate_per_second: 2\n  burst: 2\n",
                "delivery: {enabled: false}\n")) {
            InetAddress client = InetAddress.getByName("127.0.0.21");
            List<Integer> statuses = new ArrayList<>();
            List<String> retryAfter = new ArrayList<>();
            long start = System.nanoTime();
            // 3 posts a second for 6 seconds, against 2 a second allowed
            for (int i = 0; i < 18; i++) {
                long due = start + i * 1_000_000_000L / 3;
                Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                RawClient.Answer answer = post(service, client, Map.of());
                statuses.add(answer.status());
                if (answer.status() == 429) {
                    retryAfter.add(answer.headers().get("retry-after"));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long accepted = statuses.stream().filter(s -> s == 303).count();
            System.out.printf("token bucket: %d of %d posts accepted in %.1f s at 3/s against 2/s: %s%n", accepted,
                    statuses.size(), seconds, statuses);
            // the burst (2) plus 2 a second; fewer only by timing jitter, never zero after the burst
            assertThat(accepted).as("statuses %s in %.1f s", statuses, seconds)
                    .isBetween(Math.round(2 + 2 * seconds * 0.6), Math.round(2 + 2 * seconds) + 1);
            assertThat(statuses.subList(12, 18)).as("still let through at the end: %s", statuses).contains(303);
            assertThat(statuses).containsOnly(303, 429);
            assertThat(retryAfter).isNotEmpty().allSatisfy(v -> assertThat(v).isEqualTo("1"));
            assertThat(service.store().count()).isEqualTo(accepted);
        }
    }

    @Test
    void refusedPostsDoNotCostATokenButAcceptedOnesDo() throws Exception {
        try (TestService service = TestService.start(temp, "  rate_per_second: 1\n  burst: 2\n",
                "delivery: {enabled: false}\n")) {
            InetAddress client = InetAddress.getByName("127.0.0.22");
            for (int i = 0; i < 6; i++) {
                assertThat(post(service, client, Map.of("Origin", "https://evil.example")).status()).isEqualTo(403);
            }
            Map<String, String> invalid = validForm();
            invalid.put("email", "not an address");
            assertThat(RawClient.post(client, service.uri("/").getPort(), "/leads/contact", headers(Map.of()),
                    TestService.urlEncoded(invalid), TIMEOUT).status()).isEqualTo(422);
            assertThat(post(service, client, Map.of()).status()).isEqualTo(303);
            assertThat(post(service, client, Map.of()).status()).isEqualTo(303);
            assertThat(post(service, client, Map.of()).status()).isEqualTo(429);
            // another address has its own bucket
            assertThat(post(service, InetAddress.getByName("127.0.0.23"), Map.of()).status()).isEqualTo(303);
        }
    }

    @Test
    void forwardedHeadersCountOnlyFromATrustedProxy() throws Exception {
        try (TestService service = TestService.start(temp,
                "  rate_per_second: 1\n  burst: 1\n  trusted_proxies: [127.0.0.31, 10.0.0.0/8]\n",
                "delivery: {enabled: false}\n")) {
            InetAddress proxy = InetAddress.getByName("127.0.0.31");
            // through the trusted proxy, each forwarded client has its own bucket
            assertThat(post(service, proxy, Map.of("X-Forwarded-For", "198.51.100.1")).status()).isEqualTo(303);
            assertThat(post(service, proxy, Map.of("X-Forwarded-For", "198.51.100.2")).status()).isEqualTo(303);
            assertThat(post(service, proxy, Map.of("Forwarded", "for=198.51.100.3")).status()).isEqualTo(303);
            assertThat(post(service, proxy, Map.of("X-Forwarded-For", "198.51.100.1")).status()).isEqualTo(429);

            // a client that is not a trusted proxy cannot pick its address: both posts count against its own
            InetAddress untrusted = InetAddress.getByName("127.0.0.32");
            assertThat(post(service, untrusted, Map.of("X-Forwarded-For", "198.51.100.4")).status()).isEqualTo(303);
            assertThat(post(service, untrusted, Map.of("X-Forwarded-For", "198.51.100.5")).status()).isEqualTo(429);
            assertThat(post(service, untrusted, Map.of("Forwarded", "for=198.51.100.6")).status()).isEqualTo(429);
            assertThat(service.store().count()).isEqualTo(4);
        }
    }

    private RawClient.Answer post(TestService service, InetAddress from, Map<String, String> extra)
            throws Exception {
        return RawClient.post(from, service.uri("/").getPort(), "/leads/contact", headers(extra),
                TestService.urlEncoded(validForm(++posts)), TIMEOUT);
    }

    private static Map<String, String> headers(Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        headers.put("Origin", TestService.ORIGIN);
        headers.putAll(extra);
        return headers;
    }
}
