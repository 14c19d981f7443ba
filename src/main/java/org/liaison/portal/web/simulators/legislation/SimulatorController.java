package org.liaison.portal.web.simulators.legislation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.StateNames;
import org.liaison.coordination.ApplicableLegislation;
import org.liaison.coordination.CertificateKind;
import org.liaison.coordination.DecisionView;
import org.liaison.coordination.SituationValidator;
import org.liaison.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public simulator "Which country's social security covers me?": one question per page, each a GET form
 * carrying the previous answers, then the engine's answer with its legal basis and what to do next.
 */
@Controller
class SimulatorController {

    static final String PATH = "/simulators/applicable-legislation";

    private final SituationValidator validator;
    private final ApplicableLegislation engine;
    private final AgreementRegistry registry;
    private final StateNames states;
    private final MessageSource messages;
    private final org.liaison.agreements.WhereToApply whereToApply;

    SimulatorController(SituationValidator validator, ApplicableLegislation engine, AgreementRegistry registry,
                        StateNames states, MessageSource messages, org.liaison.agreements.WhereToApply whereToApply) {
        this.messages = messages;
        this.whereToApply = whereToApply;
        this.validator = validator;
        this.engine = engine;
        this.registry = registry;
        this.states = states;
    }

    @GetMapping(PATH)
    String simulate(@RequestParam Map<String, String> parameters, Model model, Locale locale) {
        SimulatorSteps steps = SimulatorSteps.of(parameters);
        Map<String, String> names = states.names(locale);
        model.addAttribute("names", names);
        model.addAttribute("answers", steps.answers());
        String step = steps.next();
        if (!SimulatorSteps.ANSWER.equals(step)) {
            model.addAttribute("step", step);
            model.addAttribute("carried", steps.carried(step));
            model.addAttribute("count", steps.count());
            model.addAttribute("kind", steps.get("kind"));
            model.addAttribute("posted", !steps.several() && steps.posted());
            return "simulators/step";
        }
        SituationValidator.Result result = validator.validate(SimulatorSituation.of(steps));
        if (!result.valid()) {
            // the answers are asked one page at a time: each problem names its question and links to the page asking
            // it again (issue #11 §3)
            model.addAttribute("problems", FormErrors.of(result.problems(), locale, field -> step(field, steps))
                    .labelled(field -> field.isEmpty() ? null : messages.getMessage("postings.simulator.q." + field,
                            null, null, locale), messages, locale).items().stream()
                    .map(item -> new Problem(item.message(), item.field().isEmpty() ? null
                            : again(item.field(), steps, locale))).toList());
            return "simulators/answer";
        }
        DecisionView decision = DecisionView.of(engine.decide(result.situation()));
        model.addAttribute("decision", decision);
        model.addAttribute("appliesHere", NextSteps.appliesHere(whereToApply, decision, steps, java.time.LocalDate.now()));
        if (!decision.legislation().isEmpty()) {
            String state = decision.legislation().get(0).state();
            CertificateKind certificate = CertificateKind.attesting(registry, decision.legislation().get(0).instrument());
            List<NextSteps.Step> next = NextSteps.of(decision, steps, certificate, names.getOrDefault(state, state),
                    names.getOrDefault(steps.get("residence"), ""));
            model.addAttribute("next", next);
            model.addAttribute("state", state);
        } else {
            model.addAttribute("next", NextSteps.of(decision, steps, CertificateKind.PD_A1, "", ""));
        }
        return "simulators/answer";
    }

    /** A problem of the answers: its text, naming the question, and the page asking that question again. */
    record Problem(String message, @org.jspecify.annotations.Nullable String href) {
    }

    /** The step asking the answer a problem is about ({@code dates}, {@code activities}, …), or "" if none does. */
    static String step(String field, SimulatorSteps steps) {
        if (field.startsWith("centreOfInterest")) {
            return "activities";
        }
        if (field.startsWith("certificateHeld.") && !field.startsWith("certificateHeld.period")) {
            return "certificate";
        }
        if (field.contains("timeShare") || field.contains("payShare") || steps.several() && field.startsWith("activities")) {
            return "activities";
        }
        if (field.contains("period") || field.contains("start") || field.contains("end")) {
            return "dates";
        }
        if (field.contains("residence")) {
            return "residence";
        }
        return "";
    }

    /** The simulator with every answer but those of this step: it asks the step again, the other answers kept. */
    private static String again(String step, SimulatorSteps steps, Locale locale) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
        steps.answers().forEach((key, value) -> {
            if (!answers(step).matcher(key).matches()) {
                uri.queryParam(key, value);
            }
        });
        if ("en".equals(locale.getLanguage())) {
            uri.queryParam("lang", "en");
        }
        return uri.encode().build().toUriString();
    }

    private static java.util.regex.Pattern answers(String step) {
        return java.util.regex.Pattern.compile(switch (step) {
            case "dates" -> "start|end|earlierEnd";
            case "activities" -> "[stpefhn]\\d+|intent";
            case "certificate" -> "certFrom|certKind|certWithdrawn|certContested";
            default -> java.util.regex.Pattern.quote(step);
        });
    }
}
