package org.liaison.exchange.bucs;

import java.util.Objects;

/** An institution taking part in a case ({@code CC:code} as in the institution repository) and its side. */
public record BucParticipant(String institution, CaseRole role) {

    public BucParticipant {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(role, "role");
    }
}
