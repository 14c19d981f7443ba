package org.liaison.portal.web.simulators.care;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liaison.agreements.StateNames;
import org.liaison.coordination.care.CareRequests;
import org.liaison.coordination.care.UnemploymentAssessment;
import org.liaison.coordination.care.UnemploymentCoordination;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.web.FieldMessages;
import org.liaison.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public simulator "Unemployed after working in several states": which state pays, the periods counted, the
 * export with PD U2 and its dates, the reimbursement between states; one GET form that works without JavaScript.
 */
@Controller
class UnemploymentSimulatorController {

    static final String PATH = "/simulators/unemployment";
    private static final Pattern PERIOD_FIELD = Pattern.compile("periods\\[(\\d+)]\\.?(\\w*)");

    private final UnemploymentCoordination engine;
    private final StateNames states;
    private final FieldMessages messages;

    UnemploymentSimulatorController(UnemploymentCoordination engine, StateNames states, FieldMessages messages) {
        this.engine = engine;
        this.states = states;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String simulate(@RequestParam Map<String, String> parameters, Model model, Locale locale) {
        UnemploymentForm form = parameters.containsKey("submitted") ? UnemploymentForm.of(parameters)
                : UnemploymentForm.blank();
        model.addAttribute("names", states.names(locale));
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.none());
        if (!form.isSubmitted()) {
            return "simulators/unemployment-assessment";
        }
        CareRequests read = new CareRequests();
        UnemploymentAssessment assessment = engine.assess(CareRequests.unemployment(form.request(read), read));
        List<FieldProblem> problems = read.merge(assessment.problems());
        if (!problems.isEmpty()) {
            model.addAttribute("errors", FormErrors.of(problems, f -> f, p -> labelled(p, locale)));
            return "simulators/unemployment-assessment";
        }
        model.addAttribute("assessment", assessment);
        return "simulators/unemployment-assessment";
    }

    /** The problem's text with the field's label instead of its JSON path. */
    private String labelled(FieldProblem problem, Locale locale) {
        String text = problem.message().in(locale);
        String field = problem.field();
        if (!text.startsWith(field)) {
            return text;
        }
        Matcher period = PERIOD_FIELD.matcher(field);
        String label = period.matches()
                ? messages.message("care.usim.period." + (period.group(2).isEmpty() ? "row" : period.group(2)), locale,
                        Integer.parseInt(period.group(1)) + 1)
                : messages.message("care.usim." + field + ".label", locale);
        return label + text.substring(field.length());
    }
}
