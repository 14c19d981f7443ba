package org.liaison.exchange.web;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The exchange hub's entry page for signed-in staff: the parts of the hub each role may open. */
@Controller
class ExchangeHomeController {

    /** One part of the hub: its address, the bundle key of its title and of its description. */
    record Part(String path, String title, String description) {
    }

    private static final List<Part> CASE_PARTS = List.of(
            new Part("/exchange/inbox", "cases.inbox.title", "exchange.home.inbox"),
            new Part("/exchange/cases", "cases.search.title", "exchange.home.cases"));

    private static final List<Part> REFERENCE_PARTS = List.of(
            new Part("/exchange/institutions", "institutions.title", "exchange.home.institutions"),
            new Part("/exchange/seds", "seds.title", "exchange.home.seds"),
            new Part("/exchange/bucs", "bucs.title", "exchange.home.bucs"));

    private static final Part ROUTING = new Part("/exchange/routing", "routing.title", "exchange.home.routing");

    @GetMapping("/exchange")
    String home(Authentication user, Model model) {
        boolean handlesCases = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_LIAISON_OFFICER")
                || a.getAuthority().equals("ROLE_INSTITUTION_AGENT"));
        model.addAttribute("caseParts", handlesCases ? CASE_PARTS : List.of());
        boolean readsRouting = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_LIAISON_OFFICER")
                || a.getAuthority().equals("ROLE_ADMIN"));
        model.addAttribute("referenceParts", readsRouting
                ? java.util.stream.Stream.concat(REFERENCE_PARTS.stream(), java.util.stream.Stream.of(ROUTING)).toList()
                : REFERENCE_PARTS);
        return "exchange/home";
    }
}
