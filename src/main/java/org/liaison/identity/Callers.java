package org.liaison.identity;

import java.util.Optional;

/**
 * Who is calling, by the name Spring Security gives the caller: a user (their username) or an API client
 * ({@code client:<name>}). Modules that scope data by organisation ask here rather than in {@link Users}, which
 * knows people only.
 */
public interface Callers {

    /** The organisation of the signed-in user or API client with this name, if it has one. */
    Optional<String> organisationCode(String principalName);
}
