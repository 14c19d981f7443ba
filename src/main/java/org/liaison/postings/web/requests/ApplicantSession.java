package org.liaison.postings.web.requests;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/** The applicant account a request comes from: the signed-in user when they hold the role APPLICANT. */
final class ApplicantSession {

    private ApplicantSession() {
    }

    /** The account's username, or {@code null} for anyone else (anonymous, or staff). */
    static @Nullable String of(@Nullable Authentication user) {
        return user != null && user.isAuthenticated() && user.getAuthorities().stream()
                .anyMatch(a -> "ROLE_APPLICANT".equals(a.getAuthority())) ? user.getName() : null;
    }
}
