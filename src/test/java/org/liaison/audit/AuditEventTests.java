package org.liaison.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditEventTests {

    @Test
    void anEventCarriesItsDetailsAndLeavesActorAndOriginToTheContext() {
        AuditEvent event = AuditEvent.of("USER_CREATED", "USER", "alice").with("roles", "ADMIN").with("none", null);

        assertThat(event.details()).containsExactlyEntriesOf(java.util.Map.of("roles", "ADMIN"));
        assertThat(event.actor()).isNull();
        assertThat(event.origin()).isNull();
        assertThat(event.by("bob").from("::1")).extracting(AuditEvent::actor, AuditEvent::origin)
                .containsExactly("bob", "::1");
    }

    @Test
    void actionsAndObjectTypesAreUpperCaseCodesAndDetailKeysAreIdentifiers() {
        assertThatThrownBy(() -> AuditEvent.of("user created", "USER", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEvent.of("USER_CREATED", "user", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEvent.of("USER_CREATED", "USER", "x").with("a key", "v"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
