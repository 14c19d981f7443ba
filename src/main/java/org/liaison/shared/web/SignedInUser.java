package org.liaison.shared.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who is signed in, as the page header and the refused page show it. Exposed to every view as {@code signedInUser}
 * ({@code null} for the public).
 *
 * @param name         the name shown in the interface
 * @param organisation the display name of the user's organisation, or {@code null} when the user belongs to none
 * @param roles        the user's role names (e.g. {@code INSTITUTION_AGENT}), for their labels
 */
public record SignedInUser(String name, @Nullable String organisation, List<String> roles) {

    public SignedInUser {
        roles = List.copyOf(roles);
    }

    /**
     * Describes a signed-in user for the layout. {@code shared} cannot know users or organisations: the module that
     * owns them implements this; without it, the header shows the sign-in name alone.
     */
    public interface Directory {

        /** The user with this sign-in name, or {@code null} when there is none (a removed account). */
        @Nullable SignedInUser describe(String username);
    }
}
