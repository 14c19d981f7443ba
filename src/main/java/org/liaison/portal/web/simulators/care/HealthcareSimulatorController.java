package org.liaison.portal.web.simulators.care;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.agreements.StateNames;
import org.liaison.coordination.care.CareRequests;
import org.liaison.coordination.care.HealthcareAssessment;
import org.liaison.coordination.care.HealthcareReimbursement;
import org.liaison.coordination.care.HealthcareTariff;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.web.FieldMessages;
import org.liaison.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The national contact point's simulator "Care abroad: how much is reimbursed?": one GET form (no JavaScript
 * needed), then the routes, which is more favourable and why, prior authorisation, documents, the tariff used and
 * the legal basis of each step, above the form kept filled in for another try.
 */
@Controller
class HealthcareSimulatorController {

    static final String PATH = "/simulators/healthcare-reimbursement";

    private final HealthcareReimbursement engine;
    private final StateNames states;
    private final FieldMessages messages;

    HealthcareSimulatorController(HealthcareReimbursement engine, StateNames states,
                                  FieldMessages messages) {
        this.engine = engine;
        this.states = states;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String simulate(HealthcareForm form, Model model, Locale locale) {
        model.addAttribute("names", states.names(locale));
        model.addAttribute("acts", acts(locale));
        model.addAttribute("errors", FormErrors.none());
        if (!form.isSubmitted()) {
            model.addAttribute("form", HealthcareForm.blank(LocalDate.now().toString()));
            return "simulators/healthcare-reimbursement";
        }
        model.addAttribute("form", form);
        CareRequests read = new CareRequests();
        HealthcareAssessment assessment = engine.assess(CareRequests.healthcare(form.request(read), read));
        List<FieldProblem> problems = read.merge(assessment.problems());
        if (!problems.isEmpty()) {
            model.addAttribute("errors", FormErrors.of(problems, f -> f, p -> labelled(p, locale)));
            return "simulators/healthcare-reimbursement";
        }
        model.addAttribute("assessment", assessment);
        return "simulators/healthcare-reimbursement";
    }

    /** The problem's text with the field's label instead of its technical path, which the API shows. */
    private String labelled(FieldProblem problem, Locale locale) {
        String text = problem.message().in(locale);
        return text.startsWith(problem.field())
                ? messages.message("care.sim." + problem.field() + ".label", locale) + text.substring(problem.field().length())
                : text;
    }

    /** One entry per tariff code, named in the reader's language (the demo label is part of the name). */
    private Map<String, String> acts(Locale locale) {
        Map<String, String> acts = new LinkedHashMap<>();
        for (HealthcareTariff tariff : engine.tariffs()) {
            acts.putIfAbsent(tariff.code(), tariff.label().in(locale));
        }
        return acts;
    }
}
