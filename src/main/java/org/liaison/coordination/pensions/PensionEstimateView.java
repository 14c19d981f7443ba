package org.liaison.coordination.pensions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.liaison.coordination.RequirementCheck;

/**
 * A pension estimate as the API and the simulator show it, in the reader's language: the aggregation per state,
 * each state's amounts and the one paid with its legal basis, the art. 57 and art. 58 outcomes and every check with
 * its reference and explanation. Amounts are monthly euros, two decimals, rounded half-even once per amount.
 */
public record PensionEstimateView(Aggregation aggregation, List<State> states, Supplement supplement, BigDecimal total,
                           List<Check> checks, String notice) {

    /** The career once aggregated: each state's days and months, each day counted once. */
    record Aggregation(long totalDays, BigDecimal totalMonths, List<Credit> credits, List<Check> checks) {
    }

    record Credit(String state, long days, BigDecimal months) {
    }

    /**
     * One state's pension. {@code paid}: PRO_RATA, NATIONAL_BENEFIT or NOTHING; {@code article57}: NOT_APPLICABLE,
     * EXEMPT (under one year, art. 57(1)) or PAYS_WHOLE_CAREER (art. 57(3)).
     */
    record State(String state, BigDecimal independent, BigDecimal theoretical, BigDecimal proRata, BigDecimal amountDue,
                 String paid, String article57, Basis basis, String why, List<Check> checks) {
    }

    record Basis(String code, String title, String reference, String source) {
    }

    /** The minimum-pension supplement of the state of residence (art. 58). */
    record Supplement(String state, BigDecimal amount) {
    }

    record Check(String code, String provision, String result, String reference, String source,
                 Map<String, String> facts, String explanation) {
    }

    public static PensionEstimateView of(PensionEstimate estimate, PensionRequest request, Locale locale, String notice) {
        List<Check> all = new ArrayList<>();
        List<Check> aggregationChecks = checks(estimate.aggregation().checks(), locale);
        all.addAll(aggregationChecks);
        List<State> states = new ArrayList<>();
        for (PensionCalculation calculation : estimate.calculations()) {
            List<Check> checks = checks(calculation.checks(), locale);
            all.addAll(checks);
            states.add(state(calculation, checks, locale));
        }
        all.addAll(checks(estimate.checks(), locale));
        Supplement supplement = estimate.supplement().signum() > 0
                ? new Supplement(request.residence().value(), estimate.supplement()) : null;
        return new PensionEstimateView(new Aggregation(estimate.aggregation().totalDays(),
                estimate.aggregation().totalMonths(), estimate.aggregation().credits().stream()
                .map(c -> new Credit(c.state().value(), c.days(), c.months())).toList(), aggregationChecks),
                states, supplement, estimate.total(), all, notice);
    }

    private static State state(PensionCalculation calculation, List<Check> checks, Locale locale) {
        String basis = calculation.basis().code();
        String paid;
        if (calculation.amountDue().signum() == 0) {
            paid = "NOTHING";
        } else if (calculation.proRata() != null && calculation.amountDue().compareTo(calculation.proRata()) == 0) {
            paid = "PRO_RATA";
        } else {
            paid = "NATIONAL_BENEFIT";
        }
        String article57 = switch (basis) {
            case "EU_883_ART57_1" -> "EXEMPT";
            case "EU_883_ART57_3" -> "PAYS_WHOLE_CAREER";
            default -> "NOT_APPLICABLE";
        };
        // the last check of a state is the one that settles what it pays
        String why = checks.isEmpty() ? "" : checks.get(checks.size() - 1).explanation();
        return new State(calculation.state().value(), calculation.independent(), calculation.theoretical(),
                calculation.proRata(), calculation.amountDue(), paid, article57,
                new Basis(basis, calculation.basis().title().in(locale), calculation.basis().reference().citation(),
                        calculation.basis().reference().source()), why, checks);
    }

    private static List<Check> checks(List<RequirementCheck> checks, Locale locale) {
        return checks.stream().map(c -> new Check(c.code(), c.provision(), c.result().name(),
                c.reference().citation(), c.reference().source(), new TreeMap<>(c.facts()),
                c.explanation().in(locale))).toList();
    }
}
