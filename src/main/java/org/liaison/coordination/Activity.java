package org.liaison.coordination;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/**
 * One activity of the person during (part of) the period.
 *
 * @param kind               employed, self-employed, civil servant, seafarer, flight crew
 * @param state              where the activity is pursued; for a seafarer the flag state, for flight crew the
 *                           state of the home base (art. 11(4), 11(5))
 * @param employer           the employer or undertaking; required for employed persons, seafarers, flight crew
 *                           and civil servants (the administration)
 * @param postedFrom         for a posting: the state the person is sent from (art. 12); {@code null} otherwise
 * @param workingTimeShare   share of the person's total working time in this activity, in percent (0–100), when
 *                           the person works in two or more states (art. 13, Reg. 987/2009 art. 14(8))
 * @param remunerationShare  share of the person's total remuneration (or, self-employed, income), in percent
 * @param period             the planned dates of this activity
 * @param replacesPostedWorker for a posting: whether the person replaces another posted person (art. 12(1))
 * @param similarActivity    for a self-employed posting: whether the activity abroad is similar to the usual one
 *                           (art. 12(2))
 */
public record Activity(ActivityKind kind, PartnerCode state, @Nullable Employer employer, @Nullable PartnerCode postedFrom,
                       @Nullable BigDecimal workingTimeShare, @Nullable BigDecimal remunerationShare, DatePeriod period,
                       @Nullable Boolean replacesPostedWorker, @Nullable Boolean similarActivity) {

    public Activity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(period, "period");
    }

    public boolean isPosting() {
        return postedFrom != null;
    }
}
