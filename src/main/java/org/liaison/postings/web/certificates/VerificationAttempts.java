package org.liaison.postings.web.certificates;

import java.time.Duration;
import org.liaison.shared.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Public verification attempts per client address, counted in the shared {@link RateLimits}: with 30 tries per
 * 10 minutes, a guesser needs millions of years for a 49-bit code, however many instances answer.
 */
@Component
class VerificationAttempts {

    private final RateLimits limits;
    private final RateLimits.Allowance allowance;

    VerificationAttempts(RateLimits limits,
                         @Value("${liaison.certificates.verification.max-attempts:30}") int max,
                         @Value("${liaison.certificates.verification.window:10m}") Duration window) {
        this.limits = limits;
        this.allowance = new RateLimits.Allowance("certificate-verifications", max, window);
    }

    /** Counts an attempt from the client; refused (and not counted), with the wait, when it is over the limit. */
    RateLimits.Verdict tryAttempt(String client) {
        return limits.tryConsume(allowance, client);
    }
}
