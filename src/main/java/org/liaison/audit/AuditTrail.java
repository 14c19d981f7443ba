package org.liaison.audit;

/**
 * The audit trail. {@link #record(AuditEvent)} joins the caller's transaction (or opens one): if the caller
 * rolls back, the entry disappears with the action it describes.
 */
public interface AuditTrail {

    /** Appends the event to the chain; actor and origin default to the current user and request. */
    void record(AuditEvent event);

    /** Walks the whole chain (streaming, not in memory) and reports the first entry that is out of place. */
    AuditVerification verify();
}
