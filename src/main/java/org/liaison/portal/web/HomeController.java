package org.liaison.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the pages every State site must have (legal notice, personal data, accessibility). */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "portal/home";
    }

    @GetMapping("/legal-notice")
    String legalNotice() {
        return "portal/legal-notice";
    }

    @GetMapping("/personal-data")
    String personalData() {
        return "portal/personal-data";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "portal/accessibility";
    }
}
