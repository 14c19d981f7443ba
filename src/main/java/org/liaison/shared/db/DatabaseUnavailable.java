package org.liaison.shared.db;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Tells a failure of the database itself (down, restarting, unreachable, no free connection in the pool) from a
 * failure of the request: the first is answered "service unavailable, try again" (503), never "wrong password"
 * (401) nor "unexpected error" (500), since the same request will succeed once the database is back.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** Whether the failure, or any of its causes, says the database could not be reached. */
    public static boolean in(@Nullable Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (isUnreachable(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnreachable(Throwable t) {
        // Spring's translation of connection failures (CannotGetJdbcConnectionException is a resource failure),
        // Hikari's "no connection within connectionTimeout", and the driver's lost connections
        if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        return t instanceof SQLException sql && isConnectionState(sql.getSQLState());
    }

    /**
     * SQL states of a lost or refused connection: class 08 (connection exception) and PostgreSQL's 57P01–57P03
     * (the server is shutting down, crashed, or not accepting connections yet). Not 57014 (a cancelled query).
     */
    private static boolean isConnectionState(@Nullable String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
