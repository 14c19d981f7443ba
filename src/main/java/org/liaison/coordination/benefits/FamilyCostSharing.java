package org.liaison.coordination.benefits;

import java.math.BigDecimal;
import org.liaison.shared.PartnerCode;

/**
 * Reg. 987/2009 art. 58: when both rights rest on an activity and the children live in neither state, the state with
 * the highest benefits pays them in full and the other reimburses it half, at most its own amount.
 */
public record FamilyCostSharing(PartnerCode payingState, PartnerCode reimbursingState, BigDecimal monthlyAmount) {
}
