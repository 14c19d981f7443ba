package org.liaison.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class CommandModeEnvironmentTests {

    @Test
    void theVerifyCommandRunsWithoutTheWebServer() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("args", Map.of("liaison.audit.verify", "")));

        new CommandModeEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
    }

    @Test
    void aNormalStartKeepsTheWebServer() {
        StandardEnvironment environment = new StandardEnvironment();

        new CommandModeEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.main.web-application-type")).isNull();
    }

    @Test
    void theCommandOutputSaysValidOrBrokenAndWhere() {
        assertThat(AuditVerifyCommand.describe(org.liaison.audit.AuditVerification.valid(3, "abc")))
                .startsWith("Audit trail VALID: 3 entries checked");
        assertThat(AuditVerifyCommand.describe(org.liaison.audit.AuditVerification.invalid(2, 3, "gap", "abc")))
                .startsWith("Audit trail BROKEN at entry 3 (gap)");
    }
}
