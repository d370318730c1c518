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

    /** True when the database answers reads and the last write did not fail. */
    boolean healthy();

    @Override
    void close();
}
