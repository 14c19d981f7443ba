package org.liaison.identity.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every period ({@code liaison.identity.unknown-logins.cron}, a quarter of an hour), one audit entry
 * {@code LOGIN_FAILED_UNKNOWN_SUMMARY} counts the failed sign-ins with a user name that names no account. Each
 * instance may run it: the rows it counts are deleted in the same transaction, so none is counted twice.
 */
@Component
class UnknownLoginSummary {

    private final LoginAttempts attempts;

    UnknownLoginSummary(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Scheduled(cron = "${liaison.identity.unknown-logins.cron:0 */15 * * * *}")
    void summarise() {
        attempts.summariseUnknown();
    }
}
