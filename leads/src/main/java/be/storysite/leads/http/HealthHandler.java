package be.storysite.leads.http;

import be.storysite.leads.store.Backlog;
import be.storysite.leads.store.LeadStore;
import be.storysite.leads.store.StoreException;
import be.storysite.leads.store.StoredAnswer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /healthz}: whether storage works, and the delivery backlog; 503 when storage is down.
 *
 * <pre>{@code
 * {"status":"ok","storage":"ok","delivery":{"pending":3,"dead":0,"oldestPendingSeconds":12}}
 * }</pre>
 */
public final class HealthHandler extends Handler.Abstract {

    private final LeadStore store;
    private final Clock clock;

    public HealthHandler(LeadStore store, Clock clock) {
        super(InvocationType.BLOCKING);
        this.store = store;
        this.clock = clock;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean healthy = store.healthy();
        Backlog backlog = null;
        if (healthy) {
            try {
                backlog = store.backlog(clock.instant());
            } catch (StoreException e) {
                healthy = false;
            }
        }
        body.put("status", healthy ? "ok" : "unavailable");
        body.put("storage", healthy ? "ok" : "unavailable");
        if (backlog != null) {
            body.put("delivery", Map.of("pending", backlog.pending(), "dead", backlog.dead(),
                    "oldestPendingSeconds", backlog.oldestPendingAge().toSeconds()));
        }
        StoredAnswer answer = Answers.json(healthy ? 200 : 503, body);
        LeadHandler.write(answer, response, callback);
        return true;
    }
}
