package org.liaison.postings.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseOpening;
import org.liaison.exchange.cases.CaseRefusedException;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.exchange.cases.SedReceived;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import org.liaison.exchange.institutions.Institution;
import org.liaison.exchange.institutions.InstitutionDirectory;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner's agreement for a posting that needs one (an exception under Reg. 883/2004 art. 16(1), or a
 * convention's extension): an officer opens a LA_BUC_01 case with an A001 (Reg. 987/2009 art. 18(1)), and the
 * partner's answer — A011 agreement or A002 refusal — comes back on the request, which returns to the top of the
 * officers' queue. Audited on the request number with the case id, never with personal data.
 */
@Service
public class PostingAgreements {

    private static final String OBJECT = "POSTING_REQUEST";

    private final PostingRequestStore store;
    private final ExchangeCases cases;
    private final InstitutionDirectory directory;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final String liaisonInstitution;
    private final ExchangeEnvironment environment;

    PostingAgreements(PostingRequestStore store, ExchangeCases cases, InstitutionDirectory directory, AuditTrail audit,
                      JsonMapper json) {
        this.store = store;
        this.cases = cases;
        this.directory = directory;
        this.audit = audit;
        this.json = json;
        this.liaisonInstitution = cases.node().liaisonInstitution();
        this.environment = cases.node().environment();
    }

    /** Thrown when the request cannot ask for an agreement now (409); nothing is sent. {@code reason} is a bundle key. */
    public static class NotPossible extends ProblemException {
        private final String reason;

        public NotPossible(String number, String reason) {
            super(Problem.conflict("agreement-not-possible",
                    PostingProblems.message("postings.agreement.not-possible.title"),
                    PostingProblems.message("postings.agreement.not-possible." + reason)));
            this.reason = reason;
        }

        public String reason() {
            return "postings.agreement.not-possible." + reason;
        }
    }

    /** Whether the partner can be asked through the exchange (LA_BUC_01 exists for the EESSI states only). */
    public boolean reachable(PostingRequest request) {
        return request.exchangePartner() != null && EessiCountries.inEessi(request.exchangePartner());
    }

    /** The partner's institutions that may receive the A001 (the IR's counterparties for LA_BUC_01), by id. */
    public List<Institution> institutions(PostingRequest request) {
        return reachable(request) ? directory.counterparties(AgreementRequestSed.BUC,
                EessiCountries.of(request.exchangePartner()), environment) : List.of();
    }

    /** Opens the LA_BUC_01 case with the A001 and links the request to it; returns the case. */
    @Transactional
    public ExchangeCase request(String number, @Nullable String institution, @Nullable String justification,
                                String officer) {
        PostingRequest request = store.find(number).map(PostingRequestStore.Stored::request)
                .orElseThrow(() -> new NotPossible(number, "unknown"));
        if (request.exchangeCaseId() != null) {
            throw new NotPossible(number, "linked");
        }
        if (request.status() != PostingStatus.IN_REVIEW || !request.exchangeNeeded()) {
            throw new NotPossible(number, "not-needed");
        }
        if (!reachable(request)) {
            throw new NotPossible(number, "outside-eessi");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (institution == null || institution.isBlank()) {
            problems.add(PostingProblems.of("institution", "required"));
        } else if (institutions(request).stream().noneMatch(i -> i.id().toString().equals(institution.trim()))) {
            problems.add(PostingProblems.of("institution", "agreement.institution"));
        }
        if (justification == null || justification.isBlank()) {
            problems.add(PostingProblems.of("justification", "required"));
        } else if (justification.trim().length() > 4000) {
            problems.add(PostingProblems.of("justification", "agreement.justification.length", 4000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String recipient = institution.trim();
        String content = AgreementRequestSed.build(json, request, liaisonInstitution, recipient, justification);
        ExchangeCase opened;
        try {
            opened = cases.open(new CaseOpening(AgreementRequestSed.BUC, null, liaisonInstitution, recipient,
                    AgreementRequestSed.SED, content, List.of()), CaseAccess.everything(officer));
        } catch (CaseRefusedException e) {
            throw new InvalidInputException(e.problems().stream().map(p -> new FieldProblem(
                    p.path().equals("$.counterparty") ? "institution" : "exchange", p.code(), p.message())).toList());
        }
        if (!store.linkCase(number, opened.id())) {
            throw new NotPossible(number, "linked"); // a concurrent request won: roll the case back with ours
        }
        store.addEvent(number, "A001_SENT", opened.id(), AgreementRequestSed.SED, officer);
        audit.record(AuditEvent.of("POSTING_AGREEMENT_REQUESTED", OBJECT, number).by(officer)
                .with("case", opened.id()).with("sed", AgreementRequestSed.SED).with("institution", recipient));
        return opened;
    }

    /**
     * An SED arrived in a case: if it is a request's agreement case, the answer is recorded on the request (A011 →
     * agreed, A002 → refused) and the request goes back on top of the queue; any other SED is only noted.
     */
    @ApplicationModuleListener
    void on(SedReceived received) {
        Optional<String> number = store.numberOfCase(received.caseId());
        if (number.isEmpty()) {
            return;
        }
        AgreementAnswer answer = AgreementAnswer.of(received.sedType());
        if (answer != AgreementAnswer.OTHER) {
            store.answerReceived(number.get(), answer, received.sedType());
        }
        store.addEvent(number.get(), "SED_RECEIVED", received.caseId(), received.sedType(), "system");
        audit.record(AuditEvent.of("POSTING_AGREEMENT_ANSWERED", OBJECT, number.get()).by("system")
                .with("case", received.caseId()).with("sed", received.sedType()).with("answer", answer));
    }

    public List<PostingEvent> events(String number) {
        return store.events(number);
    }
}
