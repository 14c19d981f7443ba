package org.liaison.identity.internal;

import java.io.Console;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import org.liaison.identity.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --liaison.create-admin=<username>}: creates an administrator and exits (0 created, 1 refused,
 * 2 no password given). The password comes from {@code LIAISON_ADMIN_PASSWORD} or, when that is not set, from
 * the console without echo; it is never printed. The web server is not started (see
 * {@code org.liaison.shared.command.OneOffCommands}).
 */
@Component
@ConditionalOnProperty(FirstAdministratorCommand.CREATE_ADMIN)
class FirstAdministratorCommand implements ApplicationRunner {

    static final String CREATE_ADMIN = "liaison.create-admin";

    static final String PASSWORD_VARIABLE = "LIAISON_ADMIN_PASSWORD";

    private final UserAdministration administration;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    FirstAdministratorCommand(UserAdministration administration, Environment environment,
                              ConfigurableApplicationContext context) {
        this.administration = administration;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        char[] password = password();
        int code;
        if (password == null) {
            System.err.println("No password: set " + PASSWORD_VARIABLE + " or run from a terminal.");
            code = 2;
        } else {
            code = createAdministrator(environment.getProperty(CREATE_ADMIN, ""), password);
        }
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Creates the administrator; 0 when done, 1 when refused. The password array is wiped afterwards. */
    int createAdministrator(String username, char[] password) {
        try {
            UserAdministration.Outcome outcome = administration.create(new UserAdministration.NewUser(
                    username, null, null, null, EnumSet.of(Role.ADMIN)), new String(password));
            if (outcome.ok()) {
                System.out.println("Administrator '" + UserStore.normalise(username) + "' created.");
                return 0;
            }
            // the console speaks English, as the rest of this command does
            outcome.violations().forEach(v -> System.err.println("Refused: " + v.message().in(Locale.ENGLISH)));
            return 1;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] password() {
        String variable = System.getenv(PASSWORD_VARIABLE);
        if (variable != null && !variable.isEmpty()) {
            return variable.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            return null;
        }
        char[] first = console.readPassword("Password for the new administrator (at least %d characters): ",
                Passwords.MIN_LENGTH);
        char[] again = console.readPassword("Same password again: ");
        if (first == null || !Arrays.equals(first, again)) {
            System.err.println("The two passwords differ.");
            return null;
        }
        return first;
    }
}
