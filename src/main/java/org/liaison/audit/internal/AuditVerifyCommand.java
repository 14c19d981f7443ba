package org.liaison.audit.internal;

import org.liaison.audit.AuditTrail;
import org.liaison.audit.AuditVerification;
import org.liaison.shared.db.DatabaseUnavailableException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * {@code --liaison.audit.verify}: verifies the chain, prints the result and exits with 0 (valid), 1 (broken) or 3
 * (the database could not be opened or read: {@link DatabaseUnavailableException}, also when the start fails),
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
        int code;
        try {
            AuditVerification result = trail.verify();
            System.out.println(describe(result));
            code = result.valid() ? 0 : 1;
        } catch (DataAccessResourceFailureException e) {
            // the database went away while reading: "could not look", never "broken"
            System.out.println("Audit trail NOT VERIFIED: the database could not be read");
            code = DatabaseUnavailableException.EXIT_CODE;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    static String describe(AuditVerification result) {
        return result.valid()
                ? "Audit trail VALID: " + result.checked() + " entries checked, head hash " + result.lastHash()
                : "Audit trail BROKEN at entry " + result.firstInvalidId() + " (" + result.reason() + "); "
                  + result.checked() + " entries valid before it";
    }
}
