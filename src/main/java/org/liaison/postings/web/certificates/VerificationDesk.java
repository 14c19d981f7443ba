package org.liaison.postings.web.certificates;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.liaison.postings.CertificateVerification;
import org.liaison.postings.Certificates;
import org.liaison.postings.DocumentVerification;
import org.jspecify.annotations.Nullable;
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

    static final ZoneId PARIS = org.liaison.postings.web.PostingsTime.ZONE;

    /** How one verification ended. Exactly one of the outcomes applies. */
    record Answer(List<String> invalidFields, long retryAfterSeconds, CertificateVerification verification) {

        boolean invalid() {
            return !invalidFields.isEmpty();
        }

        boolean limited() {
            return retryAfterSeconds > 0;
        }
    }

    /** How an uploaded PDF's verification ended: missing file, over the size, over the limit, or the answer. */
    record DocumentAnswer(boolean missing, boolean tooLarge, long retryAfterSeconds,
                          @Nullable DocumentVerification verification) {

        boolean limited() {
            return retryAfterSeconds > 0;
        }
    }

    /** A certificate's PDF weighs about 100 kB; five megabytes leave room and keep a flood of uploads cheap. */
    static final int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

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

    /**
     * Checks an uploaded PDF, counted against the same limit as number+code (the file holds both). The content is
     * read only up to the size limit, whatever the client declared.
     */
    DocumentAnswer verifyDocument(@Nullable InputStream content, HttpServletRequest request) throws IOException {
        if (content == null) {
            return new DocumentAnswer(true, false, 0, null);
        }
        byte[] file = content.readNBytes(MAX_DOCUMENT_BYTES + 1);
        if (file.length == 0) {
            return new DocumentAnswer(true, false, 0, null);
        }
        if (file.length > MAX_DOCUMENT_BYTES) {
            return new DocumentAnswer(false, true, 0, null);
        }
        RateLimits.Verdict attempt = attempts.tryAttempt(request.getRemoteAddr());
        if (!attempt.allowed()) {
            return new DocumentAnswer(false, false, attempt.retryAfterSeconds(), null);
        }
        return new DocumentAnswer(false, false, 0, certificates.verifyDocument(file, LocalDate.now(PARIS)));
    }
}
