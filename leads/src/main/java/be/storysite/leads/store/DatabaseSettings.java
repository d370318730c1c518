package be.storysite.leads.store;

import java.time.Duration;

/**
 * How to reach the lead database.
 *
 * <pre>{@code
 * new DatabaseSettings("jdbc:sqlite:var/leads.db", "", "", 8, Duration.ofSeconds(5));
 * }</pre>
 *
 * @param url JDBC URL: {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST:PORT/DB}
 * @param user database user (PostgreSQL), empty for SQLite
 * @param password database password (PostgreSQL), empty for SQLite
 * @param poolSize maximum connections (PostgreSQL) or reader connections (SQLite)
 * @param lockTimeout how long to wait for a lock (SQLite busy_timeout, PostgreSQL connection timeout) before
 *                    failing the request with a 503
 */
public record DatabaseSettings(String url, String user, String password, int poolSize, Duration lockTimeout) {

    public DatabaseSettings {
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /**
     * What an operator knows the store by, for error messages: the SQLite file (e.g. {@code var/leads.db}) or the
     * PostgreSQL URL (which holds no password; that is a separate setting).
     */
    public String location() {
        return url.startsWith("jdbc:sqlite:") ? url.substring("jdbc:sqlite:".length()) : url;
    }

    /** Hides the password, e.g. in logs. */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
