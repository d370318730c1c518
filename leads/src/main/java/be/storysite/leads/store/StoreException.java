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

    /**
     * The one line an operator reads, in the project's error style: which store, what is wrong, what to do, e.g.
     * {@code var/leads.db: error: no lead store here (run 'storysite leads serve' once to create it, ...)}. Only the
     * first line of a driver's message is kept: Flyway and JDBC messages can run over many lines.
     */
    public String report(DatabaseSettings settings) {
        String message = getMessage() == null ? getClass().getSimpleName() : getMessage().strip();
        int end = message.indexOf('\n');
        return settings.location() + ": error: " + (end < 0 ? message : message.substring(0, end).strip());
    }
}
