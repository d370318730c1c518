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
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /leads/{form}}: reads the body's bytes (bounded by the {@code SizeLimitHandler} in front of it),
 * parses them strictly ({@link RequestBody}), hands the result to the {@link LeadIntake} and writes the answer. A
 * body that cannot be read is answered 4xx with a short message in the page's language and logged as one line.
 * Blocking is fine here: the intake waits for the commit.
 *
 * <pre>{@code
 * Handler endpoint = new LeadHandler(intake, rejections);
 * }</pre>
 */
public final class LeadHandler extends Handler.Abstract {

    private static final String PREFIX = "/leads/";
    private static final int MAX_KEY_LENGTH = 255;

    private final LeadIntake intake;
    private final RejectionLog rejections;

    public LeadHandler(LeadIntake intake, RejectionLog rejections) {
        super(InvocationType.BLOCKING);
        this.intake = intake;
        this.rejections = rejections;
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
        byte[] body;
        try {
            body = BufferUtil.toArray(Content.Source.asByteBuffer(request));
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
        } catch (Rejection e) {
            rejections.rejected(e.status(), formId, e.reason(), Request.getRemoteAddr(request));
            write(Answers.rejected(QuietErrorHandler.wantsJson(request), ClientLanguage.of(body, request.getHeaders()),
                    e), response, callback);
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

    private static String hash(String formId, String contentType, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            // The same digest as when the body was hashed as a string: keys stored before still replay.
            String head = formId + "\n" + (contentType == null ? "" : contentType) + "\n";
            sha256.update(head.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
