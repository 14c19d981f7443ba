package org.liaison.coordination.benefits;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartnerCode;

/**
 * "May this French benefit be paid to a person residing in this state on this date?"
 *
 * @param residence the state of residence ({@code FR} for France)
 * @param pdU2      for unemployment benefit only: whether the French institution issued a PD U2 (Reg. 883/2004
 *                  art. 64(1)), or a form E 303 under Reg. 1408/71 art. 69; {@code null} when not known
 */
public record ExportQuestion(@Nullable ExportBenefit benefit, @Nullable PartnerCode residence,
                             @Nullable LocalDate date, @Nullable Boolean pdU2) {
}
