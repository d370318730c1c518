package be.storysite.preview;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The preview's reload channel, {@code GET /_dev/events}, as Server-Sent Events. A browser tab connects with
 * {@code new EventSource("/_dev/events")} (see {@link ReloadScript}) and is told about every rebuild:
 *
 * <pre>
 * event: hello      (once, on connecting: the number of the build the server shows now)
 * data: 7
 *
 * event: reload     (after each rebuild, successful or not: the page reloads and shows the site or the errors)
 * data: 8
 * </pre>
 *
 * <p>Each build has a number, so a tab that missed an event (asleep, reconnecting) sees on {@code hello} that its
 * page is older than the server's and reloads. A comment line every few seconds keeps idle connections open and
 * finds the tabs that were closed.
 *
 * <pre>{@code
 * ReloadEvents events = new ReloadEvents();   // mount it on the preview server
 * events.reload();                            // after a rebuild: every open tab reloads
 * }</pre>
 */
public final class ReloadEvents extends Handler.Abstract {

    public static final String PATH = "/_dev/events";
    private static final long HEARTBEAT_SECONDS = 10;
    private static final long WRITE_TIMEOUT_MILLIS = 5_000;

    private final AtomicLong build = new AtomicLong(1);
    private final CopyOnWriteArrayList<EventStream> streams = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService heartbeat;

    /** The number of the build the server shows now; pages are stamped with it. */
    public long currentBuild() {
        return build.get();
    }

    /** A new build is being shown: tells every open tab to reload. Returns the new build's number. */
    public long reload() {
        long number = build.incrementAndGet();
        broadcast("event: reload\ndata: " + number + "\n\n");
        return number;
    }

    /** How many tabs are listening (for tests and the console). */
    public int listeners() {
        return streams.size();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!PATH.equals(Request.getPathInContext(request))) {
            return false;
        }
        if (!HttpMethod.GET.is(request.getMethod())) {
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
            return true;
        }
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        EventStream stream = new EventStream(response, callback);
        streams.add(stream);
        request.addFailureListener(failure -> end(stream, failure));
        // retry: reconnect quickly after the preview restarts
        if (!stream.send("retry: 500\nevent: hello\ndata: " + build.get() + "\n\n")) {
            end(stream, null);
        }
        return true;
    }

    private void broadcast(String event) {
        for (EventStream stream : streams) {
            if (!stream.send(event)) {
                end(stream, null);
            }
        }
    }

    private void end(EventStream stream, Throwable failure) {
        if (streams.remove(stream)) {
            stream.end(failure);
        }
    }

    @Override
    protected void doStart() throws Exception {
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "storysite-reload-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleWithFixedDelay(() -> broadcast(": ping\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                TimeUnit.SECONDS);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        heartbeat.shutdownNow();
        for (EventStream stream : streams) {
            end(stream, null);
        }
        super.doStop();
    }

    /** One open tab: its response, written by one thread at a time, each write awaited. */
    private static final class EventStream {

        private final Response response;
        private final Callback done;

        EventStream(Response response, Callback done) {
            this.response = response;
            this.done = done;
        }

        /** Writes and flushes {@code text}; false when the tab is gone or does not read. */
        synchronized boolean send(String text) {
            Callback.Completable written = new Callback.Completable();
            response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), written);
            try {
                written.get(WRITE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception gone) {
                return false;
            }
        }

        void end(Throwable failure) {
            if (failure == null) {
                done.succeeded();
            } else {
                done.failed(failure);
            }
        }
    }
}
