package be.storysite.leads.store;

/**
 * Opens the lead database a URL names.
 *
 * <pre>{@code
 * Database db = Databases.open(new DatabaseSettings("jdbc:sqlite:var/leads.db", "", "", 4, Duration.ofSeconds(5)));
 * Database ops = Databases.openExisting(settings);   // fails instead of creating an empty store
 * }</pre>
 */
public final class Databases {

    private Databases() {
    }

    /** Opens the database, creating (and migrating) it when it does not exist yet: for the service. */
    public static Database open(DatabaseSettings settings) {
        return open(settings, true);
    }

    /**
     * Opens a database that must exist already: for the operator's commands ({@code leads list}, {@code export},
     * ...), which must not leave an empty store behind when pointed at the wrong folder or URL.
     *
     * @throws StoreException saying that there is no store there (see {@link StoreException#report})
     */
    public static Database openExisting(DatabaseSettings settings) {
        return open(settings, false);
    }

    private static Database open(DatabaseSettings settings, boolean create) {
        return switch (Dialect.of(settings.url())) {
            case SQLITE -> SqliteDatabase.open(settings, create);
            case POSTGRESQL -> PostgresDatabase.open(settings, create);
        };
    }
}
