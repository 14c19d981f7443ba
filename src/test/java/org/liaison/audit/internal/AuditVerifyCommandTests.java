package org.liaison.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditVerifyCommandTests {

    @Test
    void theCommandOutputSaysValidOrBrokenAndWhere() {
        assertThat(AuditVerifyCommand.describe(org.liaison.audit.AuditVerification.valid(3, "abc")))
                .startsWith("Audit trail VALID: 3 entries checked");
        assertThat(AuditVerifyCommand.describe(org.liaison.audit.AuditVerification.invalid(2, 3, "gap", "abc")))
                .startsWith("Audit trail BROKEN at entry 3 (gap)");
    }
}
