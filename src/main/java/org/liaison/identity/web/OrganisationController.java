package org.liaison.identity.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.liaison.identity.Organisation;
import org.liaison.identity.OrganisationKind;
import org.liaison.identity.Organisations;
import org.liaison.identity.internal.OrganisationAdministration;
import org.liaison.shared.FieldProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list organisations and add new ones. */
@Controller
@RequestMapping("/admin/organisations")
@PreAuthorize("hasRole('ADMIN')")
class OrganisationController {

    private final Organisations organisations;
    private final OrganisationAdministration administration;

    OrganisationController(Organisations organisations, OrganisationAdministration administration) {
        this.organisations = organisations;
        this.administration = administration;
    }

    @GetMapping
    String list(Model model) {
        return page(new OrganisationForm(), model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("organisation") OrganisationForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, Locale locale) {
        if (binding.hasErrors()) {
            return page(form, model);
        }
        List<FieldProblem> violations = administration.create(
                new Organisation(form.getCode(), form.getName(), form.getKind()));
        if (!violations.isEmpty()) {
            AdminViews.reject(binding, violations, locale);
            return page(form, model);
        }
        redirect.addFlashAttribute("notice", "identity.admin.notice.organisation");
        return "redirect:/admin/organisations";
    }

    private String page(OrganisationForm form, Model model) {
        model.addAttribute("organisation", form);
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("kinds", OrganisationKind.values());
        return "admin/organisations";
    }
}
