package org.liaison.coordination.benefits;

/**
 * Which state pays family benefits first and what the others add (Reg. 883/2004 art. 67–69; Reg. 987/2009 art.
 * 58–60), after checking in the agreements registry which instrument governs between France and each state on the
 * date and whether it covers family benefits. A pure function of the case.
 */
public interface FamilyPriority {

    FamilyDecision decide(FamilyCase familyCase);
}
