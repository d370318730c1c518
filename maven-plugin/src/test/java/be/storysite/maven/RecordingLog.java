package be.storysite.maven;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.maven.plugin.logging.SystemStreamLog;

/**
 * Maven's console log that also keeps what was logged at info level and above, for a test to read (from any thread).
 *
 * <pre>{@code
 * RecordingLog log = new RecordingLog();
 * mojo.setLog(log);
 * assertThat(log.lines()).anyMatch(l -> l.startsWith("[info] built "));
 * }</pre>
 */
final class RecordingLog extends SystemStreamLog {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void info(CharSequence content) {
        lines.add("[info] " + content);
        super.info(content);
    }

    @Override
    public void warn(CharSequence content) {
        lines.add("[warning] " + content);
        super.warn(content);
    }

    @Override
    public void error(CharSequence content) {
        lines.add("[error] " + content);
        super.error(content);
    }
}
