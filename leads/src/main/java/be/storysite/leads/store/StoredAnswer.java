package be.storysite.leads.store;

/**
 * The HTTP answer given to a request with an {@code Idempotency-Key}, kept so that a replay gets it again.
 *
 * <pre>{@code
 * new StoredAnswer(202, "application/json", "", "{\"id\":\"...\"}");
 * new StoredAnswer(303, "text/plain", "/bedankt/", "");
 * }</pre>
 *
 * @param status the HTTP status
 * @param contentType the Content-Type of {@code body}
 * @param location the Location header, empty when none
 * @param body the response body
 */
public record StoredAnswer(int status, String contentType, String location, String body) {

    public StoredAnswer {
        location = location == null ? "" : location;
        body = body == null ? "" : body;
    }
}
