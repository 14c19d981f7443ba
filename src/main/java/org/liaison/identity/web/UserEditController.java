package org.liaison.identity.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Instant;
import java.util.Locale;
import org.liaison.identity.Organisations;
import org.liaison.identity.Role;
import org.liaison.identity.UserAccount;
import org.liaison.identity.Users;
import org.liaison.identity.internal.UnknownUserException;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One user's page: change roles and organisation, enable or disable, unlock, reset the password. */
@Controller
@RequestMapping("/admin/users/{username}")
@PreAuthorize("hasRole('ADMIN')")
class UserEditController {

    private final Users users;
    private final Organisations organisations;
    private final UserAdministration administration;

    UserEditController(Users users, Organisations organisations, UserAdministration administration) {
        this.users = users;
        this.organisations = organisations;
        this.administration = administration;
    }

    @GetMapping
    String show(@PathVariable String username, Model model) {
        UserAccount account = account(username);
        return page(account, UserForm.of(account), model);
    }

    @PostMapping
    String update(@PathVariable String username, @Valid @ModelAttribute("user") UserForm form,
                  BindingResult binding, Model model, Principal principal, RedirectAttributes redirect, Locale locale) {
        UserAccount account = account(username);
        if (binding.hasErrors()) {
            return page(account, form, model);
        }
        UserAdministration.Outcome outcome = administration.update(account.username(),
                new UserAdministration.UserChanges(form.getDisplayName(), form.getEmail(),
                        form.getOrganisationCode(), form.getRoles()), principal.getName());
        if (!outcome.ok()) {
            AdminViews.reject(binding, outcome.violations(), locale);
            return page(account, form, model);
        }
        return done(account, "identity.admin.notice.updated", null, redirect);
    }

    @PostMapping("/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled, Principal principal,
                  RedirectAttributes redirect, Locale locale) {
        UserAccount account = account(username);
        UserAdministration.Outcome outcome = administration.setEnabled(account.username(), enabled,
                principal.getName());
        if (!outcome.ok()) {
            redirect.addFlashAttribute("refusal", outcome.violations().get(0).message().in(locale));
            return "redirect:/admin/users/" + account.username();
        }
        return done(account, enabled ? "identity.admin.notice.enabled" : "identity.admin.notice.disabled", null,
                redirect);
    }

    @PostMapping("/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        UserAccount account = account(username);
        administration.unlock(account.username());
        return done(account, "identity.admin.notice.unlocked", null, redirect);
    }

    @PostMapping("/password")
    String resetPassword(@PathVariable String username, RedirectAttributes redirect) {
        UserAccount account = account(username);
        UserAdministration.Outcome outcome = administration.resetPassword(account.username());
        return done(account, "identity.admin.notice.password", outcome.newPassword(), redirect);
    }

    private UserAccount account(String username) {
        return users.find(username).orElseThrow(() -> new UnknownUserException(username));
    }

    private String page(UserAccount account, UserForm form, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("status", account.status(Instant.now()));
        model.addAttribute("user", form);
        model.addAttribute("organisations", organisations.all());
        // applicants' accounts are created by signing up, never by an administrator
        model.addAttribute("allRoles", java.util.Arrays.stream(Role.values()).filter(r -> r != Role.APPLICANT).toList());
        return "admin/user-edit";
    }

    private static String done(UserAccount account, String notice, String newPassword, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        if (newPassword != null) {
            redirect.addFlashAttribute("newPassword", newPassword);
        }
        return "redirect:/admin/users/" + account.username();
    }
}
