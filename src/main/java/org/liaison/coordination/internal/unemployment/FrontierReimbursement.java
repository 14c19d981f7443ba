package org.liaison.coordination.internal.unemployment;

import static org.liaison.coordination.internal.unemployment.UnemploymentParameters.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.care.UnemploymentClaim;
import org.liaison.coordination.care.UnemploymentReimbursement;

/**
 * Reg. 883/2004 art. 65(6)–(7) and Reg. 987/2009 art. 70: the state of last activity reimburses the residence state
 * 3 months of benefits, or 5 after 12 months of activity there in the last 24, never above its own rate. Amounts are
 * exact, rounded to scale 2 with RoundingMode.HALF_EVEN.
 */
final class FrontierReimbursement {

    private FrontierReimbursement() {
    }

    static UnemploymentReimbursement of(UnemploymentClaim claim, List<RequirementCheck> checks) {
        LocalDate start = claim.unemployedFrom();
        LocalDate windowStart = start.minusMonths(ACTIVITY_WINDOW_MONTHS);
        long needed = ChronoUnit.DAYS.between(start.minusMonths(ACTIVITY_MONTHS_FOR_EXTENSION), start);
        long worked = claim.periods().stream().filter(p -> p.state().equals(claim.lastActivityState()))
                .mapToLong(p -> UnemploymentEngine.overlapDays(p, windowStart, start.minusDays(1))).sum();
        int months = worked >= needed ? EXTENDED_REIMBURSED_MONTHS : REIMBURSED_MONTHS;
        BigDecimal amount = null;
        if (claim.monthlyBenefitPaid() != null && claim.monthlyBenefitLastState() != null) {
            amount = claim.monthlyBenefitPaid().min(claim.monthlyBenefitLastState())
                    .multiply(BigDecimal.valueOf(months)).setScale(2, RoundingMode.HALF_EVEN);
        }
        checks.add(UnemploymentEngine.check(months == EXTENDED_REIMBURSED_MONTHS ? "REIMBURSED_FIVE_MONTHS"
                        : "REIMBURSED_THREE_MONTHS", "EU_883_ART65_6", RequirementResult.MET,
                Map.of("daysWorkedInLast24Months", String.valueOf(worked), "daysIn12Months", String.valueOf(needed),
                        "months", String.valueOf(months)), REIMBURSEMENT, claim.lastActivityState(), months));
        return new UnemploymentReimbursement(claim.lastActivityState(), claim.residenceState(), months, amount);
    }
}
