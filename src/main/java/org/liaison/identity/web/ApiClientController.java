package org.liaison.identity.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.liaison.identity.Organisations;
import org.liaison.identity.Role;
import org.liaison.identity.internal.ApiClient;
import org.liaison.identity.internal.ApiClientAdministration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list API clients, create one (its token shown once) and revoke one. */
@Controller
@RequestMapping("/admin/api-clients")
@PreAuthorize("hasRole('ADMIN')")
class ApiClientController {

    private final ApiClientAdministration administration;
    private final Organisations organisations;

    ApiClientController(ApiClientAdministration administration, Organisations organisations) {
        this.administration = administration;
        this.organisations = organisations;
    }

    @GetMapping
    String list(Model model) {
        ApiClientForm form = new ApiClientForm();
        form.setLastDay(LocalDate.now(AdminViews.ZONE).plusYears(1));
        return page(form, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("client") ApiClientForm form, BindingResult binding, Model model,
                  Principal principal, RedirectAttributes redirect, Locale locale) {
        if (binding.hasErrors()) {
            return page(form, model);
        }
        ApiClientAdministration.Outcome outcome = administration.create(new ApiClientAdministration.NewClient(
                form.getName(), form.getOrganisationCode(), form.getRole(), form.getLastDay()), principal.getName());
        if (!outcome.ok()) {
            AdminViews.reject(binding, outcome.violations(), locale);
            return page(form, model);
        }
        redirect.addFlashAttribute("notice", "identity.admin.notice.client");
        redirect.addFlashAttribute("newToken", outcome.token());
        return "redirect:/admin/api-clients";
    }

    @PostMapping("/{name}/revocation")
    String revoke(@PathVariable String name, Principal principal, RedirectAttributes redirect) {
        administration.revoke(name, principal.getName());
        redirect.addFlashAttribute("notice", "identity.admin.notice.revoked");
        return "redirect:/admin/api-clients";
    }

    private String page(ApiClientForm form, Model model) {
        model.addAttribute("client", form);
        model.addAttribute("clients", administration.all());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("roles", Role.FOR_API_CLIENTS);
        model.addAttribute("now", Instant.now());
        model.addAttribute("zone", AdminViews.ZONE);
        model.addAttribute("active", ApiClient.Status.ACTIVE);
        return "admin/api-clients";
    }
}
