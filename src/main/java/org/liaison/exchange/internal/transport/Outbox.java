package org.liaison.exchange.internal.transport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.liaison.exchange.transport.ExchangeMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox: an outgoing message is written in the transaction that stores its SED, so it leaves
 * only if the SED was stored, and it stays until the relay has delivered it. Once the transaction commits, the
 * relay is woken up; its schedule picks up whatever a failure left behind.
 */
@Repository
public class Outbox {

    /** A message waiting in the outbox. */
    record Pending(long id, int attempts, ExchangeMessage message) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    /** A field missing from a payload queued by an earlier version (e.g. {@code replay}) takes its default. */
    private final ObjectReader payloads;
    private final Clock clock;
    private final OutboxRelay relay;

    Outbox(JdbcClient jdbc, JsonMapper json, Clock exchangeClock, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.json = json;
        this.payloads = json.readerFor(ExchangeMessage.class)
                .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        this.clock = exchangeClock;
        this.relay = relay;
    }

    /** Queues the message in the caller's transaction (which must exist). */
    public void write(ExchangeMessage message) {
        jdbc.sql("""
                insert into exchange_outbox (message_id, case_id, access_point, payload, status, next_attempt_at, created_at)
                values (?, ?, ?, cast(? as jsonb), 'PENDING', ?, ?)""")
                .params(message.messageId(), message.caseId(), message.receiverAccessPoint(),
                        json.writeValueAsString(message), Timestamp.from(clock.instant()), Timestamp.from(clock.instant()))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
    }

    /**
     * Messages due now, locked for this relay run (another run skips them): of one case to one access point, only the
     * first one pending, so that they arrive in the order written (a retried message holds back those behind it, and
     * a case's history reaches an institution added before the X005 that would be refused without it).
     */
    List<Pending> due(int limit) {
        return jdbc.sql("""
                select o.id, o.attempts, o.payload::text as payload from exchange_outbox o
                where o.status = 'PENDING' and o.next_attempt_at <= ?
                  and not exists (select 1 from exchange_outbox e where e.status = 'PENDING'
                                  and e.access_point = o.access_point and e.case_id = o.case_id and e.id < o.id)
                order by o.id limit ? for update of o skip locked""")
                .params(Timestamp.from(clock.instant()), limit)
                .query((rs, n) -> new Pending(rs.getLong("id"), rs.getInt("attempts"),
                        payloads.readValue(rs.getString("payload"))))
                .list();
    }

    void sent(long id) {
        jdbc.sql("update exchange_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null where id = ?")
                .params(Timestamp.from(clock.instant()), id).update();
    }

    void rejected(long id, String why) {
        jdbc.sql("update exchange_outbox set status = 'REJECTED', attempts = attempts + 1, last_error = ? where id = ?")
                .params(truncate(why), id).update();
    }

    void retryLater(long id, Duration delay, String why) {
        jdbc.sql("update exchange_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
                .params(Timestamp.from(clock.instant().plus(delay)), truncate(why), id).update();
    }

    /** The status of a message (PENDING, SENT, REJECTED), for the pages and the tests. */
    public String status(String messageId) {
        return jdbc.sql("select status from exchange_outbox where message_id = ?").param(messageId).query(String.class)
                .optional().orElse("NONE");
    }

    /** Why the last delivery attempt of the message failed, if it did. */
    public java.util.Optional<String> lastError(String messageId) {
        return jdbc.sql("select last_error from exchange_outbox where message_id = ? and last_error is not null")
                .param(messageId).query(String.class).optional();
    }

    /** How many messages still wait. */
    public long pending() {
        return jdbc.sql("select count(*) from exchange_outbox where status = 'PENDING'").query(Long.class).single();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300);
    }
}
