package org.liaison.coordination.pensions;

import java.time.LocalDate;
import org.liaison.shared.PartnerCode;

/**
 * One period of a career as the crediting institution reports it. Dates are both included; nulls and reversed
 * dates are reported by the engine's validation (with the period's field path), not thrown here.
 *
 * @param state              the state whose legislation credits the period
 * @param scheme             the scheme within that state, e.g. {@code CNAV}, {@code general}
 * @param kind               insurance, employment, self-employment or residence
 * @param voluntary          voluntary or optional continued insurance (Reg. 987/2009 art. 12(1))
 * @param equivalent         an equivalent (assimilated) period, e.g. sickness or unemployment credits (art. 12(2))
 * @param refundedByLumpSum  the contributions were refunded by a lump sum (e.g. Korea), so the period is lost
 */
public record PensionPeriod(PartnerCode state, String scheme, PensionPeriodKind kind, LocalDate start, LocalDate end,
                            boolean voluntary, boolean equivalent, boolean refundedByLumpSum) {

    /** A compulsory, non-equivalent period: the common case. */
    public static PensionPeriod of(String state, String scheme, PensionPeriodKind kind, LocalDate start, LocalDate end) {
        return new PensionPeriod(PartnerCode.of(state), scheme, kind, start, end, false, false, false);
    }

    public PensionPeriod asVoluntary() {
        return new PensionPeriod(state, scheme, kind, start, end, true, equivalent, refundedByLumpSum);
    }

    public PensionPeriod asEquivalent() {
        return new PensionPeriod(state, scheme, kind, start, end, voluntary, true, refundedByLumpSum);
    }

    public PensionPeriod asRefundedByLumpSum() {
        return new PensionPeriod(state, scheme, kind, start, end, voluntary, equivalent, true);
    }
}
