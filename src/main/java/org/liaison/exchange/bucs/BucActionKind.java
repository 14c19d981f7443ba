package org.liaison.exchange.bucs;

/**
 * What a participant may do in a case: send a business SED, or one of the administrative actions that EESSI carries
 * with the X SEDs (eessi.md §1, AD_BUC_01…12 [MOCK][PSED]). Which X SED each action sends, who may take it and when
 * is data (the BUC definitions); what it does to the case is the same in every BUC.
 */
public enum BucActionKind {
    /** A business SED of the BUC (A001, P2000, H002…). */
    SEND,
    /** Close the case for this node only; no SED is sent. */
    CLOSE_LOCALLY,
    /** Close the case for every participant (X001). */
    CLOSE_GLOBALLY,
    /** Ask the case owner to reopen a closed case (X002). */
    REOPEN_REQUEST,
    /** Answer a reopening request (X003). */
    REOPEN_REPLY,
    /** Reopen a closed case (X004). */
    REOPEN,
    /** Add a participant (X005). */
    ADD_PARTICIPANT,
    /** Remove a participant (X006). */
    REMOVE_PARTICIPANT,
    /** Forward the case to the competent institution (X007); the case is archived on this side. */
    FORWARD,
    /** Invalidate an SED one sent (X008). */
    INVALIDATE,
    /** Remind the other side of an unanswered SED (X009). */
    REMINDER,
    /** Answer a reminder (X010). */
    REMINDER_REPLY,
    /** Reject an SED received (X011). */
    REJECT,
    /** Ask to clarify an SED received (X012). */
    CLARIFY,
    /** Answer a clarification request (X013). */
    CLARIFY_REPLY
}
