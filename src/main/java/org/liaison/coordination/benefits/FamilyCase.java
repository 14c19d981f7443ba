package org.liaison.coordination.benefits;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartnerCode;

/**
 * Overlapping family-benefit entitlements of several states for the same children and period (art. 68).
 *
 * @param date         the day the entitlements overlap: the registry tells which instrument governs then
 * @param children     the state of residence of each child, in order; children may live in different states, the
 *                     priority is then decided for each child (art. 68(1)(b) looks at "the children's" residence)
 * @param entitlements each state's right, on its ground, with the amount its law would pay for the whole family
 *                     (Reg. 987/2009 art. 60(1): the whole family as if it lived in that state)
 */
public record FamilyCase(@Nullable LocalDate date, List<PartnerCode> children, List<FamilyEntitlement> entitlements) {

    public FamilyCase {
        children = children == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(children));
        entitlements = entitlements == null ? List.of()
                : Collections.unmodifiableList(new java.util.ArrayList<>(entitlements));
    }

    /** All the children live in one state. */
    public FamilyCase(@Nullable LocalDate date, @Nullable PartnerCode childrenResidence, List<FamilyEntitlement> entitlements) {
        this(date, childrenResidence == null ? List.of() : List.of(childrenResidence), entitlements);
    }
}
