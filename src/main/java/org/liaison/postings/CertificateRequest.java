package org.liaison.postings;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.CertificateKind;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/**
 * What a certificate states, taken from a decided posting. The holder's details are personal data: they are
 * printed on the certificate, and the public verification shows only the fields the holder consented to show.
 *
 * @param postingRequestNumber the posting request the certificate comes from, if any
 * @param holderIdentifier     the holder's social security number in the competent state (e.g. the NIR)
 * @param publicFields         what the public verification page may show besides validity
 */
public record CertificateRequest(CertificateKind kind, @Nullable String postingRequestNumber,
                                 String holderFamilyName, String holderGivenNames, LocalDate holderBirthDate,
                                 @Nullable String holderNationality, @Nullable String holderIdentifier,
                                 String employerName, String employerId, PartnerCode competentState,
                                 PartnerCode workState, DatePeriod period, String provisionCode, String instrumentId,
                                 Set<PublicField> publicFields) {

    /** Fields a holder may agree to show on the public verification page. */
    public enum PublicField { HOLDER_NAME, EMPLOYER_NAME, PERIOD, WORK_STATE }

    public CertificateRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(holderFamilyName, "holderFamilyName");
        Objects.requireNonNull(holderGivenNames, "holderGivenNames");
        Objects.requireNonNull(holderBirthDate, "holderBirthDate");
        Objects.requireNonNull(employerName, "employerName");
        Objects.requireNonNull(employerId, "employerId");
        Objects.requireNonNull(competentState, "competentState");
        Objects.requireNonNull(workState, "workState");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(provisionCode, "provisionCode");
        Objects.requireNonNull(instrumentId, "instrumentId");
        publicFields = publicFields == null ? Set.of() : Set.copyOf(publicFields);
    }
}
