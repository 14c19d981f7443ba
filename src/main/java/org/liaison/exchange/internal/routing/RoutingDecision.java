package org.liaison.exchange.internal.routing;

import org.jspecify.annotations.Nullable;

/**
 * Where an incoming case goes: a French institution and why ({@code addressed}, {@code rule:<id>}), or nowhere yet
 * (the liaison officers' queue, {@code institution} null).
 */
public record RoutingDecision(@Nullable String institution, String reason) {

    public boolean queued() {
        return institution == null;
    }
}
