package org.liaison.coordination;

import java.util.Objects;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/**
 * The one legislation that applies during a part of the period, the provision that designates it, and the
 * instrument (as named in the agreements registry) in the version that applied then.
 */
public record LegislationPeriod(DatePeriod period, PartnerCode state, Provision provision, String instrumentId) {

    public LegislationPeriod {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(provision, "provision");
        Objects.requireNonNull(instrumentId, "instrumentId");
    }
}
