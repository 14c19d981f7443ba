package org.liaison.postings.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.liaison.coordination.Activity;
import org.liaison.coordination.ApplicableLegislation;
import org.liaison.coordination.Decision;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.DecisionView;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.Situation;
import org.liaison.postings.PostingRequestApproved;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.LocalizedText;
import org.liaison.shared.PartnerCode;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The posting request workflow: SUBMITTED → the engine decides → APPROVED with the certificate, REFUSED with the
 * engine's reason, or IN_REVIEW in the liaison officers' queue with the engine's trace; the officer then approves or
 * refuses, always with a reason. Every step is audited on the request number, without personal data.
 */
@Service
public class PostingRequests {

    private static final String OBJECT = "POSTING_REQUEST";
    private static final String SYSTEM = "system";

    private final SubmissionChecks checks;
    private final OverlappingCertificates overlaps;
    private final ApplicableLegislation engine;
    private final PostingRequestStore store;
    private final PostingCertificates certificates;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    PostingRequests(SubmissionChecks checks, OverlappingCertificates overlaps, ApplicableLegislation engine,
                    PostingRequestStore store, PostingCertificates certificates, AuditTrail audit,
                    ApplicationEventPublisher events) {
        this.checks = checks;
        this.overlaps = overlaps;
        this.engine = engine;
        this.store = store;
        this.certificates = certificates;
        this.audit = audit;
        this.events = events;
    }

    /** What a requester gets back: the number, the access code (shown once) and where the request stands. */
    public record Receipt(String number, String accessCode, PostingRequest request) {
    }


    /** Thrown when an officer decides a request that is not waiting in the queue (409). */
    public static class NotInReview extends ProblemException {
        public NotInReview(String number) {
            super(Problem.conflict("not-in-review", PostingProblems.message("postings.problem.not-in-review.title"),
                    PostingProblems.message("postings.problem.not-in-review")));
        }
    }

    /** A request made without an account: it waits for an officer whatever the engine decides (issue #11 §4). */
    @Transactional
    public Receipt submit(Submission submission) {
        return submit(submission, null);
    }

    /**
     * A request, from the applicant's account (identity's username, a verified address) or anonymous ({@code null}).
     * Only a request from an account may be approved by the engine alone: an anonymous one the engine would approve
     * waits in the officers' queue, with a reason that says so.
     */
    @Transactional
    public Receipt submit(Submission submission, @Nullable String applicant) {
        SubmissionChecks.Checked checked = checks.check(submission);
        Activity posting = checked.posting();
        // issue #11 §4: one certificate per person and period, unless it replaces a withdrawn one or extends one
        OverlappingCertificates.Continuity continuity = overlaps.check(submission.holder(), checked.situation(), posting);
        String number = store.nextNumber();
        String code = AccessCodes.generate();
        store.insert(number, AccessCodes.hash(code), submission.situation(), submission.holder(),
                submission.employerName().trim(), checked.publicFields(), posting.state().value(),
                posting.postedFrom().value(), applicant);
        store.continues(number, continuity.replaces(), continuity.extended());
        audit.record(AuditEvent.of("POSTING_REQUEST_SUBMITTED", OBJECT, number)
                .with("workState", posting.state()).with("postedFrom", posting.postedFrom())
                .with("account", applicant == null ? "none" : "verified")
                .with("replaces", continuity.replaces()).with("extends", continuity.extended()));

        Decision decision = engine.decide(continuity.assessed());
        DecisionView view = DecisionView.of(decision);
        store.engineDecided(number, decision.status().name(), view);
        audit.record(AuditEvent.of("POSTING_REQUEST_DECIDED_BY_ENGINE", OBJECT, number).by(SYSTEM)
                .with("engineStatus", decision.status()));
        route(number, posting, decision, applicant != null);
        return new Receipt(number, code, find(number).orElseThrow());
    }

