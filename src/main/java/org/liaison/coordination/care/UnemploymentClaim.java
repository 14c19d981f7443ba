package org.liaison.coordination.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts of an unemployment claim across states (Reg. 883/2004 art. 61–65). Optional facts are {@code null}.
 *
 * @param residenceState          state of residence
 * @param lastActivityState       state of the last activity as employed or self-employed person
 * @param frontierWorker          art. 1(f): worked in one state, resided in another and returned at least weekly
 * @param kind                    wholly or partially unemployed
 * @param choice                  the choice of a non-frontier worker residing elsewhere, or {@code null}
 * @param unemployedFrom          first day of unemployment
 * @param periods                 insurance or employment periods, all states, certified on PD U1
 * @param export                  a request to export benefits (art. 64), or {@code null}
 * @param monthlyBenefitPaid      monthly benefit paid by the residence state (for reimbursement), or {@code null}
 * @param monthlyBenefitLastState monthly benefit the state of last activity would pay (art. 65(6) cap), or {@code null}
 */
public record UnemploymentClaim(String residenceState, String lastActivityState, boolean frontierWorker,
                                UnemploymentKind kind, UnemploymentChoice choice, LocalDate unemployedFrom,
                                List<UnemploymentPeriod> periods, UnemploymentExportRequest export,
                                BigDecimal monthlyBenefitPaid, BigDecimal monthlyBenefitLastState) {

    public UnemploymentClaim {
        periods = periods == null ? List.of() : List.copyOf(periods);
    }
}
