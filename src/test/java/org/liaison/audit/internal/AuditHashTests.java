package org.liaison.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditHashTests {

    static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");

    static AuditEntry entry(long id, String actor, String objectId, Map<String, String> details) {
        return new AuditEntry(id, AT, actor, "USER_CREATED", "USER", objectId, "127.0.0.1", details,
                AuditHash.GENESIS, null);
    }

    @Test
    void theCanonicalFormIsLengthPrefixedAndDocumented() {
        assertThat(AuditHash.canonical(entry(1, "admin", "alice", Map.of("roles", "ADMIN"))))
                .isEqualTo("liaison-audit-v1|1:1|27:2026-03-01T10:15:30.123456Z|5:admin|12:USER_CREATED|4:USER"
                        + "|5:alice|9:127.0.0.1|16:1;5:roles5:ADMIN|64:" + AuditHash.GENESIS);
    }

    @Test
    void theHashIsAHexSha256ThatDependsOnEveryField() {
        String hash = AuditHash.of(entry(1, "admin", "alice", Map.of()));
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(AuditHash.of(entry(2, "admin", "alice", Map.of()))).isNotEqualTo(hash);
        assertThat(AuditHash.of(entry(1, "admin2", "alice", Map.of()))).isNotEqualTo(hash);
        assertThat(AuditHash.of(entry(1, "admin", null, Map.of()))).isNotEqualTo(hash);
        assertThat(AuditHash.of(entry(1, "admin", "alice", Map.of("k", "v")))).isNotEqualTo(hash);
    }

    @Test
    void shiftingTextBetweenFieldsChangesTheHash() {
        assertThat(AuditHash.of(entry(1, "ad|min", "alice", Map.of())))
                .isNotEqualTo(AuditHash.of(entry(1, "ad", "min|alice", Map.of())));
        assertThat(AuditHash.of(entry(1, "-", "alice", Map.of())))
                .isNotEqualTo(AuditHash.of(entry(1, null, "alice", Map.of())));
    }

    @Test
    void detailsAreHashedInKeyOrderWhateverTheMapOrder() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");
        assertThat(AuditHash.of(entry(1, "x", "y", ab))).isEqualTo(AuditHash.of(entry(1, "x", "y", ba)));
    }
}
