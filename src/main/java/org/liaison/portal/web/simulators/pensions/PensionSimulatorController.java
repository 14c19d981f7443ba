package org.liaison.portal.web.simulators.pensions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.agreements.StateNames;
import org.liaison.coordination.pensions.PensionEstimateView;
import org.liaison.coordination.pensions.PensionInputs;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public simulator "How much pension for a career in several countries?": the person's periods and each state's
 * rule (examples to adapt), then per state the amounts, the one paid and why, the legal basis, and what to do next.
 * Plain forms: adding or removing a period re-renders the page on the server.
 */
@Controller
class PensionSimulatorController {

    static final String PATH = "/simulators/pension-estimate";
    private static final String VIEW = "simulators/pension-estimate";

    private final PensionInputs inputs;
    private final StateNames states;
    private final MessageSource messages;

    PensionSimulatorController(PensionInputs inputs, StateNames states, MessageSource messages) {
        this.inputs = inputs;
        this.states = states;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String start(Model model, Locale locale) {
        return render(PensionForm.start(), FormErrors.none(), model, locale);
    }

    @PostMapping(PATH)
    String submit(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
        String action = params.getFirst("action") == null ? "estimate" : params.getFirst("action");
        Map<String, String> names = states.names(locale);
        PensionForm form = PensionForm.of(params);
        if (action.equals("add")) {
            form = form.add();
        } else if (action.startsWith("remove-")) {
            form = form.remove(index(action.substring("remove-".length())));
        }
        List<String> added = new ArrayList<>();
        form = form.withRules(names.keySet(), added);
        if (!action.equals("estimate")) {
            return render(form, FormErrors.none(), model, locale);
        }
        if (!added.isEmpty()) {
            model.addAttribute("added", added.stream().map(s -> names.getOrDefault(s, s)).toList());
            return render(form, FormErrors.none(), model, locale);
        }
        List<FieldProblem> typed = new ArrayList<>();
        PensionInputs.Outcome outcome = inputs.estimate(form.input(typed));
        if (!typed.isEmpty() || !outcome.valid()) {
            PensionForm shown = form;
            // the field ids are p0-start, r-DE-minimumMonths, date: the label is the part after the last dash
            return render(form, FormErrors.of(firstPerField(typed, outcome.problems()), locale, shown::fieldId)
                    .labelled(field -> messages.getMessage("pensions.simulator." + field.substring(field.lastIndexOf('-') + 1),
                            null, null, locale), messages, locale), model, locale);
        }
        model.addAttribute("estimate", PensionEstimateView.of(outcome.estimate(), outcome.request(), locale,
                messages.getMessage("pensions.notice", null, locale)));
        return render(form, FormErrors.none(), model, locale);
    }

    private String render(PensionForm form, FormErrors errors, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("names", states.names(locale));
        model.addAttribute("kinds", List.of("EMPLOYMENT", "SELF_EMPLOYMENT", "INSURANCE", "RESIDENCE"));
        model.addAttribute("units", List.of("QUARTERS", "MONTHS", "WEEKS", "DAYS"));
        model.addAttribute("annexValues", List.of("NOT_LISTED", "PRO_RATA_WAIVED", "PRO_RATA_NOT_APPLICABLE"));
        return VIEW;
    }

    /** What the form could not read first, then the estimate's problems of the other fields. */
    private static List<FieldProblem> firstPerField(List<FieldProblem> typed, List<FieldProblem> estimate) {
        List<FieldProblem> all = new ArrayList<>(typed);
        estimate.stream().filter(p -> typed.stream().noneMatch(t -> t.field().equals(p.field()))).forEach(all::add);
        return all;
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
