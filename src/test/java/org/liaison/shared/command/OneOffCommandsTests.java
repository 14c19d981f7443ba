package org.liaison.shared.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class OneOffCommandsTests {

    @ParameterizedTest
    @ValueSource(strings = {"liaison.create-admin", "liaison.audit.verify"})
    void aCommandRunsWithoutTheWebServer(String command) {
        StandardEnvironment environment = environment(Map.of(command, "alice"));

        new OneOffCommands().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
    }

    @Test
    void aNormalStartOrADisabledSwitchKeepsTheWebServer() {
        StandardEnvironment plain = environment(Map.of());
        StandardEnvironment disabled = environment(Map.of("liaison.audit.verify", "false"));

        new OneOffCommands().postProcessEnvironment(plain, new SpringApplication());
        new OneOffCommands().postProcessEnvironment(disabled, new SpringApplication());

        assertThat(plain.getProperty("spring.main.web-application-type")).isNull();
        assertThat(disabled.getProperty("spring.main.web-application-type")).isNull();
    }

    private static StandardEnvironment environment(Map<String, Object> arguments) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("args", arguments));
        return environment;
    }
}
