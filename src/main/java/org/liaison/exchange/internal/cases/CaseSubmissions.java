package org.liaison.exchange.internal.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liaison.exchange.bucs.BucAction;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucCaseState;
import org.liaison.exchange.bucs.BucEngine;
import org.liaison.exchange.bucs.BucVerdict;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseProblem;
import org.liaison.exchange.cases.CaseRefusedException;
import org.liaison.exchange.cases.SedSubmission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends an SED, or takes an administrative action, in an existing case: the case is locked, the input checked, the
 * BUC engine asked; a refusal lists every problem and stores nothing.
 */
@Component
class CaseSubmissions {

    private final CaseStore cases;
    private final SedStore seds;
    private final BucEngine engine;
    private final ContentChecks contents;
    private final InstitutionChecks institutions;
    private final CaseLedger ledger;
    private final Dispatcher dispatcher;
    private final AdministrativeContent administrative;
    private final ExchangeClock clock;

    CaseSubmissions(CaseStore cases, SedStore seds, BucEngine engine, ContentChecks contents,
                    InstitutionChecks institutions, CaseLedger ledger, Dispatcher dispatcher,
                    AdministrativeContent administrative, ExchangeClock clock) {
        this.cases = cases;
        this.seds = seds;
        this.engine = engine;
        this.contents = contents;
        this.institutions = institutions;
        this.ledger = ledger;
        this.dispatcher = dispatcher;
        this.administrative = administrative;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<BucAction> nextActions(String caseId, CaseAccess access) {
        return cases.find(caseId).filter(row -> access.sees(row.localInstitution()))
                .map(c -> engine.nextActions(Snapshots.of(c, cases.participants(caseId), seds.ofCase(caseId)),
                        c.nodeRole(), clock.today()))
                .orElse(List.of());
    }

    @Transactional
    void submit(String caseId, SedSubmission s, CaseAccess access) {
        CaseRow c = cases.lock(caseId).filter(row -> access.sees(row.localInstitution()))
                .orElseThrow(() -> CaseReader.notFound(caseId));
        LocalDate today = clock.today();
        BucCaseState state = Snapshots.of(c, cases.participants(caseId), seds.ofCase(caseId));
        List<CaseProblem> problems = new ArrayList<>();
        BucAction action;
        if (s.action() == BucActionKind.SEND) {
            if (s.sedType() == null || s.sedType().isBlank()) {
                problems.add(CaseTexts.problem("$.sedType", "sed.missing", null));
                throw new CaseRefusedException(CaseRefusedException.Kind.INVALID, problems);
            }
            action = new BucAction(BucActionKind.SEND, c.nodeRole(), s.sedType(), blankToNull(s.inReplyTo()), null, today);
        } else {
            if (s.action() == BucActionKind.ADD_PARTICIPANT) {
                List<CaseProblem> participant = institutions.check("$.participant", s.participant(), today, false);
                problems.addAll(participant);
                if (participant.isEmpty()) {
                    // the institution added takes part as a counterparty: the IR must say it handles the BUC so
                    problems.addAll(institutions.counterpartyIn("$.participant", s.participant(), c.bucType().code()));
                }
            }
            action = new BucAction(s.action(), c.nodeRole(), null, blankToNull(s.inReplyTo()),
                    blankToNull(s.participant()), today);
        }
        BucVerdict verdict = engine.check(state, action);
        if (s.action() != BucActionKind.SEND && verdict.allowed() && verdict.sed() == null) {
            // a local action (closing or reopening for this node only): no SED, nothing to send
            cases.record(caseId, clock.instant(), access.actor(), s.action().name(), null, verdict.rule());
            ledger.settle(c, verdict.resultingStatus(), s.action().name());
            return;
        }
        String sedType = s.action() == BucActionKind.SEND ? s.sedType() : verdict.sed();
        String content = s.content();
        if (sedType != null) {
            if (content == null && s.action() != BucActionKind.SEND) {
                content = administrative.minimal(c, sedType, action,
                        dispatcher.ours(c, cases.participants(caseId)));
            }
            problems.addAll(contents.content(sedType, c.version(), content));
        }
        problems.addAll(contents.attachments(s.attachments()));
        if (!verdict.allowed()) {
            problems.add(OutgoingCases.problem(s.action() == BucActionKind.SEND ? "$.sedType" : "$.action", verdict));
        }
        if (!problems.isEmpty()) {
            boolean onlyRefusal = problems.size() == 1 && !verdict.allowed();
            throw new CaseRefusedException(onlyRefusal ? CaseRefusedException.Kind.NOT_ALLOWED
                    : CaseRefusedException.Kind.INVALID, problems);
        }
        dispatcher.send(c, new Dispatcher.Outgoing(s.action(), sedType, blankToNull(s.inReplyTo()),
                blankToNull(s.participant()), content, s.attachments(), verdict.resultingStatus()), access.actor());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