    private void route(String number, Activity posting, Decision decision, boolean verifiedAccount) {
        PartnerCode sending = posting.postedFrom();
        if (decision.status() == DecisionStatus.DECIDED) {
            boolean sendingStateThroughout = !decision.legislation().isEmpty()
                    && decision.legislation().stream().allMatch(l -> l.state().equals(sending));
            if (sendingStateThroughout && !verifiedAccount) {
                // an official certificate is not issued to whoever fills in a form: an officer checks it first
                store.queue(number, false, null);
                store.queueReason(number, new LocalizedText(
                        PostingProblems.message("postings.reason.anonymous").in(Locale.FRENCH),
                        PostingProblems.message("postings.reason.anonymous").in(Locale.ENGLISH)));
                audit.record(AuditEvent.of("POSTING_REQUEST_QUEUED", OBJECT, number).by(SYSTEM)
                        .with("engineStatus", decision.status()).with("why", "no-account"));
            } else if (sendingStateThroughout) {
                approve(number, null, SYSTEM);
            } else {
                store.close(number, PostingStatus.REFUSED, engineRefusal(decision), SYSTEM);
                audit.record(AuditEvent.of("POSTING_REQUEST_REFUSED", OBJECT, number).by(SYSTEM).with("by", "engine"));
            }
            return;
        }
        boolean exchange = decision.status() == DecisionStatus.NEEDS_AGREEMENT;
        String partner = exchange ? Grant.partnerOf(posting).value() : null;
        store.queue(number, exchange, partner);
        audit.record(AuditEvent.of("POSTING_REQUEST_QUEUED", OBJECT, number).by(SYSTEM)
                .with("engineStatus", decision.status()).with("exchangePartner", partner));
    }

