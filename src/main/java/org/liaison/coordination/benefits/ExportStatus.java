package org.liaison.coordination.benefits;

/** Whether a French benefit may be paid to a person residing in another state. */
public enum ExportStatus {
    /** The person resides in France: nothing to export. */
    NO_EXPORT_NEEDED,
    EXPORTABLE,
    NOT_EXPORTABLE,
    /** The instrument's scope or a parameter is unknown or uncertain: an officer decides. */
    NEEDS_ASSESSMENT,
    /** A fact is missing (e.g. whether a PD U2 was issued). */
    NEEDS_INFORMATION,
    /** The question itself is invalid: see the problems. */
    INVALID
}
