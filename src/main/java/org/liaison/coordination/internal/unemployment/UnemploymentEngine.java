package org.liaison.coordination.internal.unemployment;

import static org.liaison.coordination.internal.unemployment.UnemploymentParameters.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.care.UnemploymentAssessment;
import org.liaison.coordination.care.UnemploymentChoice;
import org.liaison.coordination.care.UnemploymentClaim;
import org.liaison.coordination.care.UnemploymentCoordination;
import org.liaison.coordination.care.UnemploymentExport;
import org.liaison.coordination.care.UnemploymentKind;
import org.liaison.coordination.care.UnemploymentPeriod;
import org.liaison.coordination.care.UnemploymentReimbursement;
import org.liaison.coordination.internal.unemployment.UnemploymentInstruments.Coordination;
import org.liaison.coordination.internal.unemployment.UnemploymentInstruments.Family;
import org.liaison.coordination.internal.unemployment.UnemploymentParameters.Articles;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.LegalReference;

/**
 * Unemployment benefits across states, Reg. 883/2004 art. 61–65 and Reg. 987/2009 art. 70 (Reg. 1408/71 art.
 * 67–71 before it): first the instrument that coordinates the states concerned (registry), then which state pays,
 * the periods it aggregates, the export with PD U2 and the reimbursement between states. Pure: no framework, no
 * clock (every date is an input).
 */
public final class UnemploymentEngine implements UnemploymentCoordination {

    private final UnemploymentInstruments instruments;

    public UnemploymentEngine(AgreementRegistry registry) {
        this.instruments = new UnemploymentInstruments(registry);
    }

    @Override
    public UnemploymentAssessment assess(UnemploymentClaim claim) {
        List<FieldProblem> problems = UnemploymentValidator.problems(claim);
        if (!problems.isEmpty()) {
            return new UnemploymentAssessment(DecisionStatus.NEEDS_INFORMATION, null, null, null, 0, null, null,
                    List.of(), problems, List.of());
        }
        List<RequirementCheck> checks = new ArrayList<>();
        String residence = claim.residenceState();
        String last = claim.lastActivityState();
        Coordination context = residence.equals(last) ? null
                : instruments.between(residence, last, claim.unemployedFrom());
        if (context != null && !context.regulation()) {
            return NotCoordinated.assess(claim, context, checks);
        }
        if (context != null) {
            checks.add(check("GOVERNED_BY_REGULATION", "INSTRUMENT", context.uncertain()
                            ? RequirementResult.NEEDS_ASSESSMENT : RequirementResult.MET,
                    Map.of("instrument", context.instrumentId()), context.reference(), context.instrumentId()));
        }
        Articles articles = context != null && context.family() == Family.REGULATION_1408 ? ARTICLES_1408
                : ARTICLES_883;
        boolean wholly = claim.kind() == UnemploymentKind.WHOLLY;
        String paying;
        String provision;
        if (residence.equals(last) || !wholly) {
            paying = last;
            provision = residence.equals(last) ? articles.sameStateCode() : articles.partiallyCode();
            checks.add(check("PAID_BY_LAST_ACTIVITY_STATE", provision, RequirementResult.MET,
                    Map.of("lastActivityState", last, "residenceState", residence, "kind", claim.kind().name()),
                    residence.equals(last) ? articles.lastState() : articles.partially(), last));
        } else if (claim.frontierWorker() || claim.choice() == UnemploymentChoice.RESIDENCE_STATE) {
            paying = residence;
            provision = articles.residenceCode();
            checks.add(check("PAID_BY_RESIDENCE_STATE", provision, RequirementResult.MET,
                    Map.of("frontierWorker", String.valueOf(claim.frontierWorker()), "residenceState", residence),
                    claim.frontierWorker() ? articles.frontierWholly() : articles.choice(), residence));
        } else if (claim.choice() == UnemploymentChoice.LAST_ACTIVITY_STATE) {
            paying = last;
            provision = articles.lastStateChosenCode();
            checks.add(check("CHOSE_LAST_ACTIVITY_STATE", provision, RequirementResult.MET,
                    Map.of("lastActivityState", last), articles.choice(), last));
        } else {
            checks.add(check("CHOICE_MISSING", articles.choiceMissingCode(), RequirementResult.NEEDS_INFORMATION,
                    Map.of("residenceState", residence, "lastActivityState", last), articles.choice(), residence, last));
            return new UnemploymentAssessment(DecisionStatus.NEEDS_INFORMATION, null, null, instrumentOf(context), 0,
                    null, null, checks, List.of(), List.of());
        }
        long days = aggregate(claim, paying, provision, articles, checks);
        List<String> missing = new ArrayList<>();
        UnemploymentExport export = null;
        if (claim.export() != null && wholly) {
            export = new UnemploymentExports(instruments).export(claim.export(), paying, provision, checks, missing);
        } else if (claim.export() != null) {
            checks.add(check("EXPORT_ONLY_WHOLLY_UNEMPLOYED", provision, RequirementResult.NOT_MET,
                    Map.of("kind", claim.kind().name()), articles.export()));
        }
        UnemploymentReimbursement reimbursement = null;
        if (ARTICLES_883.residenceCode().equals(provision)) {
            reimbursement = FrontierReimbursement.of(claim, checks);
        } else if (ARTICLES_1408.residenceCode().equals(provision)) {
            checks.add(check("REIMBURSEMENT_NOT_MODELLED_1408", provision, RequirementResult.NEEDS_ASSESSMENT,
                    Map.of("instrument", context.instrumentId()), NO_REIMBURSEMENT_1408));
        }
        return new UnemploymentAssessment(status(checks), paying, provision, instrumentOf(context), days, export,
                reimbursement, checks, List.of(), missing);
    }

