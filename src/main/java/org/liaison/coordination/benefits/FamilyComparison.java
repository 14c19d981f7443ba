package org.liaison.coordination.benefits;

/**
 * Which amounts were compared for the differential supplement (Reg. 883/2004 art. 68(2)).
 */
public enum FamilyComparison {
    /** Each state's total for the whole family: only totals were given (the first version of the API). */
    WHOLE_FAMILY,
    /** Benefits of the same kind, for the family as a whole (CJEU C-347/12 Wiering). */
    PER_KIND,
    /**
     * Benefits of the same kind, child by child: every state concerned grants that kind per child, and a surplus for
     * one child is not set off against another (BFH III R 9/15, 4 February 2016).
     */
    PER_CHILD
}
