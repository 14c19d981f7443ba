package org.liaison.coordination;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartnerCode;

/**
 * The person, as far as the rules need: the state of residence (art. 11(3)(e), 13) and the nationality where an
 * instrument's personal scope depends on it (e.g. bilateral conventions limited to nationals). No name here:
 * the engine needs none, and the trace must carry no personal data.
 *
 * @param nationality ISO 3166 alpha-2 code of the nationality, or {@code null} when not known
 */
public record Person(PartnerCode residence, @Nullable String nationality) {

    public Person {
        Objects.requireNonNull(residence, "residence");
    }
}
