package org.liaison.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.SituationInput.CentreOfInterestInput;
import org.liaison.coordination.SituationInput.CertificateHeldInput;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.PartnerCode;

/**
 * The issue #12 parts of a situation's input (a certificate already issued; the centre-of-interest criteria),
 * checked apart from {@link SituationValidator} so that the older checks stay as they were.
 */
final class SituationCertificateChecks {

    /** More services than this in 12 months is a typing error, not a figure to weigh. */
    private static final int MAX_SERVICES = 100_000;

    private SituationCertificateChecks() {
    }

    static @Nullable CertificateHeld certificate(SituationValidator validator, @Nullable CertificateHeldInput input,
                                                 List<FieldProblem> problems) {
        if (input == null) {
            return null;
        }
        String field = "certificateHeld";
        PartnerCode issuer = validator.knownState(input.issuingState(), field + ".issuingState", problems);
        CertificateHeld.Kind kind = null;
        if (SituationValidator.blank(input.kind())) {
            problems.add(SituationProblems.of(field + ".kind", "required"));
        } else {
            try {
                kind = CertificateHeld.Kind.valueOf(input.kind().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(SituationProblems.of(field + ".kind", "certificate-kind"));
            }
        }
        DatePeriod period = SituationValidator.period(input.period(), field + ".period", problems);
        return issuer == null || kind == null || period == null ? null
                : new CertificateHeld(issuer, kind, period, Boolean.TRUE.equals(input.withdrawn()),
                        Boolean.TRUE.equals(input.contestedByHost()), Boolean.TRUE.equals(input.fraudEvidenceUnanswered()));
    }

    static List<CentreOfInterest> centreOfInterest(SituationValidator validator, @Nullable List<CentreOfInterestInput> inputs,
                                                   List<FieldProblem> problems) {
        List<CentreOfInterest> criteria = new ArrayList<>();
        List<PartnerCode> seen = new ArrayList<>();
        for (int i = 0; inputs != null && i < inputs.size(); i++) {
            String field = "centreOfInterest[" + i + "]";
            CentreOfInterestInput input = inputs.get(i);
            if (input == null) {
                problems.add(SituationProblems.of(field, "required"));
                continue;
            }
            PartnerCode state = validator.knownState(input.state(), field + ".state", problems);
            Integer services = input.servicesRendered();
            if (services != null && (services < 0 || services > MAX_SERVICES)) {
                problems.add(SituationProblems.of(field + ".servicesRendered", "services-count", MAX_SERVICES));
                continue;
            }
            if (state != null && seen.contains(state)) {
                problems.add(SituationProblems.of(field + ".state", "centre-state-twice", state.value()));
                continue;
            }
            if (state != null) {
                seen.add(state);
                criteria.add(new CentreOfInterest(state, input.fixedPlaceOfBusiness(), input.habitual(), services,
                        input.intended()));
            }
        }
        return criteria;
    }
}
