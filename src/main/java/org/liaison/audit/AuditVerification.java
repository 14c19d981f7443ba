package org.liaison.audit;

/**
 * The outcome of walking the audit chain from its first entry to its last.
 *
 * @param valid          whether every entry is in place, linked to the one before and unaltered
 * @param checked        how many entries were found valid before the walk stopped
 * @param firstInvalidId the first entry that failed (for a gap: the entry after the gap), or {@code null}
 * @param reason         why that entry failed, or {@code null} when the chain is valid
 * @param lastHash       the hash at the head of the valid chain; keep it elsewhere to detect a cut-off tail
 */
public record AuditVerification(boolean valid, long checked, Long firstInvalidId, String reason,
                                String lastHash) {

    public static AuditVerification valid(long checked, String lastHash) {
        return new AuditVerification(true, checked, null, null, lastHash);
    }

    public static AuditVerification invalid(long checked, long firstInvalidId, String reason, String lastHash) {
        return new AuditVerification(false, checked, firstInvalidId, reason, lastHash);
    }
}
