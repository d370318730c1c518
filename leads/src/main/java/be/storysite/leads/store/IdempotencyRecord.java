package be.storysite.leads.store;

/**
 * What the store keeps for an {@code Idempotency-Key}: the key (scoped, e.g. by form), a hash of the request it
 * came with, and the answer given.
 *
 * @param scope what the key is unique within, e.g. the form id
 * @param key the client's key
 * @param requestHash a hash of the request; a replay with another body is refused
 * @param answer the answer to give again on replay
 */
public record IdempotencyRecord(String scope, String key, String requestHash, StoredAnswer answer) {
}
