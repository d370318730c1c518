package be.storysite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @Test
    void aPortInUseIsNamedWithWhatToDo(@TempDir Path work) throws Exception {
        Path site = CliRun.copyExampleSite(work.resolve("site"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            CliRun serve = CliRun.of("serve", "--source", site.toString(), "--port", String.valueOf(port));

            assertThat(serve.status()).isEqualTo(1);
            assertThat(serve.err()).contains("serve: cannot listen on 127.0.0.1:" + port)
                    .contains("choose another port with  --port");
        }
    }
}
