package org.liaison.audit.internal;

import org.liaison.audit.AuditTrail;
import org.liaison.audit.AuditVerification;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --liaison.audit.verify}: verifies the chain, prints the result and exits with 0 (valid) or 1 (broken),
 * without starting the web server (see {@code org.liaison.shared.command.OneOffCommands}).
 */
@Component
@ConditionalOnProperty(AuditVerifyCommand.VERIFY)
class AuditVerifyCommand implements ApplicationRunner {

    static final String VERIFY = "liaison.audit.verify";

    private final AuditTrail trail;
    private final ConfigurableApplicationContext context;

    AuditVerifyCommand(AuditTrail trail, ConfigurableApplicationContext context) {
        this.trail = trail;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        AuditVerification result = trail.verify();
        System.out.println(describe(result));
        int code = result.valid() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }

    static String describe(AuditVerification result) {
        return result.valid()
                ? "Audit trail VALID: " + result.checked() + " entries checked, head hash " + result.lastHash()
                : "Audit trail BROKEN at entry " + result.firstInvalidId() + " (" + result.reason() + "); "
                  + result.checked() + " entries valid before it";
    }
}
