package org.liaison.audit.internal;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A one-off command must not start the web server: it would take the port of a running instance and accept
 * requests meant for nobody. Registered in META-INF/spring.factories.
 */
public class CommandModeEnvironment implements EnvironmentPostProcessor {

    static final String VERIFY = "liaison.audit.verify";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(VERIFY) && !"false".equalsIgnoreCase(environment.getProperty(VERIFY))) {
            environment.getPropertySources().addFirst(new MapPropertySource("liaison-audit-command",
                    Map.of("spring.main.web-application-type", "none")));
        }
    }
}
