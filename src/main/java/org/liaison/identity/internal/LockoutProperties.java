package org.liaison.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code liaison.identity.lockout.*}: how many consecutive failed sign-ins lock an account (or a user name that names
 * no account) and for how long; how many failed sign-ins one client address may make in a window.
 */
@ConfigurationProperties("liaison.identity.lockout")
public record LockoutProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration,
                                @DefaultValue("30") int addressMaxFailures,
                                @DefaultValue("15m") Duration addressWindow) {

    LockoutPolicy policy() {
        return new LockoutPolicy(maxFailures, duration);
    }

    AddressThrottle addressThrottle() {
        return new AddressThrottle(addressMaxFailures, addressWindow);
    }
}
