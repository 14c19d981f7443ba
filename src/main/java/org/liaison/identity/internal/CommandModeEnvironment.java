package org.liaison.identity.internal;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code --liaison.create-admin=...} is a one-off command: it must not start the web server (it would take the
 * port of a running instance). Registered in META-INF/spring.factories.
 */
public class CommandModeEnvironment implements EnvironmentPostProcessor {

    static final String CREATE_ADMIN = "liaison.create-admin";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(CREATE_ADMIN)) {
            environment.getPropertySources().addFirst(new MapPropertySource("liaison-identity-command",
                    Map.of("spring.main.web-application-type", "none")));
        }
    }
}
