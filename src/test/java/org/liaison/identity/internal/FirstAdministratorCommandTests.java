package org.liaison.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Role;
import org.liaison.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** The first-administrator command's work, without the process exit that the real command ends with. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class FirstAdministratorCommandTests {

    @Autowired
    UserAdministration administration;

    @Autowired
    Users users;

    @Autowired
    UserStore store;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfigurableApplicationContext context;

    FirstAdministratorCommand command() {
        return new FirstAdministratorCommand(administration, new MockEnvironment(), context);
    }

    @Test
    void createsAnAuditedAdministratorWithTheGivenPassword() {
        String username = "root-" + UUID.randomUUID().toString().substring(0, 8);

        int code = command().createAdministrator(username, "correct horse battery".toCharArray());

        assertThat(code).isZero();
        assertThat(users.find(username)).hasValueSatisfying(u -> {
            assertThat(u.roles()).containsExactly(Role.ADMIN);
            assertThat(u.enabled()).isTrue();
        });
        assertThat(encoder.matches("correct horse battery", store.load(username).orElseThrow().passwordHash())).isTrue();
        assertThat(jdbc.sql("select actor from audit_entry where action = 'USER_CREATED' and object_id = ?")
                .param(username).query(String.class).single()).isEqualTo("system");
    }

    @Test
    void refusesAPasswordShorterThanTwelveCharactersAndAnExistingUsername() {
        String username = "root-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(command().createAdministrator(username, "eleven-char".toCharArray())).isEqualTo(1);
        assertThat(users.find(username)).isEmpty();
        assertThat(command().createAdministrator(username, "long enough password".toCharArray())).isZero();
        assertThat(command().createAdministrator(username.toUpperCase(), "another long password".toCharArray()))
                .isEqualTo(1);
    }
}
