package be.storysite.leads.store;

/**
 * A delivery worker's sign of life in the database, so that the jobs it claimed go to another worker (or to its
 * own restarted process) within seconds of its death rather than when its lease runs out. See
 * {@link Database#announce}.
 *
 * <pre>{@code
 * WorkerPresence presence = database.announce("4242@web-1/3f9a0c1b");
 * if (presence.renew()) { claim(...); }   // only a worker known to be alive may claim
 * presence.close();                       // on shutdown
 * }</pre>
 */
public interface WorkerPresence extends AutoCloseable {

    /** A presence that needs no upkeep (SQLite: a dead process is recognised by its process id). */
    WorkerPresence ALWAYS = new WorkerPresence() {
        @Override
        public boolean renew() {
            return true;
        }

        @Override
        public void close() {
        }
    };

    /**
     * Makes sure the database still sees this worker as alive (reconnecting when needed); false when it cannot,
     * and then the worker must not claim, since its claims would look abandoned to the others.
     */
    boolean renew();

    @Override
    void close();
}
