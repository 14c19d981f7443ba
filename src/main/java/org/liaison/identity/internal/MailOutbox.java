package org.liaison.identity.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mails to applicants, written in the transaction of what they announce (an account and its verification link): a
 * mail exists only if the account does, and it stays until {@link MailRelay} has handed it to the SMTP server.
 */
@Repository
public class MailOutbox {

    /** A mail waiting to be sent. */
    record Pending(long id, int attempts, String recipient, String subject, String body, String purpose,
                   String objectId) {
    }

    private final JdbcClient jdbc;
    private final MailRelay relay;

    MailOutbox(JdbcClient jdbc, @org.springframework.context.annotation.Lazy MailRelay relay) {
        this.jdbc = jdbc;
        this.relay = relay;
    }

    /** Queues the mail in the caller's transaction; the relay is woken once it commits. */
    void write(String recipient, String subject, String body, String purpose, String objectId) {
        jdbc.sql("insert into mail_outbox (recipient, subject, body, purpose, object_id) values (?, ?, ?, ?, ?)")
                .params(recipient, subject, body, purpose, objectId).update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.wakeUp();
                }
            });
        }
    }

    /** Mails due now, locked for this run (another run or instance skips them). */
    List<Pending> due(int limit, Instant now) {
        return jdbc.sql("""
                select id, attempts, recipient, subject, body, purpose, object_id from mail_outbox
                where status = 'PENDING' and next_attempt_at <= ? order by id limit ? for update skip locked""")
                .params(Timestamp.from(now), limit)
                .query((rs, n) -> new Pending(rs.getLong("id"), rs.getInt("attempts"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), rs.getString("purpose"),
                        rs.getString("object_id")))
                .list();
    }

    void sent(long id, Instant now) {
        jdbc.sql("update mail_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null where id = ?")
                .params(Timestamp.from(now), id).update();
    }

    void retryLater(long id, Instant at, String why, boolean giveUp) {
        jdbc.sql("update mail_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ?, status = ? where id = ?")
                .params(Timestamp.from(at), why == null || why.length() <= 300 ? why : why.substring(0, 300),
                        giveUp ? "FAILED" : "PENDING", id).update();
    }

    /** How many mails wait (for the tests and the operators). */
    public long pending() {
        return jdbc.sql("select count(*) from mail_outbox where status = 'PENDING'").query(Long.class).single();
    }

    /** Makes every pending mail due now (tests: a retry without waiting for the backoff). */
    public void dueNow() {
        jdbc.sql("update mail_outbox set next_attempt_at = now() where status = 'PENDING'").update();
    }

    static Duration backoff(int attempts) {
        return Duration.ofSeconds(Math.min(30L << Math.min(attempts, 10), 3600));
    }
}
