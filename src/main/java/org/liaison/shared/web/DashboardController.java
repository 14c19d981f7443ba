package org.liaison.shared.web;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in person's dashboard: the tiles of every module for their roles ({@link DashboardTiles}). */
@Controller
class DashboardController {

    private final List<DashboardTiles> modules;

    DashboardController(List<DashboardTiles> modules) {
        this.modules = modules;
    }

    @GetMapping("/dashboard")
    String dashboard(Authentication user, Model model) {
        // a module may make another page the person's home (an applicant's account page)
        var home = modules.stream().map(module -> module.home(user)).flatMap(java.util.Optional::stream).findFirst();
        if (home.isPresent()) {
            return "redirect:" + home.get();
        }
        model.addAttribute("tiles", modules.stream().flatMap(module -> module.tiles(user).stream()).toList());
        return "dashboard";
    }
}
