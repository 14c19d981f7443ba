package org.liaison.exchange.internal.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.liaison.exchange.bucs.BucAction;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseHistoryEntry;
import org.liaison.exchange.cases.CaseOpening;
import org.liaison.exchange.cases.CaseRefusedException;
import org.liaison.exchange.cases.CaseSearch;
import org.liaison.exchange.cases.CaseTransfer;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.exchange.cases.NodeIdentity;
import org.liaison.exchange.cases.SedSubmission;
import org.liaison.exchange.cases.TransferReason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cases of this node on PostgreSQL: each call one transaction, refusals store nothing. */
@Service
class JdbcExchangeCases implements ExchangeCases {

    private final OutgoingCases outgoing;
    private final CaseSubmissions submissions;
    private final CaseReader reader;
    private final CaseStore cases;
    private final InstitutionChecks institutions;
    private final ExchangeClock clock;
    private final AuditTrail audit;
    private final NodeIdentity node;
    private final CaseTransfers transfers;

    JdbcExchangeCases(OutgoingCases outgoing, CaseSubmissions submissions, CaseReader reader, CaseStore cases,
                      InstitutionChecks institutions, ExchangeClock clock, AuditTrail audit, ExchangeNode node,
                      CaseTransfers transfers) {
        this.transfers = transfers;
        this.outgoing = outgoing;
        this.submissions = submissions;
        this.reader = reader;
        this.cases = cases;
        this.institutions = institutions;
        this.clock = clock;
        this.audit = audit;
        this.node = new NodeIdentity(node.country(), node.accessPoint(), node.environment(), node.liaisonInstitution());
    }

    @Override
    public NodeIdentity node() {
        return node;
    }

    @Override
    public ExchangeCase open(CaseOpening opening, CaseAccess access) {
        String id = outgoing.open(opening, access);
        return reader.find(id, CaseAccess.everything(access.actor()));
    }

    @Override
    public ExchangeCase submit(String caseId, SedSubmission submission, CaseAccess access) {
        submissions.submit(caseId, submission, access);
        return reader.find(caseId, CaseAccess.everything(access.actor()));
    }

    @Override
    public ExchangeCase find(String caseId, CaseAccess access) {
        return reader.find(caseId, access);
    }

    @Override
    public List<BucAction> nextActions(String caseId, CaseAccess access) {
        return submissions.nextActions(caseId, access);
    }

    @Override
    public String content(String caseId, String sedId, CaseAccess access) {
        return reader.content(caseId, sedId, access);
    }

    @Override
    public List<CaseHistoryEntry> history(String caseId, CaseAccess access) {
        return reader.history(caseId, access);
    }

    @Override
    public List<ExchangeCase> search(CaseSearch criteria, CaseAccess access, int limit) {
        return reader.search(criteria, access, limit);
    }

    @Override
    @Transactional
    public ExchangeCase assign(String caseId, String institution, CaseAccess access) {
        if (!access.all()) {
            throw CaseReader.notFound(caseId);
        }
        CaseRow c = cases.lock(caseId).orElseThrow(() -> CaseReader.notFound(caseId));
        String holder = c.localInstitution();
        Optional<CaseTransfer> transfer = holder == null ? Optional.empty() : transfers.pending(caseId);
        if (holder != null && transfer.isEmpty()) {
            // a hand-made POST must not take a case from the institution handling it behind its back
            throw refused(CaseRefusedException.Kind.NOT_ALLOWED, "case.assignment.held", holder);
        }
        if (institution.equals(holder)) {
            throw new CaseRefusedException(CaseRefusedException.Kind.INVALID,
                    List.of(CaseTexts.problem("$.institution", "case.assignment.same", null, holder)));
        }
        var problems = institutions.check("$.institution", institution, clock.today(), true);
        if (!problems.isEmpty()) {
            throw new CaseRefusedException(CaseRefusedException.Kind.INVALID, problems);
        }
        Instant now = clock.instant();
        cases.update(new CaseRow(c.id(), c.bucType(), c.version(), c.environment(), c.nodeRole(), c.owner(), institution,
                c.status(), c.statusSince(), c.createdOn(), c.lastActivity(), c.inactiveOn(), c.archiveOn()), now);
        if (transfer.isPresent()) {
            TransferReason reason = transfer.get().reason();
            transfers.complete(caseId, institution, now, access.actor());
            cases.record(caseId, now, access.actor(), "TRANSFERRED", null, holder + " → " + institution + " · " + reason);
            audit.record(AuditEvent.of("CASE_TRANSFERRED", "EXCHANGE_CASE", caseId).with("from", holder)
                    .with("to", institution).with("reason", reason));
        } else {
            cases.record(caseId, now, access.actor(), "ASSIGNED", null, institution);
            audit.record(AuditEvent.of("CASE_ASSIGNED", "EXCHANGE_CASE", caseId).with("institution", institution));
        }
        return reader.find(caseId, access);
    }

    @Override
    @Transactional
    public ExchangeCase requestTransfer(String caseId, TransferReason reason, CaseAccess access) {
        CaseRow c = cases.lock(caseId).filter(row -> access.sees(row.localInstitution()))
                .orElseThrow(() -> CaseReader.notFound(caseId));
        if (c.localInstitution() == null) {
            throw refused(CaseRefusedException.Kind.NOT_ALLOWED, "case.transfer.queued", caseId);
        }
        if (transfers.pending(caseId).isPresent()) {
            throw refused(CaseRefusedException.Kind.NOT_ALLOWED, "case.transfer.pending", c.localInstitution());
        }
        Instant now = clock.instant();
        transfers.request(caseId, c.localInstitution(), reason, now, access.actor());
        cases.record(caseId, now, access.actor(), "TRANSFER_REQUESTED", null, c.localInstitution() + " · " + reason);
        audit.record(AuditEvent.of("CASE_TRANSFER_REQUESTED", "EXCHANGE_CASE", caseId)
                .with("from", c.localInstitution()).with("reason", reason));
        return reader.find(caseId, access);
    }

    @Override
    public List<CaseTransfer> transfers(String caseId, CaseAccess access) {
        return reader.transfers(caseId, access);
    }

    private static CaseRefusedException refused(CaseRefusedException.Kind kind, String code, Object argument) {
        return new CaseRefusedException(kind, List.of(CaseTexts.problem("$.institution", code, null, argument)));
    }
}
