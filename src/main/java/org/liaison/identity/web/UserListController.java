package org.liaison.identity.web;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Locale;
import org.liaison.identity.Organisations;
import org.liaison.identity.Role;
import org.liaison.identity.Users;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list users and create new ones (with a generated initial password shown once). */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserListController {

    private final Users users;
    private final Organisations organisations;
    private final UserAdministration administration;

    UserListController(Users users, Organisations organisations, UserAdministration administration) {
        this.users = users;
        this.organisations = organisations;
        this.administration = administration;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("now", Instant.now());
        model.addAttribute("zone", AdminViews.ZONE);
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return form(new UserForm(), model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("user") UserForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, Locale locale) {
        if (binding.hasErrors()) {
            return form(form, model);
        }
        UserAdministration.Outcome outcome = administration.create(new UserAdministration.NewUser(
                form.getUsername(), form.getDisplayName(), form.getEmail(), form.getOrganisationCode(),
                form.getRoles()));
        if (!outcome.ok()) {
            AdminViews.reject(binding, outcome.violations(), locale);
            return form(form, model);
        }
        redirect.addFlashAttribute("notice", "identity.admin.notice.created");
        redirect.addFlashAttribute("newPassword", outcome.newPassword());
        return "redirect:/admin/users/" + form.getUsername().strip().toLowerCase(java.util.Locale.ROOT);
    }

    private String form(UserForm form, Model model) {
        model.addAttribute("user", form);
        model.addAttribute("organisations", organisations.all());
        // applicants' accounts are created by signing up, never by an administrator
        model.addAttribute("allRoles", java.util.Arrays.stream(Role.values()).filter(r -> r != Role.APPLICANT).toList());
        return "admin/user-new";
    }
}
