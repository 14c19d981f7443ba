package org.liaison.portal.web.simulators.legislation;

import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.liaison.agreements.WhereToApply;
import org.liaison.coordination.CertificateKind;
import org.liaison.coordination.DecisionView;

/**
 * What the person should do after the simulator's answer: which certificate, from which body. Message keys of the
 * postings bundle with their arguments (state names), chosen from the decision and the answers.
 * <p>
 * Who applies where (issue #11 §4), as the posting request form says it: Liaison's posting request service plays
 * the French competent institution for the postings <em>from France</em> under the general scheme (the role the
 * Urssaf holds for applicable legislation, CPAM for a convention's certificate: the registry's routing rules,
 * V3_6, and ameli.fr on postings to a convention state, reference/rules.md §3) and the liaison body's role for exceptions (Reg. 883/2004 art. 16(1),
 * "procédure de détachement d'une durée exceptionnelle … après échange de lettres", Cleiss, rules.md §1.1). The
 * agricultural scheme's postings go to the MSA (routing rule "agricultural scheme, any BUC"); a posting to France
 * to the sending state's institution; work in several states to the institution of residence (987/2009 art. 16).
 * Only the first two link to the form. The table, dated and with its sources, is {@link WhereToApply}'s.
 */
final class NextSteps {

    /** A message of the bundle and its arguments. */
    record Step(String key, List<Object> arguments) {
    }

    /**
     * Whether the posting request form is the place to apply, as {@link WhereToApply} says for the situation: a
     * posting from France (certified by France or to be assessed) or an exception under art. 16(1).
     */
    static boolean appliesHere(WhereToApply desks, DecisionView decision, SimulatorSteps answers, LocalDate day) {
        WhereToApply.Situation situation = situationOf(decision, answers);
        return situation != null && desks.of(situation, day).thisService();
    }

    /** The situation of the table the answers describe; none for work in one state without a posting. */
    static WhereToApply.@Nullable Situation situationOf(DecisionView decision, SimulatorSteps answers) {
        if (answers.several()) {
            return WhereToApply.Situation.SEVERAL_STATES;
        }
        if (!answers.posted()) {
            return null;
        }
        if (!fromFrance(answers)) {
            return WhereToApply.Situation.POSTING_TO_FRANCE;
        }
        boolean otherLegislation = "DECIDED".equals(decision.status()) && !decision.legislation().isEmpty()
                && !"FR".equals(decision.legislation().get(0).state());
        return "NEEDS_AGREEMENT".equals(decision.status()) || otherLegislation
                ? WhereToApply.Situation.EXCEPTION : WhereToApply.Situation.POSTING_FROM_FRANCE;
    }

    private static boolean fromFrance(SimulatorSteps answers) {
        return !answers.several() && answers.posted() && "FR".equals(answers.get("from"));
    }

    private NextSteps() {
    }

    static List<Step> of(DecisionView decision, SimulatorSteps answers, CertificateKind certificate, String stateName,
                         String residenceName) {
        List<Step> steps = new ArrayList<>();
        String prefix = "postings.simulator.next.";
        boolean fromFrance = fromFrance(answers);
        switch (decision.status()) {
            // a posting to France: the sending state's institution assesses it, not this service
            case "NEEDS_INFORMATION", "NEEDS_ASSESSMENT" -> steps.add(fromFrance
                    ? new Step(prefix + ("NEEDS_INFORMATION".equals(decision.status()) ? "information" : "assessment"), List.of())
                    : new Step(prefix + "elsewhere", List.of()));
            case "NEEDS_AGREEMENT" -> steps.add(new Step(prefix + (fromFrance ? "agreement" : "agreement.foreign"), List.of()));
            default -> decided(decision, answers, certificate, stateName, residenceName, steps);
        }
        return steps;
    }

    private static void decided(DecisionView decision, SimulatorSteps answers, CertificateKind certificate,
                                String stateName, String residenceName, List<Step> steps) {
        String prefix = "postings.simulator.next.";
        String state = decision.legislation().get(0).state();
        String form = certificate == CertificateKind.PD_A1 ? "a1" : "bilateral";
        boolean selfEmployed = "SELF_EMPLOYED".equals(answers.get("kind"));
        if (answers.posted() && state.equals(answers.get("from"))) {
            if ("FR".equals(state)) {
                steps.add(new Step(prefix + "posting.fr." + (selfEmployed ? "self." : "employed.") + form, List.of()));
                steps.add(new Step(prefix + "posting.fr.agricultural", List.of()));
            } else {
                steps.add(new Step(prefix + "posting.foreign." + form, List.of(stateName)));
            }
            return;
        }
        if (answers.posted()) {
            steps.add(new Step(prefix + "posting.refused", List.of(stateName)));
            if (fromFrance(answers)) {
                steps.add(new Step(prefix + "posting.exception", List.of()));
            }
        }
        if (answers.several()) {
            steps.add(new Step(prefix + ("FR".equals(answers.get("residence")) ? "multi.fr" : "multi.foreign"),
                    List.of(residenceName)));
        } else if ("FR".equals(state)) {
            steps.add(new Step(prefix + "local.fr", List.of()));
        } else {
            steps.add(new Step(prefix + "local.foreign", List.of(stateName)));
        }
    }
}
