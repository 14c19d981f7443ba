package org.liaison.postings.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.DecisionView;
import org.liaison.coordination.SituationInput;
import org.liaison.postings.CertificateRequest.PublicField;
import org.liaison.shared.LocalizedText;

/**
 * A posting request as kept: the submitted situation and holder, the engine's decision with its trace, the outcome
 * and its reason, and, for art. 16 / derogation requests, the partner an exchange is needed with, the LA_BUC_01
 * case an officer opened with an A001 (Reg. 987/2009 art. 18) and the partner's answer once it arrived.
 *
 * @param exchangeCaseId   the exchange case asking the partner's agreement, once opened
 * @param agreementAnswer  the partner's answer in that case, once received
 * @param answerSedType    the SED that brought the answer (A011, A002, …)
 * @param applicant        the account (identity's username) the request was made from; {@code null}: anonymous
 * @param replacesCertificate the withdrawn certificate this request replaces (issue #11 §4), if any
 * @param extendsCertificate  the valid certificate this request extends: its certificate covers the days after it
 */
public record PostingRequest(String number, PostingStatus status, @Nullable String engineStatus,
                             SituationInput situation, Submission.HolderInput holder, String employerName,
                             Set<PublicField> publicFields, String workState, String postedFrom,
                             @Nullable DecisionView decision, @Nullable LocalizedText reason,
                             boolean exchangeNeeded, @Nullable String exchangePartner,
                             Instant submittedAt, @Nullable Instant decidedAt, @Nullable String decidedBy,
                             List<String> certificates, @Nullable String exchangeCaseId,
                             @Nullable AgreementAnswer agreementAnswer, @Nullable String answerSedType,
                             @Nullable Instant answerReceivedAt, @Nullable String applicant,
                             @Nullable String replacesCertificate, @Nullable String extendsCertificate) {

    public PostingRequest {
        publicFields = Set.copyOf(publicFields);
        certificates = List.copyOf(certificates);
    }

    /** Whether an officer may ask the partner's agreement now (an A001 in a new LA_BUC_01 case). */
    public boolean awaitsAgreementRequest() {
        return status == PostingStatus.IN_REVIEW && exchangeNeeded && exchangePartner != null && exchangeCaseId == null;
    }
}
