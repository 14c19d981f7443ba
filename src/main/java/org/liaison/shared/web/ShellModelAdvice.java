package org.liaison.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page, whichever module renders it, what the shared layout needs. */
@ControllerAdvice
class ShellModelAdvice {

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request, Locale locale) {
        return Shell.of(request, locale);
    }
}