    static DecisionStatus status(List<RequirementCheck> checks) {
        return checks.stream().anyMatch(c -> c.result() == RequirementResult.NEEDS_INFORMATION)
                ? DecisionStatus.NEEDS_INFORMATION
                : checks.stream().anyMatch(c -> c.result() == RequirementResult.NEEDS_ASSESSMENT)
                ? DecisionStatus.NEEDS_ASSESSMENT : DecisionStatus.DECIDED;
    }

    private static String instrumentOf(Coordination context) {
        return context == null ? null : context.instrumentId();
    }

    /**
     * Art. 61(2): other states' periods count only if the person last completed periods under the paying state's
     * legislation, except when the residence state pays under art. 65(5)(a); and only periods of states the
     * regulation links with the paying state (a period in a convention state is not aggregated).
     */
    private long aggregate(UnemploymentClaim claim, String paying, String provision, Articles articles,
                           List<RequirementCheck> checks) {
        List<UnemploymentPeriod> periods = claim.periods();
        Set<String> excluded = new TreeSet<>();
        for (UnemploymentPeriod p : periods) {
            if (!p.state().equals(paying)
                    && !instruments.between(paying, p.state(), claim.unemployedFrom()).regulation()) {
                excluded.add(p.state());
            }
        }
        long own = periods.stream().filter(p -> p.state().equals(paying)).mapToLong(UnemploymentEngine::days).sum();
        long all = periods.stream().filter(p -> !excluded.contains(p.state())).mapToLong(UnemploymentEngine::days).sum();
        String lastState = periods.stream().max(Comparator.comparing(UnemploymentPeriod::to))
                .map(UnemploymentPeriod::state).orElse("");
        boolean exception = provision.equals(articles.residenceCode());
        boolean met = exception || lastState.equals(paying);
        checks.add(check(exception ? "AGGREGATION_FRONTIER_EXCEPTION" : "LAST_PERIOD_IN_PAYING_STATE", provision,
                met ? RequirementResult.MET : RequirementResult.NOT_MET,
                Map.of("lastPeriodState", lastState, "payingState", paying, "ownDays", String.valueOf(own),
                        "allDays", String.valueOf(all)), articles.aggregation(), paying, lastState));
        if (!excluded.isEmpty()) {
            checks.add(check("PERIODS_NOT_COORDINATED", provision, RequirementResult.NOT_MET,
                    Map.of("states", String.join(",", excluded)), articles.aggregation(), String.join(", ", excluded)));
        }
        return met ? all : own;
    }

    static long days(UnemploymentPeriod p) {
        return ChronoUnit.DAYS.between(p.from(), p.to()) + 1;
    }

    static long overlapDays(UnemploymentPeriod p, LocalDate from, LocalDate to) {
        LocalDate a = p.from().isAfter(from) ? p.from() : from;
        LocalDate b = p.to().isBefore(to) ? p.to() : to;
        return b.isBefore(a) ? 0 : ChronoUnit.DAYS.between(a, b) + 1;
    }

    static RequirementCheck check(String code, String provision, RequirementResult result, Map<String, String> facts,
                                  LegalReference reference, Object... args) {
        return new RequirementCheck(code, provision, result, facts, reference,
                UnemploymentTexts.message("unemployment." + code, args));
    }
}
