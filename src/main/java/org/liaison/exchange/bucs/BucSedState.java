package org.liaison.exchange.bucs;

/** An SED of a case as this node knows it: sent by us, received from a participant, or invalidated (X008). */
public enum BucSedState {
    SENT,
    RECEIVED,
    INVALIDATED
}
