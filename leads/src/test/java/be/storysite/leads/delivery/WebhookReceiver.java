package be.storysite.leads.delivery;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A CRM endpoint as an integrator would write it (JDK HTTP server): verifies the HMAC signature with its own code,
 * records what it got, and answers with a scripted status.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request: its body, its headers of interest, and whether the signature verified. */
    record Request(String body, String timestamp, String signature, String idempotencyKey, boolean signatureValid) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();

    WebhookReceiver(String secret, IntSupplier status, long delayMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hooks/leads", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String timestamp = exchange.getRequestHeaders().getFirst("X-Storysite-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-Storysite-Signature");
            requests.add(new Request(new String(body, StandardCharsets.UTF_8), timestamp, signature,
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"), verify(secret, timestamp, body,
                    signature)));
            count.incrementAndGet();
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.getAsInt(), answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            } catch (IOException clientGone) {
                // the sender timed out first
            }
        });
        server.start();
    }

    /** What the docs tell integrators to do: HMAC-SHA256 over "timestamp.body", constant-time comparison. */
    static boolean verify(String secret, String timestamp, byte[] body, String signature) {
        if (timestamp == null || signature == null || !signature.startsWith("sha256=")) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '.');
            byte[] expected = mac.doFinal(body);
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature.substring(7)));
        } catch (Exception e) {
            return false;
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/leads");
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
