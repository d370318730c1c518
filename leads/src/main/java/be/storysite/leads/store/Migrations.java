package be.storysite.leads.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings a lead database to the current schema with the Flyway migrations under {@code db/migration}. */
final class Migrations {

    private Migrations() {
    }

    static void migrate(DataSource dataSource, Dialect dialect) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .placeholders(dialect.migrationPlaceholders())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("migrating the lead database failed: " + e.getMessage(), e);
        }
    }
}
