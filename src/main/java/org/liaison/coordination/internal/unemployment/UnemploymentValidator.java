package org.liaison.coordination.internal.unemployment;

import java.util.List;
import org.liaison.shared.FieldProblem;
import org.liaison.coordination.internal.care.CareValidator;
import org.liaison.coordination.care.UnemploymentClaim;
import org.liaison.coordination.care.UnemploymentExportRequest;
import org.liaison.coordination.care.UnemploymentPeriod;

/** Lists every problem of a claim with its field path, so that the caller can show them all at once. */
final class UnemploymentValidator extends CareValidator {

    private static final int MAX_MONTHS = 120;

    static List<FieldProblem> problems(UnemploymentClaim claim) {
        UnemploymentValidator v = new UnemploymentValidator();
        v.state("residenceState", claim.residenceState());
        v.state("lastActivityState", claim.lastActivityState());
        v.required("kind", claim.kind());
        v.required("date", claim.unemployedFrom());
        v.periods(claim.periods());
        v.amount("monthlyBenefitPaid", claim.monthlyBenefitPaid());
        v.amount("monthlyBenefitLastState", claim.monthlyBenefitLastState());
        if (claim.export() != null) {
            v.export(claim.export());
        }
        return v.problems();
    }

    private void periods(List<UnemploymentPeriod> periods) {
        for (int i = 0; i < periods.size(); i++) {
            UnemploymentPeriod p = periods.get(i);
            String path = "periods[" + i + "]";
            state(path + ".state", p.state());
            required(path + ".start", p.from());
            required(path + ".end", p.to());
            if (p.from() != null && p.to() != null && p.to().isBefore(p.from())) {
                add(path + ".end", "PERIOD_ENDS_BEFORE_START");
            }
            for (int j = 0; j < i; j++) {
                UnemploymentPeriod q = periods.get(j);
                if (overlap(p, q)) {
                    add(path, "PERIODS_OVERLAP", "periods[" + j + "]");
                }
            }
        }
    }

    private static boolean overlap(UnemploymentPeriod p, UnemploymentPeriod q) {
        return p.state() != null && p.state().equals(q.state()) && p.from() != null && p.to() != null
                && q.from() != null && q.to() != null && !p.to().isBefore(p.from()) && !q.to().isBefore(q.from())
                && !p.from().isAfter(q.to()) && !q.from().isAfter(p.to());
    }

    private void export(UnemploymentExportRequest e) {
        required("export.registeredFrom", e.registeredFrom());
        required("export.departure", e.departure());
        state("export.destinationState", e.destinationState());
        if (e.registeredFrom() != null && e.departure() != null && e.departure().isBefore(e.registeredFrom())) {
            add("export.departure", "DEPARTURE_BEFORE_REGISTRATION");
        }
        if (e.departure() != null && e.registeredInNewState() != null
                && e.registeredInNewState().isBefore(e.departure())) {
            add("export.registeredInNewState", "NEW_REGISTRATION_BEFORE_DEPARTURE");
        }
        months("export.entitlementMonths", e.entitlementMonths(), 1);
        months("export.monthsAlreadyDrawn", e.monthsAlreadyDrawn(), 0);
        months("export.extensionGrantedMonths", e.extensionGrantedMonths(), 1);
        if (e.entitlementMonths() != null && e.monthsAlreadyDrawn() != null
                && e.monthsAlreadyDrawn() > e.entitlementMonths()) {
            add("export.monthsAlreadyDrawn", "DRAWN_BEYOND_ENTITLEMENT");
        }
        if (e.departure() != null && e.returned() != null && e.returned().isBefore(e.departure())) {
            add("export.returned", "RETURN_BEFORE_DEPARTURE");
        }
    }

    /** No national entitlement runs beyond ten years; a larger count is a typing error, not a fact. */
    private void months(String path, Integer value, int min) {
        if (value != null && (value < min || value > MAX_MONTHS)) {
            add(path, "NOT_A_MONTH_COUNT", min, MAX_MONTHS);
        }
    }
}
