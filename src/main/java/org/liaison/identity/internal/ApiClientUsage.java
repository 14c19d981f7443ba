package org.liaison.identity.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every call of an API client is counted here, in memory, per client and minute, and written in one batch every
 * minute ({@code liaison.api-clients.usage-flush}) and at shutdown: the counts go to {@code api_client_usage} and
 * each client that called gets one {@code API_CLIENT_USED} entry in the audit trail, with the client as actor and
 * its number of calls and refusals. What a client changes (a case, a request...) is audited by the module that
 * changes it, with the client as actor, in the same transaction as the change.
 * <p>
 * Why not one audit entry per call: the audit chain takes one lock per append (each entry hashes the previous
 * one), so every API call would wait for every other one and add a committed write of its own; the benchmark of
 * issue #10 asks for at most 2 ms of authentication overhead. A crash loses at most one minute of counts, never an
 * audited action.
 */
@Service
public class ApiClientUsage {

    private record Key(long clientId, String principalName, Instant minute) {
    }

    private static final class Counts {
        final LongAdder calls = new LongAdder();
        final LongAdder refused = new LongAdder();
    }

    private final ConcurrentHashMap<Key, Counts> pending = new ConcurrentHashMap<>();
    private final ApiClientStore clients;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    ApiClientUsage(ApiClientStore clients, AuditTrail audit, TransactionTemplate transactions) {
        this.clients = clients;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Counts one call; {@code refused} when the client's role did not allow it (403). */
    public void record(long clientId, String principalName, boolean refused) {
        Counts counts = pending.computeIfAbsent(
                new Key(clientId, principalName, Instant.now(clock).truncatedTo(ChronoUnit.MINUTES)),
                key -> new Counts());
        counts.calls.increment();
        if (refused) {
            counts.refused.increment();
        }
    }

    /** Writes what was counted so far (also called by tests, to read the counts without waiting). */
    @Scheduled(fixedDelayString = "${liaison.api-clients.usage-flush:60s}",
            initialDelayString = "${liaison.api-clients.usage-flush:60s}")
    @PreDestroy
    public synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<Key, long[]> taken = new HashMap<>();
        for (Key key : pending.keySet()) {
            Counts counts = pending.remove(key);
            if (counts != null) {
                // a call counted between remove and sum lands in a new Counts, written at the next flush
                taken.put(key, new long[] {counts.calls.sum(), counts.refused.sum()});
            }
        }
        Map<Long, long[]> perClient = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        transactions.executeWithoutResult(status -> {
            taken.forEach((key, counts) -> {
                clients.addUsage(key.clientId(), key.minute(), counts[0], counts[1]);
                long[] total = perClient.computeIfAbsent(key.clientId(), id -> new long[2]);
                total[0] += counts[0];
                total[1] += counts[1];
                names.put(key.clientId(), key.principalName());
            });
            perClient.forEach((id, total) -> audit.record(AuditEvent.of("API_CLIENT_USED", "API_CLIENT",
                            names.get(id).substring(ApiClient.PRINCIPAL_PREFIX.length()))
                    .with("calls", total[0]).with("refused", total[1]).by(names.get(id))));
        });
    }
}
