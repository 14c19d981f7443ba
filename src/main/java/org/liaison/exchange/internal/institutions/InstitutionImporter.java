package org.liaison.exchange.internal.institutions;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports an IR file (FULL or DELTA) in one transaction: applied whole, or refused whole with every bad record and
 * its position, in which case nothing changes. Every run, applied or refused, is recorded with its counts and
 * audited; an applied run empties the routing cache once committed.
 */
@Service
public class InstitutionImporter {

    private static final Logger log = LoggerFactory.getLogger(InstitutionImporter.class);

    private final InstitutionStore store;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final RoutingCache cache;
    private final Clock clock;
    // records are read one by one from the middle of the file: what follows one is no trailing garbage
    private final InstitutionFile file = new InstitutionFile(JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build());

    InstitutionImporter(InstitutionStore store, TransactionTemplate transactions, AuditTrail audit, RoutingCache cache) {
        this.store = store;
        this.transactions = transactions;
        this.audit = audit;
        this.cache = cache;
        this.clock = Clock.systemDefaultZone();
    }

    /**
     * Reads the stream to its end (the caller closes it) and applies it.
     *
     * @param source a name for the run's record, e.g. the uploaded file's name (not audited)
     */
    public ImportSummary importFile(InputStream in, ImportMode mode, String source) {
        return importFile(in, mode, source, true);
    }

    /**
     * As {@link #importFile(InputStream, ImportMode, String)}; the start-up fill with the demo file is not audited
     * (no person acts, like the agreements reference data) but is recorded as a run.
     */
    ImportSummary importFile(InputStream in, ImportMode mode, String source, boolean audited) {
        Instant started = clock.instant();
        String actor = actor();
        ImportRun run = new ImportRun(store, mode, LocalDate.now(clock));
        ImportSummary applied = transactions.execute(status -> {
            store.lockForImport();
            store.createSeenTable();
            file.read(in, run);
            run.flush();
            if (!run.failed() && mode == ImportMode.FULL && run.records() == 0) {
                run.fileProblem("file.empty-full");
            }
            if (run.failed()) {
                status.setRollbackOnly();
                return null;
            }
            if (mode == ImportMode.FULL) {
                run.removeUnlisted();
            }
            long id = store.recordRun(run.summary(0, true), source, actor, started);
            ImportSummary summary = run.summary(id, true);
            if (audited) {
                audit.record(event("INSTITUTIONS_IMPORTED", summary));
            }
            return summary;
        });
        if (applied != null) {
            cache.invalidate();
            log.info("Institution import {} ({}): {} records, {} added, {} changed, {} unchanged, {} removed",
                    applied.runId(), mode, applied.records(), applied.added(), applied.changed(), applied.unchanged(),
                    applied.removed());
            return applied;
        }
        ImportSummary refused = transactions.execute(status -> {
            long id = store.recordRun(run.summary(0, false), source, actor, started);
            ImportSummary summary = run.summary(id, false);
            if (audited) {
                audit.record(event("INSTITUTIONS_IMPORT_REFUSED", summary));
            }
            return summary;
        });
        log.info("Institution import {} ({}) refused: {} bad records", refused.runId(), mode, refused.refused());
        return refused;
    }

    /** Whether the IR holds no institution at all (not even removed ones). */
    public boolean isEmpty() {
        return store.isEmpty();
    }

    private static AuditEvent event(String action, ImportSummary summary) {
        return AuditEvent.of(action, "INSTITUTION_IMPORT", Long.toString(summary.runId()))
                .with("mode", summary.mode()).with("records", summary.records()).with("added", summary.added())
                .with("changed", summary.changed()).with("unchanged", summary.unchanged())
                .with("removed", summary.removed()).with("refused", summary.refused());
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
    }
}
