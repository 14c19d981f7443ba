package org.liaison.coordination.benefits;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartnerCode;

/**
 * The priority for one child (numbered from 1, in the order given): the tie-breaks of Reg. 883/2004 art. 68(1)(b)
 * look at the child's own state of residence; {@code null} when they leave two states equal.
 */
public record FamilyChildPriority(int child, PartnerCode residence, @Nullable PartnerCode priorityState) {
}
