package org.liaison.postings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.coordination.CertificateKind;
import org.liaison.postings.CertificateRequest;
import org.liaison.postings.Certificates;
import org.liaison.postings.IssuedCertificate;
import org.liaison.shared.PartnerCode;
import org.springframework.stereotype.Component;

/**
 * Issues the certificates of an approved posting through {@link Certificates}: the PD A1 under the EU regulations,
 * the EEA, the Swiss agreement and the UK instruments, a convention's certificate of posting otherwise.
 */
@Component
class PostingCertificates {

    private final Certificates certificates;
    private final AgreementRegistry registry;

    PostingCertificates(Certificates certificates, AgreementRegistry registry) {
        this.certificates = certificates;
        this.registry = registry;
    }

    List<String> issue(PostingRequest request, List<Grant> grants) {
        List<String> numbers = new ArrayList<>();
        var holder = request.holder();
        String employerId = employerId(request);
        for (Grant grant : grants) {
            IssuedCertificate issued = certificates.issue(new CertificateRequest(kind(grant.instrumentId()), request.number(),
                    holder.familyName(), holder.givenNames(), LocalDate.parse(holder.birthDate().trim()), holder.nationality(),
                    holder.identifier(), request.employerName(), employerId, grant.competentState(),
                    PartnerCode.of(request.workState()), grant.period(), grant.provisionCode(), grant.instrumentId(),
                    request.publicFields()));
            numbers.add(issued.number());
        }
        return numbers;
    }

    /** The instrument governing France ↔ the partner on the day, for an officer's approval without a designated period. */
    byte[] pdf(String certificateNumber) {
        return certificates.pdf(certificateNumber);
    }

    String instrumentOn(PartnerCode partner, LocalDate day) {
        return registry.governing(partner, day).map(g -> g.instrument().id()).orElse("unknown");
    }

    CertificateKind kind(String instrumentId) {
        return CertificateKind.attesting(registry, instrumentId);
    }

    private static String employerId(PostingRequest request) {
        return request.situation().activities().stream()
                .filter(a -> a.postedFrom() != null && a.employer() != null && a.employer().id() != null)
                .map(a -> a.employer().id()).findFirst().orElse("");
    }
}
