package org.liaison.portal.web.simulators.benefits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.agreements.StateNames;
import org.liaison.coordination.benefits.BenefitInputs;
import org.liaison.coordination.benefits.BenefitViews;
import org.liaison.coordination.benefits.FamilyCase;
import org.liaison.coordination.benefits.FamilyDecision;
import org.liaison.coordination.benefits.FamilyPriority;
import org.liaison.coordination.benefits.FamilyStatus;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public simulator "Which state pays my family benefits?": one GET form with a row per state (the parent's
 * situation there: activity, pension or residence, and the monthly amount if known) and a row per child; "add a
 * state" and "add a child" are submit buttons that re-render the form, so it works without JavaScript.
 */
@Controller
class FamilySimulatorController {

    static final String PATH = "/simulators/family-benefits";

    private final BenefitInputs inputs;
    private final FamilyPriority engine;
    private final StateNames states;
    private final MessageSource messages;

    FamilySimulatorController(BenefitInputs inputs, FamilyPriority engine, StateNames states, MessageSource messages) {
        this.messages = messages;
        this.inputs = inputs;
        this.engine = engine;
        this.states = states;
    }

    @GetMapping(PATH)
    String simulate(@RequestParam Map<String, String> parameters, Model model, Locale locale) {
        Map<String, String> names = states.names(locale);
        FamilySimulatorForm form = FamilySimulatorForm.of(parameters);
        model.addAttribute("names", names);
        model.addAttribute("grounds", FamilySimulatorForm.SITUATIONS);
        model.addAttribute("form", parameters);
        model.addAttribute("stateCount", form.states());
        model.addAttribute("childCount", form.children());
        model.addAttribute("errors", FormErrors.none());
        if (!form.compute(parameters)) {
            return "simulators/family-simulator";
        }
        BenefitInputs.Read<FamilyCase> read = inputs.family(form.input());
        FamilyDecision decision = engine.decide(read.value());
        if (!form.formProblems().isEmpty() || !read.problems().isEmpty() || decision.status() == FamilyStatus.INVALID) {
            List<FieldProblem> errors = new ArrayList<>(form.formProblems());
            BenefitInputs.merge(read.problems(), decision.problems()).stream()
                    .filter(p -> errors.stream().noneMatch(e -> e.field().equals(form.fieldOf(p.field()))))
                    .forEach(p -> errors.add(p.at(form.fieldOf(p.field()))));
            model.addAttribute("errors", FormErrors.of(errors, locale, field -> field)
                    .labelled(field -> label(field, locale), messages, locale));
            return "simulators/family-simulator";
        }
        BenefitViews.Family answer = BenefitViews.Family.of(decision, locale);
        model.addAttribute("answer", answer);
        model.addAttribute("next", next(answer));
        return "simulators/family-simulator";
    }

    /** Message keys of what to do next, chosen from the status. */
    private static List<String> next(BenefitViews.Family answer) {
        String prefix = "benefits.family.next.";
        return switch (answer.status()) {
            case DECIDED -> answer.supplements().stream().anyMatch(s -> s.monthlyAmount().signum() > 0)
                    ? List.of(prefix + "priority", prefix + "supplement", prefix + "france")
                    : List.of(prefix + "priority", prefix + "france");
            case NOT_COORDINATED -> List.of(prefix + "own", prefix + "france");
            default -> List.of(prefix + "claim", prefix + "france");
        };
    }

    /** The label of a form field as the page shows it: {@code state1} is a row's "État", {@code child0} "Enfant 1". */
    private @org.jspecify.annotations.Nullable String label(String field, Locale locale) {
        java.util.regex.Matcher perChild = java.util.regex.Pattern.compile("cb\\d+_(\\d+)").matcher(field);
        if (perChild.matches()) {
            return messages.getMessage("benefits.family.cb", new Object[] {Integer.parseInt(perChild.group(1)) + 1}, null, locale);
        }
        String base = field.replaceAll("\\d+$", "");
        String index = field.substring(base.length());
        if ("child".equals(base) && !index.isEmpty()) {
            return messages.getMessage("benefits.family.childResidence", new Object[] {Integer.parseInt(index) + 1},
                    null, locale);
        }
        return messages.getMessage("benefits.family." + base, null, null, locale);
    }
}
