package org.liaison.coordination.benefits;

/** The outcome of the family-benefit priority engine. */
public enum FamilyStatus {
    DECIDED,
    /** The tie-breaks of art. 68(1)(b) leave two states equal, or a needed fact is missing. */
    NEEDS_ASSESSMENT,
    INVALID
}
