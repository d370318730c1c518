package be.storysite.leads.http;

import be.storysite.leads.store.StoredAnswer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /leads/{form}}: reads the body without holding a thread ({@link BodyReader}: size, minimum rate and
 * deadline, each answered 413 or 408), then, on a request thread, parses it strictly ({@link RequestBody}), hands
 * it to the {@link LeadIntake} and writes the answer. A body that cannot be read is answered 4xx with a short
 * message in the page's language and logged as one line. Blocking is fine once the body is in: the intake waits
 * for the commit.
 *
 * <pre>{@code
 * Handler endpoint = new LeadHandler(intake, new BodyReader.Limits(16 * 1024, 512, Duration.ofSeconds(20)),
 *         rejections);
 * }</pre>
 */
public final class LeadHandler extends Handler.Abstract {

    private static final String PREFIX = "/leads/";
    private static final int MAX_KEY_LENGTH = 255;

    private final LeadIntake intake;
    private final BodyReader.Limits limits;
    private final RejectionLog rejections;

    LeadHandler(LeadIntake intake, BodyReader.Limits limits, RejectionLog rejections) {
        super(InvocationType.BLOCKING);
        this.intake = intake;
        this.limits = limits;
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
        CompletableFuture<byte[]> body = BodyReader.read(request, limits);
        if (body.isDone()) {
            // the whole body came with the head (the usual case): no need to change threads
            answer(request, response, callback, formId, body);
        } else {
            // completed by a selector or scheduler thread, which must not wait for the intake's commit
            body.whenComplete((bytes, failure) -> {
                try {
                    request.getComponents().getExecutor().execute(() -> answer(request, response, callback, formId,
                            body));
                } catch (RejectedExecutionException full) {
                    callback.failed(full);
                }
            });
        }
        return true;
    }

    private void answer(Request request, Response response, Callback callback, String formId,
                        CompletableFuture<byte[]> body) {
        try {
            byte[] bytes;
            try {
                bytes = body.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof BodyReader.Refused refused) {
                    reject(request, response, callback, formId, new byte[0],
                            new Rejection(refused.status(), "status." + refused.status(), refused.getMessage()));
                    return;
                }
                throw e.getCause();
            }
            submit(request, response, callback, formId, bytes);
        } catch (Throwable failure) {
            callback.failed(failure);
        }
    }

    private void submit(Request request, Response response, Callback callback, String formId, byte[] bytes) {
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        RequestBody parsed;
        try {
            parsed = RequestBody.parse(contentType, bytes);
        } catch (Rejection e) {
            reject(request, response, callback, formId, bytes, e);
            return;
        }
        Optional<String> key = Optional.ofNullable(request.getHeaders().get("Idempotency-Key"))
                .map(k -> PageContext.singleLine(k, MAX_KEY_LENGTH)).filter(k -> !k.isEmpty());
        Object origin = request.getAttribute(OriginGuard.ORIGIN_ATTRIBUTE);
        String referrer = request.getHeaders().get(HttpHeader.REFERER);
        Submission submission = new Submission(formId, parsed, origin == null ? "" : origin.toString(),
                referrer == null ? "" : referrer, key, hash(formId, contentType, bytes),
                Request.getRemoteAddr(request));
        write(intake.submit(submission), response, callback);
    }

    private void reject(Request request, Response response, Callback callback, String formId, byte[] body,
                        Rejection rejection) {
        rejections.rejected(rejection.status(), formId, rejection.reason(), Request.getRemoteAddr(request));
        write(Answers.rejected(QuietErrorHandler.wantsJson(request), ClientLanguage.of(body, request.getHeaders()),
                rejection), response, callback);
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
            sha256.update((formId + "\n" + (contentType == null ? "" : contentType) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
