package be.storysite.leads.http;

import java.util.Optional;

/**
 * One post to {@code /leads/{form}}, as the HTTP layer read it.
 *
 * @param formId the form named in the path
 * @param body the parsed body
 * @param siteOrigin the (allowed) origin of the page that posted, e.g. {@code https://www.vicinia.be}; the
 *                   thank-you redirect goes there. Empty when unknown: the redirect is then site-relative
 * @param referrer the Referer header, empty when absent
 * @param idempotencyKey the {@code Idempotency-Key} header, when sent
 * @param requestHash a hash of the form id, content type and body: tells a replay from a reuse of the key, and
 *                    stands in for the key when none was sent
 * @param clientAddress the client's address, for logs
 */
public record Submission(String formId, RequestBody body, String siteOrigin, String referrer,
                         Optional<String> idempotencyKey, String requestHash, String clientAddress) {
}
