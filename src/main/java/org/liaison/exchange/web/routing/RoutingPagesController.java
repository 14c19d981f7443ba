package org.liaison.exchange.web.routing;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.institutions.Institution;
import org.liaison.exchange.institutions.InstitutionDirectory;
import org.liaison.exchange.institutions.InstitutionId;
import org.liaison.exchange.internal.routing.RoutingRules;
import org.liaison.exchange.seds.SedSector;
import org.liaison.identity.Organisations;
import org.liaison.shared.FieldProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The routing page: the rules that send a case addressed to the liaison body to a French institution, and the
 * organisations whose agents act for each institution. Officers and administrators read; administrators change.
 */
@Controller
@PreAuthorize("hasAnyRole('LIAISON_OFFICER', 'ADMIN')")
class RoutingPagesController {

    private static final List<String> DONE = List.of("rule-added", "rule-removed", "rule-unknown", "mapping-added",
            "mapping-removed");

    private final RoutingRules rules;
    private final InstitutionDirectory directory;
    private final Organisations organisations;

    RoutingPagesController(RoutingRules rules, InstitutionDirectory directory, Organisations organisations) {
        this.rules = rules;
        this.directory = directory;
        this.organisations = organisations;
    }

    @GetMapping("/exchange/routing")
    String page(@RequestParam(required = false) @Nullable String done, Model model) {
        if (done != null && DONE.contains(done)) {
            model.addAttribute("done", "routing.done." + done);
        }
        return render(model, RoutingRuleInput.empty(), List.of(), "", "", List.of());
    }

    @PostMapping("/exchange/routing/rules")
    @PreAuthorize("hasRole('ADMIN')")
    String add(@ModelAttribute RoutingRuleInput input, Model model, HttpServletResponse response) {
        List<FieldProblem> problems = input.problems(directory);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(model, input, problems, "", "", List.of());
        }
        rules.add(input.rule());
        return "redirect:/exchange/routing?done=rule-added";
    }

    @PostMapping("/exchange/routing/rules/{id}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String delete(@PathVariable long id) {
        return "redirect:/exchange/routing?done=" + (rules.remove(id) ? "rule-removed" : "rule-unknown");
    }

    @PostMapping("/exchange/routing/organisations")
    @PreAuthorize("hasRole('ADMIN')")
    String addMapping(@RequestParam(required = false) @Nullable String organisationCode,
                      @RequestParam(required = false) @Nullable String institution, Model model,
                      HttpServletResponse response) {
        List<FieldProblem> problems = RoutingRuleInput.mappingProblems(directory, organisations,
                organisationCode,
                institution);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(model, RoutingRuleInput.empty(), List.of(), organisationCode == null ? "" : organisationCode,
                    institution == null ? "" : institution, problems);
        }
        rules.addMapping(new RoutingRules.Mapping(organisationCode.trim(), institution.trim()));
        return "redirect:/exchange/routing?done=mapping-added#organisations";
    }

    @PostMapping("/exchange/routing/organisations/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String deleteMapping(@RequestParam String organisationCode, @RequestParam String institution) {
        rules.removeMapping(new RoutingRules.Mapping(organisationCode, institution));
        return "redirect:/exchange/routing?done=mapping-removed#organisations";
    }

    /** The fields of the rule form and of the mapping form, in the order the page shows them. */
    private static final List<String> RULE_FIELDS = List.of("priority", "bucType", "region", "scheme", "institution",
            "note", "sector");
    private static final List<String> MAPPING_FIELDS = List.of("organisationCode", "institution");

    /** The error summary lists the problems in the order of the form, not of the checks (issue #11 §3). */
    private static List<FieldProblem> inFormOrder(List<FieldProblem> problems, List<String> fields) {
        return problems.stream().sorted(java.util.Comparator.comparingInt(p -> {
            int at = fields.indexOf(p.field());
            return at < 0 ? fields.size() : at;
        })).toList();
    }

    private String render(Model model, RoutingRuleInput form, List<FieldProblem> problems,
                          String organisationCode, String mappingInstitution,
                          List<FieldProblem> mappingProblems) {
        var all = rules.all();
        var mappings = rules.mappings();
        model.addAttribute("rules", all);
        model.addAttribute("mappings", mappings);
        model.addAttribute("names", names(Stream.concat(all.stream().map(r -> r.institution()),
                mappings.stream().map(RoutingRules.Mapping::institution))));
        model.addAttribute("form", form);
        model.addAttribute("typed", values(form));
        model.addAttribute("problems", inFormOrder(problems, RULE_FIELDS));
        model.addAttribute("invalid", problems.stream().map(FieldProblem::field).toList());
        model.addAttribute("organisationCode", organisationCode);
        model.addAttribute("mappingInstitution", mappingInstitution);
        model.addAttribute("mappingProblems", inFormOrder(mappingProblems, MAPPING_FIELDS));
        model.addAttribute("mappingInvalid", mappingProblems.stream().map(FieldProblem::field).toList());
        model.addAttribute("sectors", Arrays.stream(SedSector.values()).map(SedSector::code).toList());
        return "exchange/routing/rules";
    }

    /** The typed values by field name, so that the template loops over the text fields. */
    private static Map<String, String> values(RoutingRuleInput form) {
        Map<String, String> values = new java.util.HashMap<>();
        values.put("priority", form.priority() == null ? "" : form.priority());
        values.put("bucType", form.bucType() == null ? "" : form.bucType());
        values.put("sector", form.sector() == null ? "" : form.sector());
        values.put("region", form.region() == null ? "" : form.region());
        values.put("scheme", form.scheme() == null ? "" : form.scheme());
        values.put("institution", form.institution() == null ? "" : form.institution());
        values.put("note", form.note() == null ? "" : form.note());
        return values;
    }

    /** The IR name of each institution the page shows (its id when the IR no longer knows it). */
    private Map<String, String> names(Stream<String> ids) {
        Map<String, String> names = new TreeMap<>();
        ids.distinct().forEach(id -> names.put(id, InstitutionId.isValid(id)
                ? directory.find(InstitutionId.parse(id)).map(Institution::name).orElse(id) : id));
        return names;
    }
}
