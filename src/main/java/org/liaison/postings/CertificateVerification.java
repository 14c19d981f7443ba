package org.liaison.postings;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.CertificateKind;

/**
 * What the public learns from a certificate's number and verification code: its status and only the fields the
 * holder consented to show. A wrong number or code gives {@code found = false}, without saying which was wrong.
 */
public record CertificateVerification(boolean found, @Nullable CertificateStatus status, @Nullable CertificateKind kind,
                                      Map<CertificateRequest.PublicField, String> shown) {

    public static CertificateVerification notFound() {
        return new CertificateVerification(false, null, null, Map.of());
    }
}
