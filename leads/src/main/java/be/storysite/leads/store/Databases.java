package be.storysite.leads.store;

/**
 * Opens the lead database a URL names.
 *
 * <pre>{@code
 * Database db = Databases.open(new DatabaseSettings("jdbc:sqlite:var/leads.db", "", "", 4, Duration.ofSeconds(5)));
 * }</pre>
 */
public final class Databases {

    private Databases() {
    }

    public static Database open(DatabaseSettings settings) {
        return switch (Dialect.of(settings.url())) {
            case SQLITE -> SqliteDatabase.open(settings);
            case POSTGRESQL -> PostgresDatabase.open(settings);
        };
    }
}
