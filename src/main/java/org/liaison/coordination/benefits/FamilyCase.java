package org.liaison.coordination.benefits;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartnerCode;

/** Overlapping family-benefit entitlements of several states for the same children and period (art. 68). */
public record FamilyCase(@Nullable PartnerCode childrenResidence, List<FamilyEntitlement> entitlements) {

    public FamilyCase {
        entitlements = entitlements == null ? List.of() : List.copyOf(entitlements);
    }
}
