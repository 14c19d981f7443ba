package org.liaison.postings.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.DecisionView;
import org.liaison.postings.internal.PostingRequest;
import org.liaison.postings.internal.Submission;

/**
 * A posting request as the API shows it. The holder's details only to liaison officers: the requester sent them
 * and the access code is not meant to expose them again; nor the exchange case and the partner's answer, which the
 * officer reports in the decision.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostingRequestView(String number, String status, @Nullable String engineStatus, String workState,
                          String postedFrom, @Nullable DecisionView decision, DecisionView.@Nullable Text reason,
                          List<String> certificates, boolean exchangeNeeded, @Nullable String exchangePartner,
                          Instant submittedAt, @Nullable Instant decidedAt,
                          Submission.@Nullable HolderInput holder, @Nullable String employerName, @Nullable String decidedBy,
                          @Nullable String exchangeCaseId, @Nullable String agreementAnswer) {

    public static PostingRequestView of(PostingRequest request, boolean officer) {
        return new PostingRequestView(request.number(), request.status().name(), request.engineStatus(),
                request.workState(), request.postedFrom(), request.decision(),
                request.reason() == null ? null : new DecisionView.Text(request.reason().fr(), request.reason().en()),
                request.certificates(), request.exchangeNeeded(), request.exchangePartner(), request.submittedAt(),
                request.decidedAt(), officer ? request.holder() : null, officer ? request.employerName() : null,
                officer ? request.decidedBy() : null, officer ? request.exchangeCaseId() : null,
                officer && request.agreementAnswer() != null ? request.agreementAnswer().name() : null);
    }
}
