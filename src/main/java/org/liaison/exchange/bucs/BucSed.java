package org.liaison.exchange.bucs;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One SED already in a case, as the BUC engine needs it.
 *
 * @param id        the SED's id in the case
 * @param type      its type, e.g. {@code A001}
 * @param sender    the side that sent it
 * @param inReplyTo the id of the SED it answers, if any
 * @param state     sent, received or invalidated
 * @param date      the day it was sent or received (the start of any reply deadline)
 */
public record BucSed(String id, String type, CaseRole sender, @Nullable String inReplyTo, BucSedState state,
                     LocalDate date) {

    public BucSed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(date, "date");
    }

    public boolean isValid() {
        return state != BucSedState.INVALIDATED;
    }
}
