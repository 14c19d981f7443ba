package org.liaison.exchange.institutions;

/**
 * The role an institution can take in the cases of one BUC, as the IR lists it for each BUC the institution handles
 * (NAV's IR client reads "CaseOwner" and "CounterParty"): the case owner starts the case, a counterparty receives it
 * and replies. Routing looks for counterparties.
 */
public enum InstitutionRole {
    CASE_OWNER, COUNTERPARTY
}
