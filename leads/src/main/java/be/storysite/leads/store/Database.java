package be.storysite.leads.store;

/**
 * Transactions on the lead database, hiding how connections are managed: SQLite funnels every write through one
 * writer connection with group commit ({@link SqliteDatabase}); PostgreSQL uses a connection pool
 * ({@link PostgresDatabase}).
 *
 * <pre>{@code
 * long n = db.read(c -> count(c));
 * db.write(c -> insert(c, lead));   // durable (committed) when it returns
 * }</pre>
 */
public interface Database extends AutoCloseable {

    Dialect dialect();

    /**
     * Runs {@code work} in a transaction and commits it; returns only once the commit is durable.
     *
     * @throws StoreException when the database is unavailable or the work failed (nothing of it is committed)
     */
    <T> T write(SqlWork<T> work);

    /** Runs read-only {@code work} on a committed snapshot. */
    <T> T read(SqlWork<T> work);

    /**
     * Announces a delivery worker that is about to claim jobs under {@code leaseOwner} (a
     * {@link LeaseOwners#thisProcess()} name), so that its claims are freed soon after it dies. SQLite first takes
     * back the claims of dead processes of this host; PostgreSQL holds a presence lock for the worker.
     */
    WorkerPresence announce(String leaseOwner);

    /** True when the database answers reads and the last write did not fail. */
    boolean healthy();

    @Override
    void close();
}
