package org.liaison.coordination.internal.healthcare;

import static org.liaison.coordination.internal.healthcare.HealthcareParameters.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.care.HealthcareAssessment;
import org.liaison.coordination.care.HealthcareCareKind;
import org.liaison.coordination.care.HealthcareClaim;
import org.liaison.coordination.care.HealthcareReimbursement;
import org.liaison.coordination.care.HealthcareRoute;
import org.liaison.coordination.care.HealthcareTariff;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.LegalReference;

/**
 * Care abroad for the national contact point: which route of Reg. 883/2004 applies (EHIC, S1, S2), whether
 * Directive 2011/24/EU is open, whether prior authorisation is needed, what each route reimburses and which is more
 * favourable, and the documents to send. Pure: no framework, no clock. Amounts are exact and rounded to scale 2 with
 * RoundingMode.HALF_EVEN.
 */
public final class HealthcareEngine implements HealthcareReimbursement {

    private final HealthcareTariffs tariffs;

    public HealthcareEngine(HealthcareTariffs tariffs) {
        this.tariffs = tariffs;
    }

    @Override
    public HealthcareAssessment assess(HealthcareClaim claim) {
        List<FieldProblem> problems = HealthcareValidator.problems(claim, tariffs);
        if (!problems.isEmpty()) {
            return new HealthcareAssessment(DecisionStatus.NEEDS_INFORMATION, null, false, null, null, null, null,
                    null, List.of(), List.of(), problems, null);
        }
        List<RequirementCheck> checks = new ArrayList<>();
        Set<String> documents = new LinkedHashSet<>();
        String where = claim.treatmentState();
        HealthcareTariff tariff = tariffs.find(claim.actCode(), claim.dateOfCare()).orElseThrow();
        BigDecimal frenchCost = claim.inFrenchBasket() ? frenchCost(tariff, claim.quantity()) : BigDecimal.ZERO.setScale(2);
        boolean authorisation = claim.planned() && claim.kind() != HealthcareCareKind.AMBULATORY;
        checks.add(check(claim.inFrenchBasket() ? "IN_BASKET" : "NOT_IN_BASKET",
                claim.inFrenchBasket() ? RequirementResult.MET : RequirementResult.NOT_MET,
                Map.of("actCode", tariff.code(), "frenchCost", frenchCost.toPlainString(),
                        "demoTariff", String.valueOf(tariff.demo())), BASKET, frenchCost, tariff.source()));

        HealthcareRoute route = null;
        BigDecimal regulation = null;
        BigDecimal complement = null;
        BigDecimal host = claim.hostStatutoryRefund();
        if (!REGULATION_STATES.contains(where)) {
            checks.add(check("OUTSIDE_COORDINATION", RequirementResult.NEEDS_ASSESSMENT, Map.of("treatmentState", where),
                    STAY, where));
        } else if (!claim.residenceState().equals(claim.competentState()) && claim.residenceState().equals(where)) {
            route = HealthcareRoute.S1;
            regulation = host;
            documents.add("S1_REGISTERED");
            checks.add(check("RESIDENCE_S1", RequirementResult.MET, Map.of("residenceState", where), RESIDENCE, where));
        } else if (!claim.planned()) {
            route = HealthcareRoute.EHIC;
            regulation = host;
            documents.addAll(List.of("EHIC", "INVOICES", "PROOF_OF_PAYMENT", "PRESCRIPTION", "FORM_S3125"));
            checks.add(check("STAY_EHIC", RequirementResult.MET, Map.of("treatmentState", where), STAY, where));
            checks.add(check("NO_COMPLEMENT_FOR_UNPLANNED_CARE", RequirementResult.MET, Map.of(),
                    NO_COMPLEMENT_FOR_STAY));
        } else if (claim.s2Authorised()) {
            route = HealthcareRoute.S2;
            documents.addAll(List.of("S2", "INVOICES"));
            if (host != null) {
                complement = frenchCost.min(claim.invoice()).subtract(host).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_EVEN);
                regulation = host.add(complement).setScale(2, RoundingMode.HALF_EVEN);
            }
            checks.add(check("PLANNED_S2", RequirementResult.MET, Map.of("treatmentState", where), PLANNED, where));
            checks.add(check("VANBRAEKEL_COMPLEMENT", RequirementResult.MET,
                    Map.of("complement", String.valueOf(complement)), VANBRAEKEL, String.valueOf(complement)));
        } else {
            checks.add(check("PLANNED_WITHOUT_S2", RequirementResult.NOT_MET, Map.of("treatmentState", where), PLANNED));
        }

