package org.liaison.identity.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --liaison.unlock=<username>}: lifts the lock-out of an account, and the slow-down of every client address,
 * then exits (0 unlocked, 1 no account has this name). The way back in for an administrator whom someone locked out
 * by guessing: it needs access to the server, not a password. Audited ({@code USER_UNLOCKED} by
 * {@code command-line}). The web server is not started (see {@code org.liaison.shared.command.OneOffCommands}).
 */
@Component
@ConditionalOnProperty(UnlockCommand.UNLOCK)
class UnlockCommand implements ApplicationRunner {

    static final String UNLOCK = "liaison.unlock";

    private final LoginAttempts attempts;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    UnlockCommand(LoginAttempts attempts, Environment environment, ConfigurableApplicationContext context) {
        this.attempts = attempts;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = unlock(environment.getProperty(UNLOCK, ""));
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** 0 when the account was unlocked, 1 when no account has this name. */
    int unlock(String username) {
        if (attempts.unlock(username, "command-line")) {
            System.out.println("Account '" + UserStore.normalise(username)
                    + "' unlocked; the slow-down of every address is lifted.");
            return 0;
        }
        System.err.println("No account has this name.");
        return 1;
    }
}
