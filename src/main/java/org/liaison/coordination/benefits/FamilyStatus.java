package org.liaison.coordination.benefits;

/** The outcome of the family-benefit priority engine. */
public enum FamilyStatus {
    DECIDED,
    /**
     * No instrument coordinates family benefits between France and the other state on the date (none in force, or
     * one that leaves family benefits out, e.g. the EU–UK protocol): each state applies its own law alone.
     */
    NOT_COORDINATED,
    /**
     * An officer decides: the tie-breaks of art. 68(1)(b) leave two states equal, the priority differs from child
     * to child, a convention with its own rules governs, or a needed fact is missing.
     */
    NEEDS_ASSESSMENT,
    INVALID
}
