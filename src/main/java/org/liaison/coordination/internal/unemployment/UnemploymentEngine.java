package org.liaison.coordination.internal.unemployment;

import static org.liaison.coordination.internal.unemployment.UnemploymentParameters.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.liaison.coordination.care.CareInputProblem;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.care.UnemploymentAssessment;
import org.liaison.coordination.care.UnemploymentChoice;
import org.liaison.coordination.care.UnemploymentClaim;
import org.liaison.coordination.care.UnemploymentExport;
import org.liaison.coordination.care.UnemploymentExportRequest;
import org.liaison.coordination.care.UnemploymentKind;
import org.liaison.coordination.care.UnemploymentPeriod;
import org.liaison.coordination.care.UnemploymentReimbursement;
import org.liaison.shared.LegalReference;

/**
 * Unemployment benefits across states, Reg. 883/2004 art. 61–65 and Reg. 987/2009 art. 70: which state pays,
 * the periods it aggregates, the export with PD U2 and the reimbursement between states. Pure: no framework, no
 * clock (every date is an input). Amounts are computed exactly and rounded to scale 2 with RoundingMode.HALF_EVEN.
 */
public final class UnemploymentEngine {

    public UnemploymentAssessment assess(UnemploymentClaim claim) {
        List<CareInputProblem> problems = UnemploymentValidator.problems(claim);
        if (!problems.isEmpty()) {
            return new UnemploymentAssessment(DecisionStatus.NEEDS_INFORMATION, null, null, 0, null, null, List.of(),
                    problems);
        }
        List<RequirementCheck> checks = new ArrayList<>();
        String residence = claim.residenceState();
        String last = claim.lastActivityState();
        boolean wholly = claim.kind() == UnemploymentKind.WHOLLY;
        String paying;
        String provision;
        if (residence.equals(last) || !wholly) {
            paying = last;
            provision = residence.equals(last) ? "EU_883_ART11_3_A" : "EU_883_ART65_1";
            checks.add(check("PAID_BY_LAST_ACTIVITY_STATE", provision, RequirementResult.MET,
                    Map.of("lastActivityState", last, "residenceState", residence, "kind", claim.kind().name()),
                    residence.equals(last) ? LAST_STATE : PARTIALLY, last));
        } else if (claim.frontierWorker() || claim.choice() == UnemploymentChoice.RESIDENCE_STATE) {
            paying = residence;
            provision = "EU_883_ART65_5_A";
            checks.add(check("PAID_BY_RESIDENCE_STATE", provision, RequirementResult.MET,
                    Map.of("frontierWorker", String.valueOf(claim.frontierWorker()), "residenceState", residence),
                    claim.frontierWorker() ? FRONTIER_WHOLLY : CHOICE, residence));
        } else if (claim.choice() == UnemploymentChoice.LAST_ACTIVITY_STATE) {
            paying = last;
            provision = "EU_883_ART65_5_B";
            checks.add(check("CHOSE_LAST_ACTIVITY_STATE", provision, RequirementResult.MET,
                    Map.of("lastActivityState", last), CHOICE, last));
        } else {
            checks.add(check("CHOICE_MISSING", "EU_883_ART65_2", RequirementResult.NEEDS_INFORMATION,
                    Map.of("residenceState", residence, "lastActivityState", last), CHOICE, residence, last));
            return new UnemploymentAssessment(DecisionStatus.NEEDS_INFORMATION, null, null, 0, null, null, checks,
                    List.of());
        }
        long days = aggregate(claim.periods(), paying, provision, checks);
        UnemploymentExport export = null;
        if (claim.export() != null && wholly) {
            export = export(claim.export(), provision, checks);
        } else if (claim.export() != null) {
            checks.add(check("EXPORT_ONLY_WHOLLY_UNEMPLOYED", provision, RequirementResult.NOT_MET,
                    Map.of("kind", claim.kind().name()), EXPORT));
        }
        UnemploymentReimbursement reimbursement = "EU_883_ART65_5_A".equals(provision)
                ? reimbursement(claim, checks) : null;
        DecisionStatus status = checks.stream().anyMatch(c -> c.result() == RequirementResult.NEEDS_INFORMATION)
                ? DecisionStatus.NEEDS_INFORMATION
                : checks.stream().anyMatch(c -> c.result() == RequirementResult.NEEDS_ASSESSMENT)
                ? DecisionStatus.NEEDS_ASSESSMENT : DecisionStatus.DECIDED;
        return new UnemploymentAssessment(status, paying, provision, days, export, reimbursement, checks, List.of());
    }

    /**
     * Art. 61(2): other states' periods count only if the person last completed periods under the paying state's
     * legislation, except when the residence state pays under art. 65(5)(a).
     */
    private static long aggregate(List<UnemploymentPeriod> periods, String paying, String provision,
                                  List<RequirementCheck> checks) {
        long own = periods.stream().filter(p -> p.state().equals(paying)).mapToLong(UnemploymentEngine::days).sum();
        long all = periods.stream().mapToLong(UnemploymentEngine::days).sum();
        String lastState = periods.stream().max(Comparator.comparing(UnemploymentPeriod::to))
                .map(UnemploymentPeriod::state).orElse("");
        boolean exception = "EU_883_ART65_5_A".equals(provision);
        boolean met = exception || lastState.equals(paying);
        checks.add(check(exception ? "AGGREGATION_FRONTIER_EXCEPTION" : "LAST_PERIOD_IN_PAYING_STATE", provision,
                met ? RequirementResult.MET : RequirementResult.NOT_MET,
                Map.of("lastPeriodState", lastState, "payingState", paying, "ownDays", String.valueOf(own),
                        "allDays", String.valueOf(all)), AGGREGATION, paying, lastState));
        return met ? all : own;
    }

