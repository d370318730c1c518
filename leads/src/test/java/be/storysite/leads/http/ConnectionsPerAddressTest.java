package be.storysite.leads.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One address gets at most {@code max_connections_per_address} connections; the others are closed at once. */
class ConnectionsPerAddressTest {

    @TempDir
    Path temp;

    @Test
    void connectionsOverTheCapAreClosedAtOnceAndOtherAddressesAreNotAffected() throws Exception {
        try (TestService service = TestService.start(temp, TestService.GENEROUS_RATE
                + "  max_connections_per_address: 3\n  header_timeout_seconds: 30\n", "delivery: {enabled: false}\n")) {
            List<Socket> sockets = new ArrayList<>();
            try {
                for (int i = 0; i < 10; i++) {
                    sockets.add(connect("127.0.0.41", service.uri("/").getPort()));
                }
                sockets.add(connect("127.0.0.42", service.uri("/").getPort()));
                int closedByServer = 0;
                for (Socket socket : sockets.subList(0, 10)) {
                    closedByServer += closedWithin(socket, 1000) ? 1 : 0;
                }
                assertThat(closedByServer).isEqualTo(7);
                assertThat(closedWithin(sockets.get(10), 500)).isFalse();
            } finally {
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
        }
    }

    private static Socket connect(String from, int port) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private static boolean closedWithin(Socket socket, int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            return socket.getInputStream().read() < 0;
        } catch (SocketTimeoutException open) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }
}
