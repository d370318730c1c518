package be.storysite.leads.delivery;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The alert channel of the tests: logs like production and keeps every alert for assertions. */
final class RecordingAlerts implements AlertSink {

    private final AlertSink log = new LogAlertSink();
    private final List<Alert> alerts = new CopyOnWriteArrayList<>();

    @Override
    public void alert(Alert alert) {
        log.alert(alert);
        alerts.add(alert);
    }

    List<Alert> alerts() {
        return List.copyOf(alerts);
    }
}
