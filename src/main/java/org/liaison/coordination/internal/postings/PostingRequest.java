package org.liaison.coordination.internal.postings;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.CertificateRequest.PublicField;
import org.liaison.shared.LocalizedText;

/**
 * A posting request as kept: the submitted situation and holder, the engine's decision with its trace, the outcome
 * and its reason, and, for art. 16 / derogation requests, the partner an exchange is needed with (the exchange hub
 * will send the SED A001 once it exists; until then the flag tells the officer).
 */
public record PostingRequest(String number, PostingStatus status, @Nullable String engineStatus,
                             SituationInput situation, Submission.HolderInput holder, String employerName,
                             Set<PublicField> publicFields, String workState, String postedFrom,
                             @Nullable DecisionView decision, @Nullable LocalizedText reason,
                             boolean exchangeNeeded, @Nullable String exchangePartner,
                             Instant submittedAt, @Nullable Instant decidedAt, @Nullable String decidedBy,
                             List<String> certificates) {

    public PostingRequest {
        publicFields = Set.copyOf(publicFields);
        certificates = List.copyOf(certificates);
    }
}
