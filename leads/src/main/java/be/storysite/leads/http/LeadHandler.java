package be.storysite.leads.http;

import be.storysite.leads.store.StoredAnswer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /leads/{form}}: reads the body (bounded by the {@code SizeLimitHandler} in front of it), hands it
 * to the {@link LeadIntake} and writes the answer. Blocking is fine here: the intake waits for the commit.
 *
 * <pre>{@code
 * Handler endpoint = new LeadHandler(intake);
 * }</pre>
 */
public final class LeadHandler extends Handler.Abstract {

    private static final String PREFIX = "/leads/";
    private static final int MAX_KEY_LENGTH = 255;

    private final LeadIntake intake;

    public LeadHandler(LeadIntake intake) {
        super(InvocationType.BLOCKING);
        this.intake = intake;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (!path.startsWith(PREFIX) || path.length() == PREFIX.length() || path.indexOf('/', PREFIX.length()) >= 0) {
            return false;
        }
        if (!"POST".equals(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST, OPTIONS");
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "use POST");
            return true;
        }
        String formId = path.substring(PREFIX.length());
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String body;
        try {
            body = Content.Source.asString(request, StandardCharsets.UTF_8);
        } catch (IOException e) {
            if (e.getCause() instanceof TimeoutException) {
                // MinimumDataRateHandler (or the idle timeout) gave up on a client that uploads too slowly.
                Response.writeError(request, response, callback, HttpStatus.REQUEST_TIMEOUT_408,
                        "the request body arrived too slowly");
                return true;
            }
            throw e;
        }
        RequestBody parsed;
        try {
            parsed = RequestBody.parse(contentType, body);
        } catch (RequestBody.UnreadableBody e) {
            Response.writeError(request, response, callback, e.status(), e.getMessage());
            return true;
        }
        Optional<String> key = Optional.ofNullable(request.getHeaders().get("Idempotency-Key"))
                .map(k -> PageContext.singleLine(k, MAX_KEY_LENGTH)).filter(k -> !k.isEmpty());
        Object origin = request.getAttribute(OriginGuard.ORIGIN_ATTRIBUTE);
        String referrer = request.getHeaders().get(HttpHeader.REFERER);
        Submission submission = new Submission(formId, parsed, origin == null ? "" : origin.toString(),
                referrer == null ? "" : referrer, key, key.isPresent() ? hash(formId, contentType, body) : "",
                Request.getRemoteAddr(request));
        write(intake.submit(submission), response, callback);
        return true;
    }

    static void write(StoredAnswer answer, Response response, Callback callback) {
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (!answer.location().isEmpty()) {
            response.getHeaders().put(HttpHeader.LOCATION, answer.location());
        }
        Content.Sink.write(response, true, answer.body(), callback);
    }

    private static String hash(String formId, String contentType, String body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String canonical = formId + "\n" + (contentType == null ? "" : contentType) + "\n" + body;
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
