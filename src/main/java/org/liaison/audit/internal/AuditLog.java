package org.liaison.audit.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the trail back for the administration page: newest first, filtered, one page at a time. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filter values: blank means "any"; actor matches case-insensitively, the others exactly. */
    public record Filter(String actor, String action, String objectType, String objectId) {
    }

    /** One page of entries and whether an older page exists. */
    public record Page(List<AuditEntry> entries, int number, boolean hasNext) {
    }

    public Page find(Filter filter, int number, int size) {
        StringBuilder sql = new StringBuilder("select " + AuditRows.COLUMNS + " from audit_entry where true");
        List<Object> params = new ArrayList<>();
        if (present(filter.actor())) {
            sql.append(" and lower(actor) = lower(?)");
            params.add(filter.actor().strip());
        }
        if (present(filter.action())) {
            sql.append(" and action = ?");
            params.add(filter.action().strip());
        }
        if (present(filter.objectType())) {
            sql.append(" and object_type = ?");
            params.add(filter.objectType().strip());
        }
        if (present(filter.objectId())) {
            sql.append(" and object_id = ?");
            params.add(filter.objectId().strip());
        }
        sql.append(" order by id desc limit ? offset ?");
        params.add(size + 1);
        params.add((long) number * size);
        List<AuditEntry> rows = jdbc.sql(sql.toString()).params(params).query(AuditRows::map).list();
        boolean hasNext = rows.size() > size;
        return new Page(hasNext ? rows.subList(0, size) : rows, number, hasNext);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
