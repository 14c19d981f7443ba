package org.liaison.exchange.internal.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liaison.exchange.bucs.BucAction;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucCaseState;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucDefinition;
import org.liaison.exchange.bucs.BucDefinitions;
import org.liaison.exchange.bucs.BucEngine;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.bucs.BucType;
import org.liaison.exchange.bucs.BucVerdict;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseOpening;
import org.liaison.exchange.cases.CaseProblem;
import org.liaison.exchange.cases.CaseRefusedException;
import org.liaison.exchange.bucs.CaseRole;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case as case owner: every input problem and the BUC engine's verdict are gathered first; a refusal
 * stores nothing. The case, its participants, the first SED and its outbox message are written in one transaction.
 */
@Component
class OutgoingCases {

    private final BucDefinitions definitions;
    private final BucEngine engine;
    private final InstitutionChecks institutions;
    private final ContentChecks contents;
    private final CaseStore cases;
    private final Dispatcher dispatcher;
    private final ExchangeClock clock;
    private final ExchangeNode node;
    private final CaseNumbers caseNumbers;

    OutgoingCases(BucDefinitions definitions, BucEngine engine, InstitutionChecks institutions, ContentChecks contents,
                  CaseStore cases, Dispatcher dispatcher, ExchangeClock clock, ExchangeNode node,
                  CaseNumbers caseNumbers) {
        this.definitions = definitions;
        this.engine = engine;
        this.institutions = institutions;
        this.contents = contents;
        this.cases = cases;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.node = node;
        this.caseNumbers = caseNumbers;
    }

    @Transactional
    String open(CaseOpening o, CaseAccess access) {
        LocalDate today = clock.today();
        List<CaseProblem> problems = new ArrayList<>();
        Optional<BucDefinition> definition = definition(o.bucType(), o.version(), problems);
        List<CaseProblem> owner = institutions.check("$.owner", o.owner(), today, true);
        problems.addAll(owner);
        if (owner.isEmpty() && !access.sees(o.owner())) {
            problems.add(CaseTexts.problem("$.owner", "institution.not-yours", null, o.owner()));
        }
        List<CaseProblem> counterparty = institutions.check("$.counterparty", o.counterparty(), today, false);
        problems.addAll(counterparty);
        if (counterparty.isEmpty() && definition.isPresent()) {
            problems.addAll(institutions.counterpartyIn("$.counterparty", o.counterparty(), o.bucType()));
        }
        if (o.sedType() == null || o.sedType().isBlank()) {
            problems.add(CaseTexts.problem("$.sedType", "sed.missing", null));
        } else if (definition.isPresent()) {
            problems.addAll(contents.content(o.sedType(), definition.get().version(), o.content()));
        }
        problems.addAll(contents.attachments(o.attachments()));
        if (definition.isEmpty() || !problems.isEmpty()) {
            throw new CaseRefusedException(CaseRefusedException.Kind.INVALID, problems);
        }
        BucDefinition buc = definition.get();
        List<BucParticipant> participants = List.of(new BucParticipant(o.owner(), CaseRole.CASE_OWNER),
                new BucParticipant(o.counterparty(), CaseRole.COUNTERPARTY));
        BucCaseState state = BucCaseState.opened(buc.type(), buc.version(), today, participants);
        BucVerdict verdict = engine.check(state, BucAction.send(o.sedType(), CaseRole.CASE_OWNER, today));
        if (!verdict.allowed()) {
            throw refusal("$.sedType", verdict);
        }
        CaseRow row = new CaseRow(dispatcher.newCaseId(), buc.type(), buc.version(), node.environment(),
                CaseRole.CASE_OWNER, o.owner(), o.owner(), BucCaseStatus.OPEN, today, today, today, null, null);
        cases.insert(row, clock.instant());
        participants.forEach(p -> cases.addParticipant(row.id(), p, clock.instant()));
        cases.record(row.id(), clock.instant(), access.actor(), "CASE_CREATED", null, buc.type() + " " + buc.version());
        String content = caseNumbers.stamp(o.content(), row.id(), o.owner());
        dispatcher.send(row, new Dispatcher.Outgoing(BucActionKind.SEND, o.sedType(), null, null, content,
                o.attachments(), verdict.resultingStatus()), access.actor());
        return row.id();
    }

    private Optional<BucDefinition> definition(String bucType, String version, List<CaseProblem> problems) {
        if (!BucType.isValid(bucType)) {
            problems.add(CaseTexts.problem("$.bucType", "buc.malformed", null, String.valueOf(bucType)));
            return Optional.empty();
        }
        String wanted = version == null || version.isBlank() ? definitions.latestVersion() : version;
        if (!definitions.versions().contains(wanted)) {
            problems.add(CaseTexts.problem("$.version", "buc.version", null, wanted, definitions.versions()));
            return Optional.empty();
        }
        Optional<BucDefinition> found = definitions.find(BucType.of(bucType), wanted);
        if (found.isEmpty()) {
            problems.add(CaseTexts.problem("$.bucType", "buc.unknown", null, bucType, wanted));
        }
        return found;
    }

    /** The BUC engine's refusal as a problem at that path. */
    static CaseRefusedException refusal(String path, BucVerdict verdict) {
        return new CaseRefusedException(CaseRefusedException.Kind.NOT_ALLOWED,
                List.of(problem(path, verdict)));
    }

    static CaseProblem problem(String path, BucVerdict verdict) {
        return new CaseProblem(path, "buc." + verdict.reason(), verdict.explanation(), verdict.rule());
    }
}
