package org.liaison.shared.db;

import org.springframework.boot.ExitCodeGenerator;

/**
 * The database could not be opened (the embedded server did not start, or the external one refused the
 * connection). A start that fails with it ends the process with {@link #EXIT_CODE}, distinct from the one-off
 * commands' own codes (e.g. 1: the audit chain is broken), so that a script tells "broken" from "could not look".
 */
public class DatabaseUnavailableException extends RuntimeException implements ExitCodeGenerator {

    /** The exit code of a start, or a one-off command, that could not open the database. */
    public static final int EXIT_CODE = 3;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int getExitCode() {
        return EXIT_CODE;
    }

    /**
     * The exit code of a start or a one-off command that failed with {@code failure}: {@link #EXIT_CODE} when the
     * database could not be opened or reached (this exception, a connection failure of the pool or the driver),
     * 1 otherwise.
     */
    public static int exitCodeOf(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof DatabaseUnavailableException
                    || cause instanceof org.springframework.dao.DataAccessResourceFailureException
                    || DatabaseMigrations.unreachable(cause) && cause instanceof java.sql.SQLException) {
                return EXIT_CODE;
            }
        }
        return 1;
    }
}
