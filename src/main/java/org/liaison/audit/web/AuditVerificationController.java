package org.liaison.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.AuditVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators check that nobody has edited, removed or re-ordered entries of the audit trail. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditVerificationController {

    private final AuditTrail trail;

    AuditVerificationController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/verification")
    @Operation(summary = "Verify the hash chain of the audit trail (ADMIN)")
    AuditVerification verification() {
        return trail.verify();
    }
}
