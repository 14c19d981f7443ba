package org.liaison.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page, whichever module renders it, what the shared layout needs. */
@ControllerAdvice
class ShellModelAdvice {

    private final ObjectProvider<SignedInUser.Directory> directory;

    ShellModelAdvice(ObjectProvider<SignedInUser.Directory> directory) {
        this.directory = directory;
    }

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request, Locale locale) {
        return Shell.of(request, locale);
    }

    /** The signed-in user for the header and the refused page; {@code null} for the public. */
    @ModelAttribute("signedInUser")
    @Nullable SignedInUser signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        // read on each page, so that a renamed user or organisation shows at once
        SignedInUser.Directory users = directory.getIfAvailable();
        SignedInUser described = null;
        try {
            described = users == null ? null : users.describe(authentication.getName());
        } catch (RuntimeException failure) {
            // the 503 page itself is rendered with this header when the database is down: the sign-in name will do
            if (!ServiceUnavailable.causedBy(failure)) {
                throw failure;
            }
        }
        if (described != null) {
            return described;
        }
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).toList();
        return new SignedInUser(authentication.getName(), null, roles);
    }
}
