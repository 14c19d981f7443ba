package org.liaison.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class LoginController {

    /** Request attribute set by {@link LoginHandlers} when the credentials could not be checked (database down). */
    static final String UNAVAILABLE = LoginController.class.getName() + ".unavailable";

    @GetMapping("/login")
    String login(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (request.getAttribute(UNAVAILABLE) != null) {
            // the status and Retry-After were set by the failure handler; kept here in case the forward reset them
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("unavailable", true);
        }
        return "identity/login";
    }
}
