package org.liaison.postings.internal.certificates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.liaison.postings.CertificateAlreadyWithdrawnException;
import org.liaison.postings.CertificateRequest.PublicField;
import org.liaison.postings.CertificateRequest;
import org.liaison.postings.CertificateVerification;
import org.liaison.postings.Certificates;
import org.liaison.postings.DocumentVerification;
import org.liaison.postings.InvalidCertificateRequestException;
import org.liaison.postings.IssuedCertificate;
import org.liaison.postings.UnknownCertificateException;
import org.liaison.shared.FieldProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates in PostgreSQL. An issue numbers, renders and stores the certificate and audits it in one
 * transaction, so a failed rendering spends no number and leaves no trace. Verification answers the same way,
 * after the same work, whether the number or the code is wrong.
 */
@Service
class JdbcCertificates implements Certificates {

    /** Hashed when the number is unknown, so that both failures cost the same. */
    private static final byte[] DECOY_SALT = VerificationCodes.salt();
    private static final byte[] DECOY_HASH = VerificationCodes.hash(DECOY_SALT, "FR-A1-0000-000000", "2222222222");

    private final CertificateStore store;
    private final CertificateRequestRules rules;
    private final CertificateDocument document;
    private final AuditTrail audit;
    private final PdfSignatures signatures;
    private final Clock clock = Clock.systemUTC();

    JdbcCertificates(CertificateStore store, AgreementRegistry registry, CertificateDocument document, AuditTrail audit,
                     PdfSignatures signatures) {
        this.signatures = signatures;
        this.store = store;
        this.rules = new CertificateRequestRules(registry);
        this.document = document;
        this.audit = audit;
    }

    @Override
    @Transactional
    public IssuedCertificate issue(CertificateRequest request) {
        List<FieldProblem> problems = rules.check(request);
        if (!problems.isEmpty()) {
            throw new InvalidCertificateRequestException(problems);
        }
        // microseconds: what PostgreSQL keeps, so the returned instant equals the stored one
        Instant issuedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int year = LocalDate.ofInstant(issuedAt, CertificateView.PARIS).getYear();
        String number = CertificateNumbers.format(request.kind(), year,
                store.nextSequence(CertificateNumbers.prefix(request.kind()), year));
        String code = VerificationCodes.generate();
        byte[] salt = VerificationCodes.salt();
        byte[] pdf = document.render(number, code, request, issuedAt);
        store.insert(number, request, new CertificateStore.Secret(salt, VerificationCodes.hash(salt, number, code)),
                issuedAt, actor(), pdf);
        audit.record(AuditEvent.of("CERTIFICATE_ISSUED", "CERTIFICATE", number)
                .with("kind", request.kind().name())
                .with("provision", request.provisionCode())
                .with("instrument", request.instrumentId())
                .with("workState", request.workState().value())
                .with("postingRequest", request.postingRequestNumber()));
        return new IssuedCertificate(number, VerificationCodes.printed(code), request.kind(), issuedAt);
    }

    @Override
    @Transactional(readOnly = true)
    public CertificateVerification verify(String number, String verificationCode, LocalDate on) {
        String cleanNumber = CertificateNumbers.normalise(number);
        Optional<CertificateStore.Secret> secret = store.secret(cleanNumber);
        boolean matches = false;
        if (secret.isPresent()) {
            matches = VerificationCodes.matches(secret.get().salt(), secret.get().hash(), cleanNumber, verificationCode);
        } else {
            VerificationCodes.matches(DECOY_SALT, DECOY_HASH, cleanNumber, verificationCode);
        }
        if (!matches) {
            return CertificateVerification.notFound();
        }
        CertificateRecord certificate = store.find(cleanNumber).orElseThrow();
        return new CertificateVerification(true, certificate.statusOn(on), certificate.kind(),
                shown(certificate.request()));
    }

    @Override
    @Transactional(readOnly = true)
    public DocumentVerification verifyDocument(byte[] pdf, LocalDate on) {
        PdfSignatures.Check check = signatures.check(pdf);
        // the number and code come from the file's own verification link: an edited file may name another
        // certificate, which then answers only if its code matches too, exactly as when typed
        CertificateVerification certificate = check.number().isPresent() && check.code().isPresent()
                && CertificateNumbers.isWellFormed(check.number().get())
                && VerificationCodes.isWellFormed(check.code().get())
                ? verify(check.number().get(), check.code().get(), on) : CertificateVerification.notFound();
        return new DocumentVerification(check.state(),
                certificate.found() ? CertificateNumbers.normalise(check.number().get()) : null, certificate);
    }

    /** Only what the holder agreed to show; the name as initial and family name. */
    static Map<PublicField, String> shown(CertificateRequest request) {
        Map<PublicField, String> shown = new EnumMap<>(PublicField.class);
        for (PublicField field : request.publicFields()) {
            if (field == PublicField.EMPLOYER_NAME && request.employerName().isBlank()) {
                continue;
            }
            shown.put(field, switch (field) {
                case HOLDER_NAME -> request.holderGivenNames().strip().codePoints().limit(1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        + ". " + request.holderFamilyName().strip();
                case EMPLOYER_NAME -> request.employerName().strip();
                case PERIOD -> request.period().start() + "/" + request.period().end();
                case WORK_STATE -> request.workState().value();
            });
        }
        return shown;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('LIAISON_OFFICER', 'ADMIN')")
    public void withdraw(String number, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new IllegalArgumentException("A withdrawal has a reason of 1 to 1000 characters");
        }
        String cleanNumber = CertificateNumbers.normalise(number);
        CertificateRecord certificate = store.find(cleanNumber)
                .orElseThrow(() -> new UnknownCertificateException(cleanNumber));
        if (!store.withdraw(cleanNumber, reason.strip(), Instant.now(clock), actor())) {
            throw new CertificateAlreadyWithdrawnException(cleanNumber);
        }
        // the reason is free text and may name the holder: it stays out of the audit trail
        audit.record(AuditEvent.of("CERTIFICATE_WITHDRAWN", "CERTIFICATE", cleanNumber)
                .with("kind", certificate.kind().name()));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] pdf(String number) {
        String cleanNumber = CertificateNumbers.normalise(number);
        return store.pdf(cleanNumber).orElseThrow(() -> new UnknownCertificateException(cleanNumber));
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
    }
}
