package org.liaison.exchange.internal.cases;

import java.util.List;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseHistoryEntry;
import org.liaison.exchange.cases.CaseOpening;
import org.liaison.exchange.cases.CaseRefusedException;
import org.liaison.exchange.cases.CaseSearch;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.exchange.cases.NodeIdentity;
import org.liaison.exchange.cases.SedSubmission;
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

    JdbcExchangeCases(OutgoingCases outgoing, CaseSubmissions submissions, CaseReader reader, CaseStore cases,
                      InstitutionChecks institutions, ExchangeClock clock, AuditTrail audit, ExchangeNode node) {
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
        var problems = institutions.check("$.institution", institution, clock.today(), true);
        if (!problems.isEmpty()) {
            throw new CaseRefusedException(CaseRefusedException.Kind.INVALID, problems);
        }
        cases.update(new CaseRow(c.id(), c.bucType(), c.version(), c.environment(), c.nodeRole(), c.owner(), institution,
                c.status(), c.statusSince(), c.createdOn(), c.lastActivity(), c.inactiveOn(), c.archiveOn()),
                clock.instant());
        cases.record(caseId, clock.instant(), access.actor(), "ASSIGNED", null, institution);
        audit.record(AuditEvent.of("CASE_ASSIGNED", "EXCHANGE_CASE", caseId).with("institution", institution));
        return reader.find(caseId, access);
    }
}
