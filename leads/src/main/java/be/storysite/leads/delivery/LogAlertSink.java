package be.storysite.leads.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an alert as one structured ERROR line (key=value, values on one line), easy to grep and to route from a
 * log collector: {@code storysite-alert kind=DEAD_LETTER lead=01J... job=42 channel=MANAGER_MAIL ...}.
 */
public final class LogAlertSink implements AlertSink {

    private static final Logger LOG = LoggerFactory.getLogger("be.storysite.leads.alert");

    @Override
    public void alert(Alert alert) {
        LOG.error("storysite-alert kind={} lead={} job={} channel={} recipient={} attempts={} at={} reason=\"{}\"",
                alert.kind(), HeaderText.singleLine(alert.leadId()), alert.jobId(), alert.channel(),
                HeaderText.singleLine(alert.recipient()), alert.attempts(), alert.at(),
                HeaderText.singleLine(alert.reason(), 1000).replace("\"", "'"));
    }
}
