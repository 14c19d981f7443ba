package org.liaison.coordination.internal.certificates;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.Partner;
import org.liaison.agreements.PartnerKind;
import org.liaison.coordination.CertificateKind;
import org.liaison.coordination.CertificateRequest;
import org.liaison.coordination.InvalidCertificateRequestException.Problem;
import org.liaison.shared.PartnerCode;

/**
 * What a certificate request must satisfy before a number is spent on it. Liaison issues certificates for the
 * French legislation only (the competent state is France); the kind must match the state of work: a PD A1 for the
 * EU, the EEA, Switzerland and the United Kingdom, a bilateral certificate for a convention partner or territory.
 */
class CertificateRequestRules {

    private static final Set<PartnerKind> PD_A1_PARTNERS =
            EnumSet.of(PartnerKind.EU_MEMBER, PartnerKind.EEA, PartnerKind.SWITZERLAND, PartnerKind.UNITED_KINGDOM);

    private final AgreementRegistry registry;

    CertificateRequestRules(AgreementRegistry registry) {
        this.registry = registry;
    }

    List<Problem> check(CertificateRequest request) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "holderFamilyName", request.holderFamilyName(), 200);
        text(problems, "holderGivenNames", request.holderGivenNames(), 200);
        text(problems, "employerName", request.employerName(), 300);
        text(problems, "employerId", request.employerId(), 60);
        text(problems, "provisionCode", request.provisionCode(), 80);
        text(problems, "instrumentId", request.instrumentId(), 80);
        optional(problems, "holderIdentifier", request.holderIdentifier(), 60);
        optional(problems, "postingRequestNumber", request.postingRequestNumber(), 60);
        if (request.holderNationality() != null && !PartnerCode.isValid(request.holderNationality())) {
            problems.add(new Problem("holderNationality", "not a country code"));
        }
        if (!request.holderBirthDate().isBefore(request.period().start())) {
            problems.add(new Problem("holderBirthDate", "must be before the start of the period"));
        }
        PartnerCode home = registry.home().code();
        if (!request.competentState().equals(home)) {
            problems.add(new Problem("competentState", "Liaison certifies the legislation of " + home + " only"));
        }
        if (request.workState().equals(home)) {
            problems.add(new Problem("workState", "must be another state than the competent state"));
        } else {
            Optional<Partner> partner = registry.partner(request.workState());
            if (partner.isEmpty()) {
                problems.add(new Problem("workState", "not a partner of " + home));
            } else if (!fits(request.kind(), partner.get().kind())) {
                problems.add(new Problem("kind", request.kind() + " does not apply to " + request.workState()));
            }
        }
        return problems;
    }

    private static boolean fits(CertificateKind kind, PartnerKind partner) {
        return kind == CertificateKind.PD_A1 == PD_A1_PARTNERS.contains(partner);
    }

    private static void text(List<Problem> problems, String field, String value, int max) {
        if (value.isBlank()) {
            problems.add(new Problem(field, "must not be blank"));
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new Problem(field, "at most " + max + " characters"));
        }
    }
}
