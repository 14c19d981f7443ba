package org.liaison.exchange.bucs;

/**
 * The side an institution takes in a case (a BUC instance): the case owner starts it, the counterparties answer.
 * Source: the RINA BUC configurations' roles PO (case owner) and CP (counterparty), eessi.md §1–§2 [CAT].
 */
public enum CaseRole {
    CASE_OWNER,
    COUNTERPARTY;

    /** The other side of a bilateral exchange. */
    public CaseRole other() {
        return this == CASE_OWNER ? COUNTERPARTY : CASE_OWNER;
    }
}
