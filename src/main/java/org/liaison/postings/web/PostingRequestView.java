package org.liaison.postings.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.LegislationDecision;
import org.liaison.postings.internal.AgreementAnswer;
import org.liaison.postings.internal.PostingRequest;
import org.liaison.postings.internal.PostingStatus;
import org.liaison.postings.internal.Submission;

/**
 * A posting request as the API shows it, in the request's language. The holder's details only to liaison officers:
 * the requester sent them and the access code is not meant to expose them again; nor the exchange case and the
 * partner's answer, which the officer reports in the decision.
 */
@Schema(name = "PostingRequest")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostingRequestView(String number, PostingStatus status,
                                 @Schema(description = "What the engine decided before any officer") @Nullable DecisionStatus engineStatus,
                                 String workState, String postedFrom, @Nullable LegislationDecision decision,
                                 @Schema(description = "Why it was approved or refused") @Nullable String reason,
                                 @Schema(description = "The certificates issued; they follow an approval by a moment")
                                 List<String> certificates,
                                 boolean exchangeNeeded, @Nullable String exchangePartner,
                                 Instant submittedAt, @Nullable Instant decidedAt,
                                 Submission.@Nullable HolderInput holder, @Nullable String employerName, @Nullable String decidedBy,
                                 @Nullable String exchangeCaseId, @Nullable AgreementAnswer agreementAnswer,
                                 @Schema(description = "The withdrawn certificate this request replaces")
                                 @Nullable String replacesCertificate,
                                 @Schema(description = "The valid certificate this request extends: the posting is "
                                         + "assessed as a whole, the new certificate covers the days after this one")
                                 @Nullable String extendsCertificate) {

    public static PostingRequestView of(PostingRequest request, boolean officer, Locale locale) {
        return new PostingRequestView(request.number(), request.status(),
                request.engineStatus() == null ? null : DecisionStatus.valueOf(request.engineStatus()),
                request.workState(), request.postedFrom(),
                request.decision() == null ? null : request.decision().in(locale),
                request.reason() == null ? null : request.reason().in(locale),
                request.certificates(), request.exchangeNeeded(), request.exchangePartner(), request.submittedAt(),
                request.decidedAt(), officer ? request.holder() : null, officer ? request.employerName() : null,
                officer ? request.decidedBy() : null, officer ? request.exchangeCaseId() : null,
                officer ? request.agreementAnswer() : null, request.replacesCertificate(), request.extendsCertificate());
    }
}