    /** An officer's decision on a request in the queue. */
    @Transactional
    public PostingRequest decide(String number, boolean approve, @Nullable String reason, String officer) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(List.of(PostingProblems.of("reason", "required")));
        }
        PostingRequest request = find(number).filter(r -> r.status() == PostingStatus.IN_REVIEW)
                .orElseThrow(() -> new NotInReview(number));
        LocalizedText why = new LocalizedText(reason.trim(), reason.trim());
        if (approve) {
            approve(number, why, officer);
        } else {
            store.close(number, PostingStatus.REFUSED, why, officer);
            audit.record(AuditEvent.of("POSTING_REQUEST_REFUSED", OBJECT, number).by(officer).with("by", "officer"));
        }
        return find(number).orElseThrow();
    }

    /** Approves; the certificates follow once this is committed ({@link CertificateIssuing}). */
    private void approve(String number, @Nullable LocalizedText reason, String actor) {
        store.close(number, PostingStatus.APPROVED, reason, actor);
        audit.record(AuditEvent.of("POSTING_REQUEST_APPROVED", OBJECT, number).by(actor));
        events.publishEvent(new PostingRequestApproved(number));
    }

    /**
     * Issues the certificates of an approved request: one per period of the sending state's legislation. Does
     * nothing for a request that is not approved or already has its certificates, so that a redelivered event
     * never issues twice.
     */
    @Transactional
    public void issueCertificates(String number) {
        PostingRequest request = find(number).orElseThrow();
        if (request.status() != PostingStatus.APPROVED || !request.certificates().isEmpty()) {
            return;
        }
        List<String> issued = certificates.issue(request, grants(request));
        issued.forEach(certificate -> store.addCertificate(number, certificate));
        audit.record(AuditEvent.of("POSTING_CERTIFICATES_ISSUED", OBJECT, number).by(SYSTEM)
                .with("certificates", String.join(" ", issued)));
    }

    /**
     * What the certificates certify: the periods the engine gave to the sending state's legislation or, when an
     * officer approved what the engine could not decide, the posting under the provision that was being assessed.
     */
    private List<Grant> grants(PostingRequest request) {
        if (request.extendsCertificate() == null) {
            return designated(request);
        }
        // the engine assessed the whole posting; the existing certificate already covers its beginning
        LocalDate after = overlaps.coveredUntil(request.extendsCertificate()).orElseThrow().plusDays(1);
        return designated(request).stream().filter(g -> g.period().end().isAfter(after.minusDays(1)))
                .map(g -> g.period().start().isBefore(after)
                        ? new Grant(DatePeriod.of(after, g.period().end()), g.competentState(), g.provisionCode(), g.instrumentId())
                        : g)
                .toList();
    }

    private List<Grant> designated(PostingRequest request) {
        PartnerCode sending = PartnerCode.of(request.postedFrom());
        List<Grant> designated = request.decision() == null ? List.of() : Grant.fromDecision(request.decision(), sending);
        if (!designated.isEmpty()) {
            return designated;
        }
        Situation situation = checks.situationOf(request.situation());
        Activity posting = situation.activities().stream().filter(Activity::isPosting).findFirst().orElseThrow();
        String instrument = certificates.instrumentOn(Grant.partnerOf(posting), posting.period().start());
        return List.of(new Grant(posting.period(), sending,
                Grant.assessedProvision(request.decision(), "MANUAL_APPROVAL"), instrument));
    }

    /**
     * The request once its certificates are issued, or as it stands when {@code patience} has passed: the issue runs
     * just after the approval is committed, so a page shown right after a submission can usually offer the
     * certificate instead of asking the requester to come back.
     */
    public PostingRequest awaitCertificates(PostingRequest request, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        PostingRequest current = request;
        while (current.status() == PostingStatus.APPROVED && current.certificates().isEmpty()
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return current;
            }
            current = find(request.number()).orElse(current);
        }
        return current;
    }

    public Optional<PostingRequest> find(String number) {
        return store.find(number).map(PostingRequestStore.Stored::request);
    }

    /** The request, for its requester: only with the right access code. */
    public Optional<PostingRequest> findWithCode(String number, String accessCode) {
        return store.find(number).filter(s -> AccessCodes.matches(accessCode, s.accessCodeHash()))
                .map(PostingRequestStore.Stored::request);
    }

    /**
     * A certificate of the request, for its requester (with the access code): the PDF is how the holder gets the
     * verification code printed on it. Only certificates issued for this request; each download is audited.
     */
    @Transactional
    public Optional<byte[]> certificateForRequester(String number, String accessCode, String certificateNumber) {
        return findWithCode(number, accessCode).filter(request -> request.certificates().contains(certificateNumber))
                .map(request -> {
                    audit.record(AuditEvent.of("CERTIFICATE_DOWNLOADED", "CERTIFICATE", certificateNumber)
                            .with("postingRequest", number));
                    return certificates.pdf(certificateNumber);
                });
    }

    /** The requests made from the applicant's account, newest first. */
    public List<PostingRequest> ofApplicant(String applicant) {
        return store.ofApplicant(applicant, 500);
    }

    /**
     * A certificate of one of the applicant's requests, without access code: the account is the proof. Each
     * download is audited.
     */
    @Transactional
    public Optional<byte[]> certificateForApplicant(String applicant, String certificateNumber) {
        return store.ofApplicant(applicant, 500).stream()
                .filter(request -> request.certificates().contains(certificateNumber)).findFirst()
                .map(request -> {
                    audit.record(AuditEvent.of("CERTIFICATE_DOWNLOADED", "CERTIFICATE", certificateNumber)
                            .with("postingRequest", request.number()).with("by", "account"));
                    return certificates.pdf(certificateNumber);
                });
    }

    public List<PostingRequest> withStatus(PostingStatus status) {
        return store.withStatus(status, 200);
    }

    /**
     * The requirements that were not met, in both languages: the requester sees why. Empty when the engine designated
     * another legislation without a failed requirement (the page then names the legislation and its provision).
     */
    private static @Nullable LocalizedText engineRefusal(Decision decision) {
        var notMet = decision.checks().stream().filter(c -> c.result() == RequirementResult.NOT_MET).toList();
        String fr = String.join(" ", notMet.stream().map(c -> c.explanation().in(Locale.FRENCH)).toList());
        String en = String.join(" ", notMet.stream().map(c -> c.explanation().in(Locale.ENGLISH)).toList());
        return notMet.isEmpty() ? null : new LocalizedText(fr, en);
    }
}
