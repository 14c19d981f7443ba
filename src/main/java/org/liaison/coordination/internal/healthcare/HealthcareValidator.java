package org.liaison.coordination.internal.healthcare;

import java.util.List;
import org.liaison.shared.FieldProblem;
import org.liaison.coordination.internal.care.CareValidator;
import org.liaison.coordination.care.HealthcareClaim;

/** Lists every problem of a healthcare claim with its field path. */
final class HealthcareValidator extends CareValidator {

    static List<FieldProblem> problems(HealthcareClaim claim, HealthcareTariffs tariffs) {
        HealthcareValidator v = new HealthcareValidator();
        v.state("competentState", claim.competentState());
        v.state("residenceState", claim.residenceState());
        v.state("treatmentState", claim.treatmentState());
        v.required("kind", claim.kind());
        v.required("date", claim.dateOfCare());
        v.required("actCode", claim.actCode());
        v.required("invoice", claim.invoice());
        v.amount("invoice", claim.invoice());
        v.amount("hostStatutoryRefund", claim.hostStatutoryRefund());
        if (claim.quantity() < 1) {
            v.add("quantity", "NOT_A_QUANTITY");
        }
        if (claim.actCode() != null && claim.dateOfCare() != null
                && tariffs.find(claim.actCode(), claim.dateOfCare()).isEmpty()) {
            v.add("actCode", "UNKNOWN_TARIFF", claim.actCode());
        }
        return v.problems();
    }
}
