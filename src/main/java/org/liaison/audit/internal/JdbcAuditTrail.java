package org.liaison.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.AuditVerification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail in PostgreSQL. Appends take a transaction-scoped advisory lock, so that two transactions
 * never chain onto the same previous entry; the lock is released when the caller's transaction ends.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    /** Arbitrary but fixed: the advisory-lock key that serialises appends ("LIAIS" in ASCII). */
    static final long APPEND_LOCK = 0x4C49414953L;

    private final JdbcClient jdbc;
    private final AuditChainVerifier verifier;
    private final Clock clock = Clock.systemUTC();

    JdbcAuditTrail(JdbcClient jdbc, AuditChainVerifier verifier) {
        this.jdbc = jdbc;
        this.verifier = verifier;
    }

    @Override
    @Transactional
    public void record(AuditEvent event) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(APPEND_LOCK).query(Integer.class).single();
        Optional<AuditEntry> last = jdbc.sql("select " + AuditRows.COLUMNS + " from audit_entry order by id desc limit 1")
                .query(AuditRows::map).optional();
        AuditEntry unsigned = new AuditEntry(
                last.map(AuditEntry::id).orElse(0L) + 1,
                AuditHash.precision(Instant.now(clock)),
                clean(event.actor() != null ? event.actor() : AuditContext.actor(), 200),
                event.action(),
                event.objectType(),
                clean(event.objectId(), 200),
                clean(event.origin() != null ? event.origin() : AuditContext.origin(), 100),
                cleanDetails(event.details()),
                last.map(AuditEntry::hash).orElse(AuditHash.GENESIS),
                null);
        String hash = AuditHash.of(unsigned);
        jdbc.sql("""
                        insert into audit_entry (id, occurred_at, actor, action, object_type, object_id, origin,
                                                 details, previous_hash, hash)
                        values (:id, :occurredAt, :actor, :action, :objectType, :objectId, :origin,
                                cast(:details as jsonb), :previousHash, :hash)""")
                .param("id", unsigned.id())
                .param("occurredAt", unsigned.occurredAt().atOffset(ZoneOffset.UTC))
                .param("actor", unsigned.actor())
                .param("action", unsigned.action())
                .param("objectType", unsigned.objectType())
                .param("objectId", unsigned.objectId())
                .param("origin", unsigned.origin())
                .param("details", AuditRows.json(unsigned.details()))
                .param("previousHash", unsigned.previousHash())
                .param("hash", hash)
                .update();
    }

    @Override
    public AuditVerification verify() {
        return verifier.verify();
    }

    /** What is hashed must be exactly what PostgreSQL stores: no NUL or other control characters, no overflow. */
    static String clean(String value, int max) {
        if (value == null) {
            return null;
        }
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= max ? printable : printable.substring(0, max);
    }

    private static Map<String, String> cleanDetails(Map<String, String> details) {
        Map<String, String> cleaned = new LinkedHashMap<>();
        details.forEach((key, value) -> cleaned.put(key, clean(value, 500)));
        return cleaned;
    }
}
