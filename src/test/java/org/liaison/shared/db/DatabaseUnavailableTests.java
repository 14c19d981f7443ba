package org.liaison.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/** Which failures say "the database cannot be reached" (503) and which say something about the request. */
class DatabaseUnavailableTests {

    @Test
    void aSignInWhoseUserStoreCouldNotBeReadIsAnUnreachableDatabase() {
        Throwable failure = new InternalAuthenticationServiceException("Failed to obtain JDBC Connection",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("liaison - Connection is not available",
                                new SQLException("Connection refused", "08001", new ConnectException()))));

        assertThat(DatabaseUnavailable.in(failure)).isTrue();
    }

    @Test
    void aLostConnectionOrAServerShuttingDownIsAnUnreachableDatabase() {
        assertThat(DatabaseUnavailable.in(new SQLException("An I/O error occurred while sending to the backend", "08006")))
                .isTrue();
        assertThat(DatabaseUnavailable.in(new RuntimeException(new SQLException("terminating connection", "57P01"))))
                .isTrue();
        assertThat(DatabaseUnavailable.in(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void aFailureOfTheRequestItselfIsNot() {
        assertThat(DatabaseUnavailable.in(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseUnavailable.in(new QueryTimeoutException("canceling statement due to user request")))
                .isFalse();
        assertThat(DatabaseUnavailable.in(new SQLException("canceling statement due to user request", "57014")))
                .isFalse();
        assertThat(DatabaseUnavailable.in(new IllegalStateException("boom"))).isFalse();
        assertThat(DatabaseUnavailable.in(null)).isFalse();
    }
}
