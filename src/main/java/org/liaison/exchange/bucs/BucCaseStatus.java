package org.liaison.exchange.bucs;

/**
 * Where a case stands. Closing is "local" (this node only) or global (X001, for every participant); a case left
 * without activity is closed as inactive, and a closed case is archived after the BUC's archiving period (eessi.md
 * §2 "Closing" [CLOSE]). An archived case accepts nothing.
 */
public enum BucCaseStatus {
    OPEN,
    CLOSED_LOCALLY,
    CLOSED,
    ARCHIVED;

    public boolean isClosed() {
        return this == CLOSED_LOCALLY || this == CLOSED;
    }
}
