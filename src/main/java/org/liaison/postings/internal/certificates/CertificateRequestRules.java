package org.liaison.postings.internal.certificates;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.Instrument;
import org.liaison.agreements.InstrumentKind;
import org.liaison.coordination.CertificateKind;
import org.liaison.postings.CertificateRequest;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.PartnerCode;

/**
 * What a certificate request must satisfy before a number is spent on it. Liaison issues certificates for the
 * French legislation only (the competent state is France); the kind must match the instrument applied: a PD A1 under
 * the EU regulations, the EEA, the Swiss agreement and the UK instruments, a certificate of posting under a
 * convention or a coordination decree. An instrument the registry does not know is refused, never guessed.
 */
class CertificateRequestRules {

    private static final Set<InstrumentKind> PD_A1_INSTRUMENTS = EnumSet.of(InstrumentKind.EU_REGULATION,
            InstrumentKind.EEA, InstrumentKind.SWISS_AGREEMENT, InstrumentKind.UK_WITHDRAWAL, InstrumentKind.UK_TCA);

    private final AgreementRegistry registry;

    CertificateRequestRules(AgreementRegistry registry) {
        this.registry = registry;
    }

    List<FieldProblem> check(CertificateRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "holderFamilyName", request.holderFamilyName(), 200);
        text(problems, "holderGivenNames", request.holderGivenNames(), 200);
        // a self-employed person has no employer: section 4 may stay empty
        optional(problems, "employerName", request.employerName(), 500);
        optional(problems, "employerId", request.employerId(), 60);
        text(problems, "provisionCode", request.provisionCode(), 80);
        text(problems, "instrumentId", request.instrumentId(), 80);
        optional(problems, "holderIdentifier", request.holderIdentifier(), 60);
        optional(problems, "postingRequestNumber", request.postingRequestNumber(), 60);
        if (request.holderNationality() != null && !PartnerCode.isValid(request.holderNationality())) {
            problems.add(problem("holderNationality", "not-a-country"));
        }
        if (!request.holderBirthDate().isBefore(request.period().start())) {
            problems.add(problem("holderBirthDate", "birth-date-after-start"));
        }
        PartnerCode home = registry.home().code();
        if (!request.competentState().equals(home)) {
            problems.add(problem("competentState", "not-home-legislation", home));
        }
        if (request.workState().equals(home)) {
            problems.add(problem("workState", "work-state-is-competent"));
        } else {
            if (registry.partner(request.workState()).isEmpty()) {
                problems.add(problem("workState", "not-a-partner", home));
            }
        }
        Optional<Instrument> instrument = registry.instrument(request.instrumentId());
        if (instrument.isEmpty()) {
            if (!request.instrumentId().isBlank()) {
                problems.add(problem("instrumentId", "unknown-instrument"));
            }
        } else if (request.kind() == CertificateKind.PD_A1 != PD_A1_INSTRUMENTS.contains(instrument.get().kind())) {
            problems.add(problem("kind", "wrong-kind", request.kind(), request.instrumentId()));
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value.isBlank()) {
            problems.add(problem(field, "required"));
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(problem(field, "too-long", max));
        }
    }

    private static FieldProblem problem(String field, String key, Object... arguments) {
        return FieldProblem.keyed("i18n.certificates", "certificates.problem.", field, key, arguments);
    }
}
