package be.storysite.leads.delivery;

import java.util.Optional;
import java.util.Set;

/**
 * Who takes over when a relationship manager's address fails permanently: the manager's backup, then the default
 * owner. The service implements it with the forms module's {@code Router.afterPermanentFailure}.
 *
 * <pre>{@code
 * ManagerFallback fallback = (failed, tried) -> router.afterPermanentFailure(failed, tried)
 *         .map(m -> new ManagerFallback.Manager(m.id(), m.name(), m.email()));
 * }</pre>
 */
@FunctionalInterface
public interface ManagerFallback {

    /** A manager to re-route to. */
    record Manager(String id, String name, String email) {
    }

    /**
     * The next manager after {@code failedManagerId} failed permanently, never one in {@code alreadyTried};
     * empty when nobody is left (the lead is then dead-lettered with an alert).
     */
    Optional<Manager> after(String failedManagerId, Set<String> alreadyTried);

    /** No fallback at all: a permanent failure dead-letters the lead at once. */
    static ManagerFallback none() {
        return (failed, tried) -> Optional.empty();
    }
}
