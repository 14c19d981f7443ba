package org.liaison.shared.command;

import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A one-off command (e.g. {@code --liaison.create-admin=alice}) must not start the web server: it would take the
 * port of a running instance and accept requests meant for nobody. Every module's command switch is listed here;
 * the module itself runs the command (an {@code ApplicationRunner}) and exits. Registered in
 * META-INF/spring.factories.
 */
public class OneOffCommands implements EnvironmentPostProcessor {

    /** The command switches: identity's first administrator and recovery unlock, audit's chain verification, exchange's import. */
    static final List<String> SWITCHES = List.of("liaison.create-admin", "liaison.audit.verify",
            "liaison.exchange.import-institutions", "liaison.unlock");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean command = SWITCHES.stream().anyMatch(name -> environment.containsProperty(name)
                && !"false".equalsIgnoreCase(environment.getProperty(name)));
        if (command) {
            environment.getPropertySources().addFirst(new MapPropertySource("liaison-one-off-command",
                    Map.of("spring.main.web-application-type", "none")));
        }
    }
}
