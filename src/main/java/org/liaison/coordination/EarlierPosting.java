package org.liaison.coordination;

import java.util.Objects;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/** A posting the person already had, for the re-posting gap rules (e.g. two months under Reg. 883/2004, a year with Japan). */
public record EarlierPosting(PartnerCode from, PartnerCode to, String employerId, DatePeriod period) {

    public EarlierPosting {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(employerId, "employerId");
        Objects.requireNonNull(period, "period");
    }
}
