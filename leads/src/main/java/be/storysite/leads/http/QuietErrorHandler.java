package be.storysite.leads.http;

import be.storysite.leads.store.StoredAnswer;
import java.io.IOException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The server's error pages (set with {@code server.setErrorHandler}): every error Jetty or a handler answers — a
 * bad request line, headers too large, a bad URI, 403, 413, 429, or a 500 from a bug — gets one short generic
 * sentence in the visitor's language ({@code status.N} in {@code rejections*.properties}; JSON when the client asked
 * for JSON), never a stack trace, an exception's class or its message. Each is logged as one rate-limited line
 * ({@link RejectionLog}).
 *
 * <pre>{@code
 * server.setErrorHandler(new QuietErrorHandler(RejectionLog.toSlf4j(10, Clock.systemUTC())));
 * }</pre>
 */
public final class QuietErrorHandler extends ErrorHandler {

    private static final String LEADS = "/leads/";

    private final RejectionLog rejections;

    public QuietErrorHandler(RejectionLog rejections) {
        this.rejections = rejections;
        // Also off in the base class's own pages, should any path ever reach them.
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) throws IOException {
        // An HTTP version Jetty does not speak is a malformed request like any other; a 505 would count as the
        // server's fault in every monitoring.
        int code = status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 ? HttpStatus.BAD_REQUEST_400 : status;
        response.setStatus(code);
        // The reason is for the log: Jetty's message for a client error ("Bad URI", "Request Header Fields Too
        // Large"); for a server error only the exception's class, since its stack is Jetty's to log, once.
        String reason = code >= 500
                ? "server error" + (cause == null ? "" : " (" + cause.getClass().getName() + ")")
                : message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        rejections.rejected(code, formOf(request), reason, Request.getRemoteAddr(request));
        StoredAnswer answer = Answers.status(wantsJson(request), ClientLanguage.of(request.getHeaders()), code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        Content.Sink.write(response, true, answer.body(), callback);
    }

    /** JSON for the page's script and API clients, a small page for browsers and everything else. */
    static boolean wantsJson(Request request) {
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        return accept != null && accept.contains(RequestBody.JSON)
                || type != null && type.strip().regionMatches(true, 0, RequestBody.JSON, 0, RequestBody.JSON.length());
    }

    private static String formOf(Request request) {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        return path != null && path.startsWith(LEADS) ? path.substring(LEADS.length()) : "";
    }
}
