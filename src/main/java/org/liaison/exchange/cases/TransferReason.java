package org.liaison.exchange.cases;

/**
 * Why a case held by a French institution is to move to another: a code, never free text, since the history and the
 * audit trail keep codes only (a note could hold a person's data).
 */
public enum TransferReason {
    /** The institution holding the case is not the competent one for it. */
    NOT_COMPETENT,
    /** The person's residence or affiliation changed: another institution is now competent. */
    PERSON_MOVED,
    /** The case was routed to this institution by mistake. */
    ROUTED_IN_ERROR
}
