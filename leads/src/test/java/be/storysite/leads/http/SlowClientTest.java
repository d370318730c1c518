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

/** A client that uploads its body slower than the minimum data rate is cut off, and nothing is stored. */
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
}
