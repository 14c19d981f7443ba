package org.liaison.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the columns of {@code audit_entry}. */
final class AuditRows {

    static final String COLUMNS =
            "id, occurred_at, actor, action, object_type, object_id, origin, details, previous_hash, hash";

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };

    private AuditRows() {
    }

    static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("origin"), details(rs.getString("details")),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    static String json(Map<String, String> details) {
        return JsonMapper.shared().writeValueAsString(details);
    }

    private static Map<String, String> details(String json) {
        return json == null ? Map.of() : JsonMapper.shared().readValue(json, DETAILS);
    }
}
