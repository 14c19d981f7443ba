package org.liaison.portal.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the pages every State site must have (legal notice, personal data, accessibility). */
@Controller
class HomeController {

    /** A public simulator: its address and the key of its title and description in the portal bundle. */
    record Simulator(String key, String path) {
    }

    static final List<Simulator> SIMULATORS = List.of(
            new Simulator("applicable-legislation", "/simulators/applicable-legislation"),
            new Simulator("pension-estimate", "/simulators/pension-estimate"),
            new Simulator("benefit-export", "/simulators/benefit-export"),
            new Simulator("family-benefits", "/simulators/family-benefits"),
            new Simulator("healthcare-reimbursement", "/simulators/healthcare-reimbursement"),
            new Simulator("unemployment", "/simulators/unemployment"));

    @GetMapping("/")
    String home() {
        return "portal/home";
    }

    @GetMapping("/simulators")
    String simulators(Model model) {
        model.addAttribute("simulators", SIMULATORS);
        return "portal/simulators";
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
