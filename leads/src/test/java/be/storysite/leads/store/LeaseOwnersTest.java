package be.storysite.leads.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Which lease owners of this host are known to be dead: a real child process, before and after it ends. */
class LeaseOwnersTest {

    @Test
    void anOwnerIsDeadOnceItsProcessEndedOrItsPidWasReused() throws Exception {
        String me = LeaseOwners.thisProcess();
        assertThat(me).matches("\\d+@.+/\\d+/[0-9a-f]{8}");
        assertThat(LeaseOwners.deadOnThisHost(me)).isFalse();

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").start();
        long pid = child.pid();
        long started = child.info().startInstant().orElseThrow().toEpochMilli();
        String host = ManagementFactory.getRuntimeMXBean().getName().replaceFirst("^\\d+@", "");
        String childOwner = pid + "@" + host + "/" + started + "/0badcafe";
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(LeaseOwners.deadOnThisHost(childOwner)).isTrue();

        long myPid = ProcessHandle.current().pid();
        assertThat(LeaseOwners.deadOnThisHost(myPid + "@" + host + "/12345/0badcafe"))
                .as("this pid, but another start: a previous incarnation with a reused pid").isTrue();
        assertThat(LeaseOwners.deadOnThisHost(pid + "@another-host/" + started + "/0badcafe"))
                .as("another host: unsure").isFalse();
        assertThat(LeaseOwners.deadOnThisHost("worker-1")).as("another form: unsure").isFalse();
    }
}
