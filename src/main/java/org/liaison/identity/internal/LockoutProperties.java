package org.liaison.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code liaison.identity.lockout.*}: how many consecutive failed sign-ins lock an account, and for how long.
 */
@ConfigurationProperties("liaison.identity.lockout")
public record LockoutProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {

    LockoutPolicy policy() {
        return new LockoutPolicy(maxFailures, duration);
    }
}
