package org.liaison.audit.internal;

import java.util.List;
import org.liaison.audit.AuditVerification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the chain in id order, one page at a time (keyset paging: memory stays flat however long the trail),
 * checking that ids follow each other without a gap, that each entry points to the hash of the one before,
 * and that each entry's hash matches its content.
 */
@Component
class AuditChainVerifier {

    static final int PAGE = 1_000;

    private final JdbcClient jdbc;

    AuditChainVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AuditVerification verify() {
        long checked = 0;
        long expectedId = 1;
        String previousHash = AuditHash.GENESIS;
        while (true) {
            List<AuditEntry> page = jdbc.sql("select " + AuditRows.COLUMNS
                            + " from audit_entry where id >= :start order by id limit :page")
                    .param("start", expectedId).param("page", PAGE)
                    .query(AuditRows::map).list();
            if (page.isEmpty()) {
                return AuditVerification.valid(checked, previousHash);
            }
            for (AuditEntry entry : page) {
                String problem = problem(entry, expectedId, previousHash);
                if (problem != null) {
                    return AuditVerification.invalid(checked, entry.id(), problem, previousHash);
                }
                checked++;
                expectedId++;
                previousHash = entry.hash();
            }
        }
    }

    static String problem(AuditEntry entry, long expectedId, String previousHash) {
        if (entry.id() != expectedId) {
            return "gap: entry " + expectedId + " is missing before entry " + entry.id();
        }
        if (!previousHash.equals(entry.previousHash())) {
            return "broken link: previous_hash of entry " + entry.id() + " is not the hash of the entry before";
        }
        if (!AuditHash.of(entry).equals(entry.hash())) {
            return "hash mismatch: entry " + entry.id() + " was changed after it was written";
        }
        return null;
    }
}
