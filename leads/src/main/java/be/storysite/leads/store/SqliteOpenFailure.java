package be.storysite.leads.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Says in one sentence why an SQLite lead store could not be opened, and what to do, instead of passing on the
 * driver's (or Flyway's) many-line message: locked by another process, not a database or damaged, unreadable.
 *
 * <pre>{@code
 * catch (RuntimeException e) { throw SqliteOpenFailure.explain(e, settings); }
 * // -> "the lead store is locked by another process (waited 5000 ms): stop that process ... and try again"
 * }</pre>
 */
final class SqliteOpenFailure {

    private SqliteOpenFailure() {
    }

    static StoreException explain(Exception failure, DatabaseSettings settings) {
        int code = resultCode(failure);
        String message;
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            message = "the lead store is locked by another process (waited " + settings.lockTimeout().toMillis()
                    + " ms): stop that process (a sqlite3 shell, a backup, a second service) and try again";
        } else if (code == SQLiteErrorCode.SQLITE_NOTADB.code || code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            message = "the lead store is damaged or not an SQLite database (" + firstLine(rootMessage(failure))
                    + "): restore it from a backup, or move it away and let 'storysite leads serve' create a new one";
        } else if (code == SQLiteErrorCode.SQLITE_CANTOPEN.code || code == SQLiteErrorCode.SQLITE_READONLY.code
                || code == SQLiteErrorCode.SQLITE_PERM.code || code == SQLiteErrorCode.SQLITE_AUTH.code) {
            message = "cannot open the lead store for writing (" + firstLine(rootMessage(failure))
                    + "): check that the file and its folder exist and are writable by this user";
        } else {
            message = "cannot open the lead store: " + firstLine(rootMessage(failure));
        }
        return new StoreException(message, failure);
    }

    /** The primary SQLite result code in the cause chain (Flyway wraps the driver's exception), or -1. */
    private static int resultCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return sqlite.getResultCode().code & 0xFF;
            }
            if (t instanceof SQLException sql && sql.getErrorCode() > 0) {
                return sql.getErrorCode() & 0xFF;
            }
        }
        return -1;
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end).strip();
    }
}
