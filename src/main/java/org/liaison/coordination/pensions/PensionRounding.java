package org.liaison.coordination.pensions;

import java.math.RoundingMode;

/**
 * How a state's legislation brings a pension amount to the cent: its own rule, not the coordinating regulation's (Reg.
 * 883/2004 art. 52 leaves the calculation of the theoretical and pro-rata amounts to each legislation).
 * <ul>
 * <li>{@code TRUNCATE}: the fraction of a cent is dropped (2,349 → 2,34).</li>
 * <li>{@code HALF_UP}: 5 to 9 in the third decimal raises the cent (2,345 → 2,35); Germany, SGB VI § 121(2), § 123(1).</li>
 * <li>{@code HALF_EVEN}: the nearest cent, a tie going to the even cent (2,345 → 2,34, 2,355 → 2,36).</li>
 * </ul>
 */
public enum PensionRounding {
    TRUNCATE(RoundingMode.DOWN), HALF_UP(RoundingMode.HALF_UP), HALF_EVEN(RoundingMode.HALF_EVEN);

    private final RoundingMode mode;

    PensionRounding(RoundingMode mode) {
        this.mode = mode;
    }

    public RoundingMode mode() {
        return mode;
    }
}
