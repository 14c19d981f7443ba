package org.liaison.postings.internal.certificates;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.CertificateKind;
import org.liaison.postings.CertificateRequest;
import org.liaison.postings.CertificateStatus;

/**
 * A stored certificate as officers see it: what it states, who issued it and, once withdrawn, when, by whom and
 * why. Holds personal data: for officers' pages only, never for logs or the public.
 */
public record CertificateRecord(String number, CertificateRequest request, Instant issuedAt, String issuedBy,
                                @Nullable Instant withdrawnAt, @Nullable String withdrawnBy,
                                @Nullable String withdrawalReason) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public CertificateKind kind() {
        return request.kind();
    }

    /** The standing on a day: a withdrawal counts whatever the day, then the period decides. */
    public CertificateStatus statusOn(LocalDate day) {
        if (withdrawn()) {
            return CertificateStatus.WITHDRAWN;
        }
        if (day.isAfter(request.period().end())) {
            return CertificateStatus.EXPIRED;
        }
        return day.isBefore(request.period().start()) ? CertificateStatus.NOT_YET_VALID : CertificateStatus.VALID;
    }
}
