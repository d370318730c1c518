package be.storysite.leads.store;

/**
 * The lead store could not do what was asked (database down, disk full, lock timeout, ...). The HTTP layer turns
 * it into a 503 and never into a thank-you.
 *
 * <pre>{@code
 * try { store.accept(draft, key, now); } catch (StoreException e) { return unavailable(manager); }
 * }</pre>
 */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
