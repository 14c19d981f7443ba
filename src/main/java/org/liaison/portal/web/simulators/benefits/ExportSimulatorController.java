package org.liaison.portal.web.simulators.benefits;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.agreements.StateNames;
import org.liaison.coordination.benefits.BenefitExport;
import org.liaison.coordination.benefits.BenefitInputs;
import org.liaison.coordination.benefits.BenefitViews;
import org.liaison.coordination.benefits.ExportBenefit;
import org.liaison.coordination.benefits.ExportDecision;
import org.liaison.coordination.benefits.ExportQuestion;
import org.liaison.coordination.benefits.ExportStatus;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public simulator "Can I keep my French benefit if I live in another state?": one GET form (benefit, state of
 * residence, date, PD U2 for unemployment benefit), then the answer with its legal basis, explanation and next steps.
 */
@Controller
class ExportSimulatorController {

    static final String PATH = "/simulators/benefit-export";

    private final BenefitInputs inputs;
    private final BenefitExport engine;
    private final StateNames states;
    private final MessageSource messages;

    ExportSimulatorController(BenefitInputs inputs, BenefitExport engine, StateNames states, MessageSource messages) {
        this.messages = messages;
        this.inputs = inputs;
        this.engine = engine;
        this.states = states;
    }

    @GetMapping(PATH)
    String simulate(@RequestParam Map<String, String> parameters, Model model, Locale locale) {
        Map<String, String> names = states.names(locale);
        model.addAttribute("names", names);
        model.addAttribute("benefits", Arrays.stream(ExportBenefit.values()).map(Enum::name).toList());
        model.addAttribute("form", parameters);
        model.addAttribute("errors", FormErrors.none());
        if (!parameters.containsKey("benefit")) {
            return "simulators/export-simulator";
        }
        String u2 = parameters.getOrDefault("pdU2", "unknown");
        BenefitInputs.Read<ExportQuestion> read = inputs.export(new BenefitInputs.ExportInput(parameters.get("benefit"),
                parameters.get("residence"), parameters.get("date"), "yes".equals(u2) ? Boolean.TRUE : "no".equals(u2) ? Boolean.FALSE : null));
        ExportDecision decision = engine.decide(read.value());
        if (!read.problems().isEmpty() || decision.status() == ExportStatus.INVALID) {
            model.addAttribute("errors", errors(BenefitInputs.merge(read.problems(), decision.problems()), locale)
                    .labelled(field -> messages.getMessage("benefits.export." + ("pdU2".equals(field) ? "u2" : field),
                            null, null, locale), messages, locale));
            return "simulators/export-simulator";
        }
        model.addAttribute("answer", BenefitViews.Export.of(decision, locale));
        model.addAttribute("state", names.getOrDefault(read.value().residence().value(), read.value().residence().value()));
        model.addAttribute("next", next(decision, read.value().benefit()));
        return "simulators/export-simulator";
    }

    static FormErrors errors(List<FieldProblem> problems, Locale locale) {
        return FormErrors.of(problems, locale, ExportSimulatorController::fieldId);
    }

    /**
     * The form field of a JSON path: {@code entitlements[1].monthlyAmount} → {@code amount1}, {@code children[0]} →
     * {@code child0}; the API's {@code residenceState} is the form's {@code residence}.
     */
    static String fieldId(String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)\\](?:\\.(\\w+))?").matcher(path);
        if (!m.matches()) {
            return "residenceState".equals(path) ? "residence" : path;
        }
        if ("children".equals(m.group(1))) {
            return "child" + m.group(2);
        }
        String field = m.group(3) == null ? "state" : switch (m.group(3)) {
            case "monthlyAmount" -> "amount";
            case "periodMonths" -> "months";
            default -> m.group(3);
        };
        return field + m.group(2);
    }

    /** Message keys of what to do next, chosen from the status and the benefit. */
    private static List<String> next(ExportDecision decision, ExportBenefit benefit) {
        String prefix = "benefits.export.next.";
        return switch (decision.status()) {
            case EXPORTABLE -> switch (benefit) {
                case UNEMPLOYMENT_BENEFIT -> List.of(prefix + "unemployment.register", prefix + "unemployment.return");
                case FAMILY_ALLOWANCES -> List.of(prefix + "family");
                default -> List.of(prefix + "pension.address", prefix + "pension.life");
            };
            case NOT_EXPORTABLE -> List.of(prefix + "notExportable", prefix + "residenceState");
            case NEEDS_INFORMATION -> List.of(prefix + "information");
            case NO_EXPORT_NEEDED -> List.of(prefix + "france");
            default -> List.of(prefix + "assessment");
        };
    }
}
