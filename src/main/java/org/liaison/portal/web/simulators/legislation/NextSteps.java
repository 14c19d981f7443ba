package org.liaison.portal.web.simulators.legislation;

import java.util.ArrayList;
import java.util.List;
import org.liaison.coordination.CertificateKind;
import org.liaison.coordination.DecisionView;

/**
 * What the person should do after the simulator's answer: which certificate, from which body. Message keys of the
 * postings bundle with their arguments (state names), chosen from the decision and the answers.
 */
final class NextSteps {

    /** A message of the bundle and its arguments. */
    record Step(String key, List<Object> arguments) {
    }

    private NextSteps() {
    }

    static List<Step> of(DecisionView decision, SimulatorSteps answers, CertificateKind certificate, String stateName,
                         String residenceName) {
        List<Step> steps = new ArrayList<>();
        String prefix = "postings.simulator.next.";
        switch (decision.status()) {
            case "NEEDS_INFORMATION" -> steps.add(new Step(prefix + "information", List.of()));
            case "NEEDS_ASSESSMENT" -> steps.add(new Step(prefix + "assessment", List.of()));
            case "NEEDS_AGREEMENT" -> steps.add(new Step(prefix + "agreement", List.of()));
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
            } else {
                steps.add(new Step(prefix + "posting.foreign." + form, List.of(stateName)));
            }
            return;
        }
        if (answers.posted()) {
            steps.add(new Step(prefix + "posting.refused", List.of(stateName)));
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
