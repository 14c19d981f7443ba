package org.liaison.coordination;

import java.util.Objects;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/**
 * The legislation the person was subject to before the period (Reg. 987/2009 art. 14(1): immediately before a
 * posting; Decision A2: at least one month; art. 14(3): two months of substantial self-employed activity).
 */
public record PriorAffiliation(PartnerCode state, DatePeriod period) {

    public PriorAffiliation {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(period, "period");
    }
}
