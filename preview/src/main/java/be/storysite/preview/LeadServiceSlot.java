package be.storysite.preview;

import be.storysite.leads.app.LeadService;
import org.eclipse.jetty.server.Handler;

/**
 * The preview's lead service, replaceable while the server runs: when {@code contact-forms/} changes, a new
 * {@link LeadService} with the new forms and routing takes over the {@code /leads/} and {@code /healthz} paths,
 * and the old one is closed (its delivery worker stopped, its database closed).
 *
 * <pre>{@code
 * LeadServiceSlot slot = new LeadServiceSlot();
 * handlers.add(slot.handler());
 * slot.replace(LeadService.create(config));
 * slot.replace(LeadService.create(config));   // after contact-forms/ changed
 * }</pre>
 */
public final class LeadServiceSlot implements AutoCloseable {

    // dynamic: its child may be replaced while the server runs (Jetty starts the new one, stops the old)
    private final Handler.Wrapper handler = new Handler.Wrapper(true);
    private LeadService current;

    /** Empty until the first {@link #replace}: the server can be built (and its port known) before the service. */
    public LeadServiceSlot() {
    }

    /** Mount this once; it always delegates to the current lead service. */
    public Handler handler() {
        return handler;
    }

    /** Starts {@code next}, makes it the one that answers, then closes the previous one. */
    public synchronized void replace(LeadService next) {
        LeadService previous = current;
        next.start();
        handler.setHandler(next.handler());
        current = next;
        if (previous != null) {
            previous.close();
        }
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            current.close();
        }
    }
}
