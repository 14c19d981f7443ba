package org.liaison.postings.internal;

/**
 * Where a posting request stands. SUBMITTED only while the engine decides (within the submitting transaction);
 * IN_REVIEW while it waits in the liaison officers' queue; APPROVED with its certificate(s); REFUSED with a reason.
 */
public enum PostingStatus {
    SUBMITTED, IN_REVIEW, APPROVED, REFUSED
}
