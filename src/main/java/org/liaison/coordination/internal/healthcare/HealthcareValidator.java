package org.liaison.coordination.internal.healthcare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.liaison.coordination.CareInputProblem;
import org.liaison.coordination.HealthcareClaim;

/** Lists every problem of a healthcare claim with its field path. */
final class HealthcareValidator {

    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");

    private final List<CareInputProblem> problems = new ArrayList<>();

    static List<CareInputProblem> problems(HealthcareClaim claim, HealthcareTariffs tariffs) {
        HealthcareValidator v = new HealthcareValidator();
        v.state("competentState", claim.competentState());
        v.state("residenceState", claim.residenceState());
        v.state("treatmentState", claim.treatmentState());
        v.required("kind", claim.kind());
        v.required("dateOfCare", claim.dateOfCare());
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
        return List.copyOf(v.problems);
    }

    private void state(String path, String value) {
        if (value == null || !STATE.matcher(value).matches()) {
            add(path, "NOT_A_STATE");
        }
    }

    private void required(String path, Object value) {
        if (value == null) {
            add(path, "MISSING");
        }
    }

    private void amount(String path, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.stripTrailingZeros().scale() > 2)) {
            add(path, "NOT_AN_AMOUNT");
        }
    }

    private void add(String path, String code, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = path;
        System.arraycopy(args, 0, all, 1, args.length);
        problems.add(new CareInputProblem(path, code, HealthcareTexts.text("problem." + code, all)));
    }
}
