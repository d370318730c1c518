package be.storysite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A missing, locked or damaged lead store: the {@code leads} commands name the file in one line, say what to do,
 * exit 3, print no stack trace, and never create a store that was not there.
 */
class LeadsStoreErrorsTest {

    private static final Path FORMS = CliRun.EXAMPLE.resolve("contact-forms");

    @TempDir
    Path dir;

    private Path config(Path db) throws Exception {
        Path yaml = dir.resolve("leads.yaml");
        Files.writeString(yaml, """
                contact_forms: %s
                database: {url: "jdbc:sqlite:%s", lock_timeout_ms: 300}
                http: {port: 0, allowed_origins: ["https://www.vicinia.example"]}
                mail: {transport: maildir, maildir: %s, from: leads@vicinia.example}
                delivery: {enabled: false}
                """.formatted(FORMS, db, dir.resolve("mail")));
        return yaml;
    }

    @Test
    void aMissingStoreIsNamedAndNotCreated() throws Exception {
        Path db = dir.resolve("var/leads.db");
        Path yaml = config(db);
        for (String[] command : new String[][] {{"leads", "list"}, {"leads", "export", "--format", "csv"},
                {"leads", "purge", "--older-than", "30d"}, {"leads", "forget", "a@b.be"}, {"leads", "resend", "x"},
                {"leads", "spam", "list"}, {"leads", "spam", "release", "x"}, {"leads", "report"},
                {"leads", "export", "--format", "xlsx", "--output", dir.resolve("leads.xlsx").toString()}}) {
            CliRun run = CliRun.of(concat(command, "--config", yaml.toString()));
            assertThat(run.status()).as(String.join(" ", command)).isEqualTo(3);
            assertThat(run.err()).as(String.join(" ", command)).isEqualTo(db + ": error: no lead store here (it is "
                    + "created by 'storysite leads serve'): run the command in the site folder, or name the store "
                    + "with --config or STORYSITE_DB_URL" + System.lineSeparator());
            assertThat(run.out()).isEmpty();
        }
        assertThat(db).doesNotExist();
        assertThat(db.getParent()).doesNotExist();
        assertThat(dir.resolve("leads.xlsx")).doesNotExist();   // no empty spreadsheet left behind
    }

    @Test
    void aDamagedStoreIsNamedWithoutAStackTrace() throws Exception {
        Path db = dir.resolve("leads.db");
        Files.write(db, "this is not an SQLite database, just text that is long enough to fill a header".repeat(20)
                .getBytes());
        Path yaml = config(db);
        for (String[] command : new String[][] {{"leads", "list"}, {"leads", "export"}, {"leads", "serve"}}) {
            CliRun run = CliRun.of(concat(command, "--config", yaml.toString()));
            assertThat(run.status()).as(String.join(" ", command)).isEqualTo(3);
            assertThat(run.err()).as(String.join(" ", command)).isEqualTo(db + ": error: the lead store is damaged "
                    + "or not an SQLite database ([SQLITE_NOTADB] File opened that is not a database file (file is "
                    + "not a database)): restore it from a backup, or move it away and let 'storysite leads serve' "
                    + "create a new one" + System.lineSeparator());
        }
    }

    @Test
    void aLockedStoreIsNamedAndTheWaitSaid() throws Exception {
        Path db = dir.resolve("leads.db");
        Path yaml = config(db);
        // A store that exists (created like the service does it), then held by another connection in exclusive mode.
        assertThat(CliRun.of("leads", "purge", "--older-than", "1d", "--config", yaml.toString()).status()).isEqualTo(3);
        try (Connection create = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = create.createStatement()) {
            s.execute("CREATE TABLE t (x INTEGER)");
        }
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = holder.createStatement()) {
            s.execute("PRAGMA locking_mode=EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("INSERT INTO t VALUES (1)");
            for (String[] command : new String[][] {{"leads", "list"}, {"leads", "serve"}}) {
                CliRun run = CliRun.of(concat(command, "--config", yaml.toString()));
                assertThat(run.status()).as(String.join(" ", command)).isEqualTo(3);
                assertThat(run.err()).as(String.join(" ", command)).isEqualTo(db + ": error: the lead store is locked "
                        + "by another process (waited 300 ms): stop that process (a sqlite3 shell, a backup, a second "
                        + "service) and try again" + System.lineSeparator());
            }
            s.execute("ROLLBACK");
        }
    }

    private static String[] concat(String[] command, String... more) {
        String[] all = new String[command.length + more.length];
        System.arraycopy(command, 0, all, 0, command.length);
        System.arraycopy(more, 0, all, command.length, more.length);
        return all;
    }
}