    private static UnemploymentExport export(UnemploymentExportRequest e, String provision,
                                             List<RequirementCheck> checks) {
        long weeks = ChronoUnit.WEEKS.between(e.registeredFrom(), e.departure());
        checks.add(check("REGISTERED_FOUR_WEEKS", provision,
                weeks >= MIN_REGISTRATION_WEEKS ? RequirementResult.MET : RequirementResult.NEEDS_ASSESSMENT,
                Map.of("weeksRegistered", String.valueOf(weeks), "minWeeks", String.valueOf(MIN_REGISTRATION_WEEKS)),
                MIN_REGISTRATION, weeks, MIN_REGISTRATION_WEEKS));
        LocalDate registerBy = e.departure().plusDays(REGISTER_WITHIN_DAYS);
        RequirementResult registered = e.registeredInNewState() == null ? RequirementResult.NEEDS_INFORMATION
                : e.registeredInNewState().isAfter(registerBy) ? RequirementResult.NEEDS_ASSESSMENT
                : RequirementResult.MET;
        checks.add(check("REGISTERED_IN_NEW_STATE_IN_TIME", provision, registered,
                Map.of("registerBy", registerBy.toString(), "maxDays", String.valueOf(REGISTER_WITHIN_DAYS)),
                REGISTER_WITHIN, registerBy, REGISTER_WITHIN_DAYS));
        LocalDate until = e.departure().plusMonths(EXPORT_MONTHS).minusDays(1);
        LocalDate extended = e.departure().plusMonths(MAX_EXPORT_MONTHS).minusDays(1);
        checks.add(check(e.extensionRequested() ? "EXPORT_EXTENSION_REQUESTED" : "EXPORT_THREE_MONTHS", provision,
                e.extensionRequested() ? RequirementResult.NEEDS_ASSESSMENT : RequirementResult.MET,
                Map.of("until", until.toString(), "latestExtendedUntil", extended.toString()), EXPORT, until,
                extended));
        return new UnemploymentExport(e.destinationState(), e.departure(), until, extended, registerBy);
    }

    /** Art. 65(6)–(7): 3 months, or 5 after 12 months of activity in the last 24, capped at the last state's rate. */
    private static UnemploymentReimbursement reimbursement(UnemploymentClaim claim, List<RequirementCheck> checks) {
        LocalDate start = claim.unemployedFrom();
        LocalDate windowStart = start.minusMonths(ACTIVITY_WINDOW_MONTHS);
        long needed = ChronoUnit.DAYS.between(start.minusMonths(ACTIVITY_MONTHS_FOR_EXTENSION), start);
        long worked = claim.periods().stream().filter(p -> p.state().equals(claim.lastActivityState()))
                .mapToLong(p -> overlapDays(p, windowStart, start.minusDays(1))).sum();
        int months = worked >= needed ? EXTENDED_REIMBURSED_MONTHS : REIMBURSED_MONTHS;
        BigDecimal amount = null;
        if (claim.monthlyBenefitPaid() != null && claim.monthlyBenefitLastState() != null) {
            amount = claim.monthlyBenefitPaid().min(claim.monthlyBenefitLastState())
                    .multiply(BigDecimal.valueOf(months)).setScale(2, RoundingMode.HALF_EVEN);
        }
        checks.add(check(months == EXTENDED_REIMBURSED_MONTHS ? "REIMBURSED_FIVE_MONTHS" : "REIMBURSED_THREE_MONTHS",
                "EU_883_ART65_6", RequirementResult.MET,
                Map.of("daysWorkedInLast24Months", String.valueOf(worked), "daysIn12Months", String.valueOf(needed),
                        "months", String.valueOf(months)), REIMBURSEMENT, claim.lastActivityState(), months));
        return new UnemploymentReimbursement(claim.lastActivityState(), claim.residenceState(), months, amount);
    }

    private static long days(UnemploymentPeriod p) {
        return ChronoUnit.DAYS.between(p.from(), p.to()) + 1;
    }

    private static long overlapDays(UnemploymentPeriod p, LocalDate from, LocalDate to) {
        LocalDate a = p.from().isAfter(from) ? p.from() : from;
        LocalDate b = p.to().isBefore(to) ? p.to() : to;
        return b.isBefore(a) ? 0 : ChronoUnit.DAYS.between(a, b) + 1;
    }

    private static RequirementCheck check(String code, String provision, RequirementResult result,
                                          Map<String, String> facts, LegalReference reference, Object... args) {
        return new RequirementCheck(code, provision, result, facts, reference,
                UnemploymentTexts.text("unemployment." + code, args));
    }
}
