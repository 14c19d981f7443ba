package org.liaison.postings.web.certificates;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.liaison.postings.CertificateVerification;
import org.liaison.postings.Certificates;
import org.liaison.postings.internal.certificates.CertificateNumbers;
import org.liaison.postings.internal.certificates.VerificationCodes;
import org.liaison.shared.RateLimits;
import org.springframework.stereotype.Component;

/**
 * The public verification as the page and the API share it: check the input's form, count the attempt against the
 * client's limit, then ask {@link Certificates} about today (Paris time).
 */
@Component
class VerificationDesk {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** How one verification ended. Exactly one of the outcomes applies. */
    record Answer(List<String> invalidFields, long retryAfterSeconds, CertificateVerification verification) {

        boolean invalid() {
            return !invalidFields.isEmpty();
        }

        boolean limited() {
            return retryAfterSeconds > 0;
        }
    }

    private final Certificates certificates;
    private final VerificationAttempts attempts;

    VerificationDesk(Certificates certificates, VerificationAttempts attempts) {
        this.certificates = certificates;
        this.attempts = attempts;
    }

    Answer verify(String number, String code, HttpServletRequest request) {
        List<String> invalid = new ArrayList<>();
        if (!CertificateNumbers.isWellFormed(number)) {
            invalid.add("number");
        }
        if (!VerificationCodes.isWellFormed(code)) {
            invalid.add("code");
        }
        if (!invalid.isEmpty()) {
            return new Answer(invalid, 0, null);
        }
        // the client's address, also behind a trusted reverse proxy (shared.web.TrustedProxies)
        RateLimits.Verdict attempt = attempts.tryAttempt(request.getRemoteAddr());
        if (!attempt.allowed()) {
            return new Answer(List.of(), attempt.retryAfterSeconds(), null);
        }
        return new Answer(List.of(), 0, certificates.verify(number, code, LocalDate.now(PARIS)));
    }
}
