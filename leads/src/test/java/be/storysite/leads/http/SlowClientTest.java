package be.storysite.leads.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that uploads its body slower than the minimum data rate is cut off, and nothing is stored; a request head
 * trickled in is cut off by the header timeout, also on a connection kept alive after a first request.
 */
class SlowClientTest {

    @TempDir
    Path temp;

    @Test
    void aTricklingUploadIsCutOff() throws Exception {
        try (TestService service = TestService.start(temp,
                TestService.GENEROUS_RATE + "  min_request_data_rate: 2000\n  idle_timeout_seconds: 5\n",
                "delivery: {enabled: false}\n");
             Socket socket = new Socket("127.0.0.1", service.uri("/").getPort())) {
            String body = TestService.urlEncoded(TestService.validForm());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /leads/contact HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: " + TestService.ORIGIN
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            String answer = "";
            try {
                // 10 bytes a second, far below 2000 bytes/s
                for (int i = 0; i < body.length() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(15); i += 10) {
                    out.write(body.substring(i, Math.min(body.length(), i + 10)).getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(1000);
                    if (socket.getInputStream().available() > 0) {
                        break;
                    }
                }
                InputStream in = socket.getInputStream();
                socket.setSoTimeout(5000);
                answer = new String(in.readNBytes(Math.max(1, in.available())), StandardCharsets.US_ASCII);
            } catch (SocketException closed) {
                answer = "closed: " + closed.getMessage();
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertThat(seconds).as("cut off well before the whole body trickled in").isLessThan(15);
            assertThat(answer).startsWith("HTTP/1.1 408");
            assertThat(service.store().count()).isZero();
        }
    }

    @Test
    void aHeadTrickledInAfterAFirstRequestIsCutOffByTheHeaderTimeout() throws Exception {
        try (TestService service = TestService.start(temp,
                TestService.GENEROUS_RATE + "  header_timeout_seconds: 1\n  idle_timeout_seconds: 20\n",
                "delivery: {enabled: false}\n");
             Socket socket = new Socket("127.0.0.1", service.uri("/").getPort())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(5000);
            assertThat(new String(in.readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
            // the connection stays open (keep-alive); the next head comes a byte every 200 ms, never idle for long
            long start = System.nanoTime();
            boolean closed = false;
            String next = "POST /leads/contact HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "p".repeat(200);
            for (int i = 0; i < next.length() && !closed && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10);
                 i++) {
                try {
                    out.write(next.charAt(i));
                    out.flush();
                    Thread.sleep(200);
                    socket.setSoTimeout(1);
                    closed = drainedToEnd(in);
                } catch (SocketException reset) {
                    closed = true;
                }
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(closed).as("closed by the server").isTrue();
            // header timeout 1 s, checked every quarter of it; far below the idle timeout of 20 s
            assertThat(millis).isBetween(900L, 4000L);
        }
    }

    /** Reads what is there; true when the server closed the connection. */
    private static boolean drainedToEnd(InputStream in) throws java.io.IOException {
        try {
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (java.net.SocketTimeoutException nothingMore) {
            return false;
        }
    }
}
