package be.storysite.leads.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * A throw-away lead database for a test: an SQLite file in a temp folder, or a fresh schema in the test PostgreSQL
 * (conventions: jdbc:postgresql://127.0.0.1:5432/storysite_test, storysite/storysite, overridable by environment)
 * that is dropped afterwards.
 */
public final class TestDatabase implements AutoCloseable {

    public enum Kind { SQLITE, POSTGRESQL }

    private static final String PG_URL = env("STORYSITE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/storysite_test");
    private static final String PG_USER = env("STORYSITE_TEST_PG_USER", "storysite");
    private static final String PG_PASSWORD = env("STORYSITE_TEST_PG_PASSWORD", "storysite");

    private final DatabaseSettings settings;
    private final String schema;

    private TestDatabase(DatabaseSettings settings, String schema) {
        this.settings = settings;
        this.schema = schema;
    }

    public static TestDatabase create(Kind kind, Path tempDir) {
        if (kind == Kind.SQLITE) {
            return new TestDatabase(new DatabaseSettings("jdbc:sqlite:" + tempDir.resolve("var/leads.db"), "", "", 4,
                    Duration.ofSeconds(5)), null);
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        admin("CREATE SCHEMA " + schema);
        String separator = PG_URL.contains("?") ? "&" : "?";
        return new TestDatabase(new DatabaseSettings(PG_URL + separator + "currentSchema=" + schema, PG_USER,
                PG_PASSWORD, 8, Duration.ofSeconds(5)), schema);
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public LeadStore openStore() {
        return new LeadStore(Databases.open(settings));
    }

    /** Runs SQL as the test user on the test database (PostgreSQL only), e.g. to break the schema. */
    public static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test PostgreSQL at " + PG_URL + " failed: " + e.getMessage()
                    + " (start it with .ci/postgres-start)", e);
        }
    }

    public String schema() {
        return schema;
    }

    @Override
    public void close() {
        if (schema != null) {
            admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