        BigDecimal directive = null;
        if (DIRECTIVE_STATES.contains(where) && !where.equals(claim.competentState())) {
            directive = frenchCost.min(claim.invoice()).setScale(2, RoundingMode.HALF_EVEN);
            documents.addAll(List.of("INVOICES", "PROOF_OF_PAYMENT", "FORM_S3125"));
            checks.add(check("DIRECTIVE_COST", RequirementResult.MET, Map.of("directiveAmount", directive.toPlainString()),
                    DIRECTIVE_COST, directive));
            if (authorisation) {
                documents.add(claim.s2Authorised() ? "S2" : "PRIOR_AUTHORISATION");
                checks.add(check("DIRECTIVE_AUTHORISATION", claim.s2Authorised() ? RequirementResult.MET
                                : RequirementResult.NEEDS_ASSESSMENT, Map.of("kind", claim.kind().name()),
                        DIRECTIVE_AUTHORISATION));
            }
        } else {
            checks.add(check("DIRECTIVE_NOT_OPEN", RequirementResult.NOT_MET, Map.of("treatmentState", where),
                    DIRECTIVE_COST, where));
        }
        HealthcareRoute preferred = preferred(route, regulation, directive, checks);
        boolean missingHost = route != null && route != HealthcareRoute.S1 && host == null;
        DecisionStatus status = missingHost ? DecisionStatus.NEEDS_INFORMATION
                : checks.stream().anyMatch(c -> c.result() == RequirementResult.NEEDS_ASSESSMENT)
                ? DecisionStatus.NEEDS_ASSESSMENT : DecisionStatus.DECIDED;
        return new HealthcareAssessment(status, route, authorisation, frenchCost, regulation, complement, directive,
                preferred, List.copyOf(documents), checks, List.of(), tariff);
    }

    /** Directive art. 8(3): the regulation applies when its conditions are met unless the patient asks otherwise. */
    private static HealthcareRoute preferred(HealthcareRoute route, BigDecimal regulation, BigDecimal directive,
                                             List<RequirementCheck> checks) {
        if (regulation == null && directive == null) {
            return null;
        }
        HealthcareRoute better = directive == null || (regulation != null && regulation.compareTo(directive) >= 0)
                ? route : HealthcareRoute.DIRECTIVE;
        checks.add(check("MORE_FAVOURABLE_ROUTE", RequirementResult.MET,
                Map.of("regulation", String.valueOf(regulation), "directive", String.valueOf(directive)), PRIORITY,
                better));
        return better;
    }

    /** What France pays for the acts: base × rate% − flat deduction per act, never below zero. */
    static BigDecimal frenchCost(HealthcareTariff tariff, int quantity) {
        BigDecimal perAct = tariff.base().multiply(BigDecimal.valueOf(tariff.ratePercent()))
                .divide(BigDecimal.valueOf(100)).subtract(tariff.flatDeduction()).max(BigDecimal.ZERO);
        return perAct.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static RequirementCheck check(String code, RequirementResult result, Map<String, String> facts,
                                          LegalReference reference, Object... args) {
        return new RequirementCheck(code, "HEALTHCARE_" + code, result, facts, reference,
                HealthcareTexts.message("healthcare." + code, args));
    }

    @Override
    public List<HealthcareTariff> tariffs() {
        return tariffs.all();
    }
}
