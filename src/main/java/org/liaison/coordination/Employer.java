package org.liaison.coordination;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartnerCode;

/**
 * The employer (or, for a self-employed person, the undertaking) as the rules see it. A {@code null} fact is not
 * known: a rule that needs it answers "needs more information" and names it, never a guess.
 *
 * @param id                            an identifier for the trace (SIREN, VAT number...), never a person's name
 * @param seat                          the state of its registered office or place of business
 * @param substantialActivityInSeat      whether it carries out substantial activities, other than internal
 *                                      management, in the seat state (Reg. 987/2009 art. 14(2))
 */
public record Employer(String id, PartnerCode seat, @Nullable Boolean substantialActivityInSeat) {

    public Employer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(seat, "seat");
    }
}
