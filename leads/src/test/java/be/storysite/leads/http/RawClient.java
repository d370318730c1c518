package be.storysite.leads.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A one-request HTTP/1.1 client on a plain socket bound to a chosen loopback address ({@code 127.0.0.x}), so a test
 * can post as several clients; {@code java.net.http.HttpClient} cannot choose its local address.
 *
 * <pre>{@code
 * RawClient.Answer answer = RawClient.post(InetAddress.getByName("127.0.0.7"), port, "/leads/contact",
 *         Map.of("Origin", TestService.ORIGIN, "Content-Type", "application/x-www-form-urlencoded"), body,
 *         Duration.ofSeconds(5));
 * }</pre>
 */
final class RawClient {

    /** The status and headers (names lower-cased) of an answer, and how long it took. */
    record Answer(int status, Map<String, String> headers, Duration took) {
    }

    private RawClient() {
    }

    static Answer post(InetAddress from, int port, String path, Map<String, String> headers, String body,
                       Duration timeout) throws IOException {
        return send(from, port, "POST", path, headers, body, timeout);
    }

    static Answer get(InetAddress from, int port, String path, Duration timeout) throws IOException {
        return send(from, port, "GET", path, Map.of(), "", timeout);
    }

    private static Answer send(InetAddress from, int port, String method, String path, Map<String, String> headers,
                               String body, Duration timeout) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\nContent-Length: " + content.length + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            String answer = readHead(socket.getInputStream());
            String[] lines = answer.split("\r\n");
            Map<String, String> answerHeaders = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    answerHeaders.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim());
                }
            }
            int status = lines[0].startsWith("HTTP/1.1 ") ? Integer.parseInt(lines[0].substring(9, 12)) : -1;
            return new Answer(status, answerHeaders, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** The answer's status line and headers (up to the blank line). */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            head.append((char) b);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }
}
