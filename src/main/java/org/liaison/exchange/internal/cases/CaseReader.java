package org.liaison.exchange.internal.cases;

import java.time.Instant;
import java.util.List;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.bucs.BucEngine;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseHistoryEntry;
import org.liaison.exchange.cases.CaseRefusedException;
import org.liaison.exchange.cases.CaseSearch;
import org.liaison.exchange.cases.CaseSed;
import org.liaison.exchange.cases.CaseTransfer;
import org.liaison.exchange.cases.ExchangeCase;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads cases for those who may see them: a case another institution handles is "not found" for an agent (its
 * existence is not revealed). Reading an SED's content is audited.
 */
@Component
class CaseReader {

    private final CaseStore cases;
    private final SedStore seds;
    private final BucEngine engine;
    private final AuditTrail audit;

    private final CaseTransfers transfers;

    CaseReader(CaseStore cases, SedStore seds, BucEngine engine, AuditTrail audit, CaseTransfers transfers) {
        this.transfers = transfers;
        this.cases = cases;
        this.seds = seds;
        this.engine = engine;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    ExchangeCase find(String caseId, CaseAccess access) {
        return view(visible(caseId, access));
    }

    @Transactional
    String content(String caseId, String sedId, CaseAccess access) {
        visible(caseId, access);
        String content = seds.content(caseId, sedId).orElseThrow(() -> notFound(caseId + "/" + sedId));
        audit.record(AuditEvent.of("SED_READ", "EXCHANGE_CASE", caseId).with("sed", sedId));
        return content;
    }

    /**
     * The whole history for those who see the case; for an institution the case was transferred from, the history up
     * to its last transfer out (what it did, and who took the case from it, when and why), nothing after.
     */
    @Transactional(readOnly = true)
    List<CaseHistoryEntry> history(String caseId, CaseAccess access) {
        if (sees(caseId, access)) {
            return cases.history(caseId);
        }
        Instant left = transfers.lastLeft(caseId, access.institutions()).orElseThrow(() -> notFound(caseId));
        return cases.history(caseId).stream().filter(entry -> !entry.at().isAfter(left)).toList();
    }

    /** The case's transfers, for those who see it, and for an institution the case was transferred from. */
    @Transactional(readOnly = true)
    List<CaseTransfer> transfers(String caseId, CaseAccess access) {
        if (sees(caseId, access)) {
            return transfers.of(caseId);
        }
        transfers.lastLeft(caseId, access.institutions()).orElseThrow(() -> notFound(caseId));
        return transfers.of(caseId).stream().filter(t -> !t.pending() && access.institutions().contains(t.from()))
                .toList();
    }

    private boolean sees(String caseId, CaseAccess access) {
        return cases.find(caseId).filter(c -> access.sees(c.localInstitution())).isPresent();
    }

    @Transactional(readOnly = true)
    List<ExchangeCase> search(CaseSearch criteria, CaseAccess access, int limit) {
        return cases.search(criteria, access, Math.max(1, Math.min(limit, 500))).stream().map(this::view).toList();
    }

    private CaseRow visible(String caseId, CaseAccess access) {
        return cases.find(caseId).filter(c -> access.sees(c.localInstitution())).orElseThrow(() -> notFound(caseId));
    }

    ExchangeCase view(CaseRow c) {
        List<CaseSed> list = seds.ofCase(c.id());
        var participants = cases.participants(c.id());
        var deadlines = c.status() == BucCaseStatus.OPEN
                ? engine.deadlines(Snapshots.of(c, participants, list)) : List.<org.liaison.exchange.bucs.BucDeadline>of();
        return new ExchangeCase(c.id(), c.bucType(), c.version(), c.environment(), c.nodeRole(), c.owner(),
                c.localInstitution(), c.status(), c.statusSince(), c.createdOn(), c.lastActivity(), c.inactiveOn(),
                c.archiveOn(), participants, list, deadlines, c.personName());
    }

    static CaseRefusedException notFound(String what) {
        return new CaseRefusedException(CaseRefusedException.Kind.NOT_FOUND,
                List.of(CaseTexts.problem("$.caseId", "case.not-found", null, what)));
    }
}
