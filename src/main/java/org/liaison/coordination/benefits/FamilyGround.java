package org.liaison.coordination.benefits;

/**
 * What a family-benefit entitlement rests on, in the order of priority of Reg. 883/2004 art. 68(1)(a): rights
 * from an activity as employed or self-employed person first, then from a pension, then from residence.
 */
public enum FamilyGround {
    ACTIVITY, PENSION, RESIDENCE
}
