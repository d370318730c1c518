package be.storysite.leads.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;

/** Small helpers for statements with a variable number of parameters. */
final class Sql {

    private Sql() {
    }

    /** {@code ?, ?, ?} for {@code n = 3}. */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** Binds {@code values} from parameter {@code first} on; returns the next free parameter index. */
    static int bind(PreparedStatement statement, int first, Collection<?> values) throws SQLException {
        int i = first;
        for (Object value : values) {
            statement.setObject(i++, value);
        }
        return i;
    }
}
