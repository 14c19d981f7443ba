package org.liaison.coordination.pensions;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.liaison.coordination.CheckView;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.shared.LegalReferenceView;

/**
 * A pension estimate as the API and the simulator show it, in the reader's language: an overall status, the
 * aggregation per state, each state's amounts and the one paid with its legal basis, the art. 57 and art. 58
 * outcomes and every check with its reference and explanation. Amounts are monthly euros, two decimals, each
 * state's brought to the cent once by its own rule (its {@code rounding}; check {@code NATIONAL_ROUNDING*}).
 */
@Schema(name = "PensionEstimate")
public record PensionEstimateView(
        @Schema(description = "ESTIMATED when every state's amount could be worked out; otherwise what a state still "
                + "needs (its checks say which and why)") PensionEstimateStatus status,
        PensionEstimateView.Aggregation aggregation, List<State> states, Supplement supplement, BigDecimal total,
        List<CheckView> checks, String notice) {

    /** The career once aggregated: each state's days and months, each day counted once. */
    @Schema(name = "PensionAggregationAnswer")
    public record Aggregation(long totalDays, BigDecimal totalMonths, List<Credit> credits, List<CheckView> checks) {
    }

    @Schema(name = "PensionCredit")
    public record Credit(String state, long days, BigDecimal months) {
    }

    /** What a state pays: the pro-rata amount, its national (independent) benefit, or nothing. */
    public enum Paid { PRO_RATA, NATIONAL_BENEFIT, NOTHING }

    /** The under-one-year rule (Reg. 883/2004 art. 57): not applicable, exempt (art. 57(1)), or paying the whole career (art. 57(3)). */
    public enum Article57 { NOT_APPLICABLE, EXEMPT, PAYS_WHOLE_CAREER }

    /** One state's pension. */
    @Schema(name = "StatePension")
    public record State(String state, BigDecimal independent, BigDecimal theoretical, BigDecimal proRata,
                        BigDecimal amountDue, Paid paid, Article57 article57, Basis basis,
                        @Schema(description = "The check that settles what the state pays, explained") String why,
                        List<CheckView> checks,
                        @Schema(description = "How the state's amounts were brought to the cent (its national rule)",
                                example = "TRUNCATE") PensionRounding rounding) {
    }

    /** The provision that settles what a state pays. */
    @Schema(name = "PensionBasis")
    public record Basis(@Schema(example = "EU_883_ART52_1_B") String code, String title, LegalReferenceView legalReference) {
    }

    /** The minimum-pension supplement of the state of residence (art. 58). */
    @Schema(name = "PensionSupplement")
    public record Supplement(String state, BigDecimal amount) {
    }

    public static PensionEstimateView of(PensionEstimate estimate, PensionRequest request, Locale locale, String notice) {
        List<RequirementCheck> every = new ArrayList<>(estimate.aggregation().checks());
        List<CheckView> aggregationChecks = checks(estimate.aggregation().checks(), locale);
        List<CheckView> all = new ArrayList<>(aggregationChecks);
        List<State> states = new ArrayList<>();
        for (PensionCalculation calculation : estimate.calculations()) {
            List<CheckView> checks = checks(calculation.checks(), locale);
            every.addAll(calculation.checks());
            all.addAll(checks);
            states.add(state(calculation, checks, locale));
        }
        every.addAll(estimate.checks());
        all.addAll(checks(estimate.checks(), locale));
        Supplement supplement = estimate.supplement().signum() > 0
                ? new Supplement(request.residence().value(), estimate.supplement()) : null;
        return new PensionEstimateView(status(every), new Aggregation(estimate.aggregation().totalDays(),
                estimate.aggregation().totalMonths(), estimate.aggregation().credits().stream()
                .map(c -> new Credit(c.state().value(), c.days(), c.months())).toList(), aggregationChecks),
                states, supplement, estimate.total(), all, notice);
    }

    /** A fact still missing anywhere (e.g. a state's Annex VIII entry) makes the whole estimate incomplete. */
    private static PensionEstimateStatus status(List<RequirementCheck> checks) {
        if (checks.stream().anyMatch(c -> c.result() == RequirementResult.NEEDS_INFORMATION)) {
            return PensionEstimateStatus.NEEDS_INFORMATION;
        }
        if (checks.stream().anyMatch(c -> c.result() == RequirementResult.NEEDS_ASSESSMENT)) {
            return PensionEstimateStatus.NEEDS_ASSESSMENT;
        }
        return PensionEstimateStatus.ESTIMATED;
    }

    private static State state(PensionCalculation calculation, List<CheckView> checks, Locale locale) {
        String basis = calculation.basis().code();
        Paid paid;
        if (calculation.amountDue().signum() == 0) {
            paid = Paid.NOTHING;
        } else if (calculation.proRata() != null && calculation.amountDue().compareTo(calculation.proRata()) == 0) {
            paid = Paid.PRO_RATA;
        } else {
            paid = Paid.NATIONAL_BENEFIT;
        }
        Article57 article57 = switch (basis) {
            case "EU_883_ART57_1" -> Article57.EXEMPT;
            case "EU_883_ART57_3" -> Article57.PAYS_WHOLE_CAREER;
            default -> Article57.NOT_APPLICABLE;
        };
        // the last check of a state is the one that settles what it pays
        String why = checks.isEmpty() ? "" : checks.get(checks.size() - 1).explanation();
        return new State(calculation.state().value(), calculation.independent(), calculation.theoretical(),
                calculation.proRata(), calculation.amountDue(), paid, article57,
                new Basis(basis, calculation.basis().title().in(locale),
                        LegalReferenceView.of(calculation.basis().reference(), locale)), why, checks,
                calculation.rounding());
    }

    private static List<CheckView> checks(List<RequirementCheck> checks, Locale locale) {
        return checks.stream().map(c -> CheckView.of(c, locale)).toList();
    }
}
