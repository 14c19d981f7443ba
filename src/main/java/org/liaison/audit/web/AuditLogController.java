package org.liaison.audit.web;

import org.liaison.audit.internal.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The latest audit entries for administrators, filtered by actor, action and object, page by page. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditLogController {

    static final int PAGE_SIZE = 50;
    static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Paris");

    private final AuditLog log;

    AuditLogController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                 @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        AuditLog.Filter filter = new AuditLog.Filter(actor, action, objectType, objectId);
        model.addAttribute("filter", filter);
        model.addAttribute("zone", ZONE);
        model.addAttribute("page", log.find(filter, Math.max(page, 0), PAGE_SIZE));
        return "admin/audit";
    }
}
