package org.liaison.coordination.internal.rules;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.shared.PartnerCode;

/**
 * The derived fact "which coordination instrument governs this part of the period", with the instrument's
 * parameters on the part's first day. {@code partner} is the other state whose relation with France was looked up.
 */
record Regime(Family family, @Nullable GoverningInstrument governing, @Nullable PartnerCode partner) {

    /** The families of rules the engine applies. */
    enum Family {
        /** Reg. 883/2004 (EU states, the EEA from 2012-06-01, Switzerland from 2012-04-01). */
        REG_883,
        /** The UK Withdrawal Agreement: Reg. 883/2004 keeps applying to situations begun before 2021. */
        UK_WA,
        /** The EU–UK Trade and Cooperation Agreement's protocol on social security coordination. */
        UK_TCA,
        /** Reg. 1408/71 (EU before 2010-05-01; the EEA and Switzerland before 2012). */
        REG_1408,
        /** A regime the engine does not model (Regulations 3 and 4 of 1958). */
        UNMODELLED,
        /** A bilateral convention or a coordination decree: France ↔ the partner only. */
        CONVENTION,
        /** No instrument between France and the partner on the date. */
        NONE,
        /** No other state than France is involved. */
        DOMESTIC,
        /** The states involved are under different instruments: no single instrument decides. */
        MIXED
    }

    String instrumentId() {
        return governing == null ? "none" : governing.instrument().id();
    }

    boolean isRegulation() {
        return family == Family.REG_883 || family == Family.UK_WA || family == Family.UK_TCA || family == Family.REG_1408;
    }
}
