package org.liaison.exchange.internal.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.liaison.exchange.cases.CaseTransfer;
import org.liaison.exchange.cases.TransferReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Transfers of cases between French institutions ({@code exchange_case_transfer}, Flyway V4_3). */
@Repository
class CaseTransfers {

    private static final String COLUMNS = """
            case_id, from_institution, reason, requested_at, requested_by, to_institution, transferred_at, transferred_by""";

    private final JdbcClient jdbc;

    CaseTransfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void request(String caseId, String from, TransferReason reason, Instant at, String actor) {
        jdbc.sql("""
                        insert into exchange_case_transfer (case_id, from_institution, reason, requested_at, requested_by)
                        values (?, ?, ?, ?, ?)""")
                .params(caseId, from, reason.name(), Timestamp.from(at), actor).update();
    }

    Optional<CaseTransfer> pending(String caseId) {
        return jdbc.sql("select " + COLUMNS + " from exchange_case_transfer where case_id = ? and transferred_at is null")
                .param(caseId).query(CaseTransfers::map).optional();
    }

    void complete(String caseId, String to, Instant at, String actor) {
        jdbc.sql("""
                        update exchange_case_transfer set to_institution = ?, transferred_at = ?, transferred_by = ?
                        where case_id = ? and transferred_at is null""")
                .params(to, Timestamp.from(at), actor, caseId).update();
    }

    List<CaseTransfer> of(String caseId) {
        return jdbc.sql("select " + COLUMNS + " from exchange_case_transfer where case_id = ? order by id")
                .param(caseId).query(CaseTransfers::map).list();
    }

    /** When the case last left one of these institutions; empty when it never did. */
    Optional<Instant> lastLeft(String caseId, Collection<String> institutions) {
        if (institutions.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select transferred_at from exchange_case_transfer
                        where case_id = :id and from_institution in (:institutions) and transferred_at is not null
                        order by transferred_at desc limit 1""")
                .param("id", caseId).param("institutions", institutions)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    private static CaseTransfer map(ResultSet rs, int row) throws SQLException {
        Timestamp done = rs.getTimestamp("transferred_at");
        return new CaseTransfer(rs.getString("case_id"), rs.getString("from_institution"),
                TransferReason.valueOf(rs.getString("reason")), rs.getTimestamp("requested_at").toInstant(),
                rs.getString("requested_by"), rs.getString("to_institution"), done == null ? null : done.toInstant(),
                rs.getString("transferred_by"));
    }
}
