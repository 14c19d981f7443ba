package org.liaison.exchange.internal.cases;

import java.time.LocalDate;
import java.util.List;
import org.liaison.exchange.bucs.BucDeadline;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.exchange.cases.DeadlineMissed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The replies a case awaits, as the BUC engine computed them after the case's last action. */
@Repository
class DeadlineStore {

    private final JdbcClient jdbc;

    DeadlineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the case's deadlines; one already reported missed stays so (it is not reported twice). */
    void replace(String caseId, List<BucDeadline> deadlines) {
        List<String> ids = deadlines.stream().map(BucDeadline::sedId).toList();
        List<String> kept = jdbc.sql("select sed_id from exchange_deadline where case_id = ?").param(caseId)
                .query(String.class).list();
        for (String sedId : kept) {
            if (!ids.contains(sedId)) {
                jdbc.sql("delete from exchange_deadline where case_id = ? and sed_id = ?").params(caseId, sedId).update();
            }
        }
        for (BucDeadline d : deadlines) {
            jdbc.sql("""
                    insert into exchange_deadline (case_id, sed_id, sed_type, awaited_from, due_by) values (?, ?, ?, ?, ?)
                    on conflict (case_id, sed_id) do update set due_by = excluded.due_by,
                        missed_on = case when excluded.due_by = exchange_deadline.due_by then exchange_deadline.missed_on end""")
                    .params(caseId, d.sedId(), d.sedType(), d.awaitedFrom().name(), d.dueBy()).update();
        }
    }

    void clear(String caseId) {
        jdbc.sql("delete from exchange_deadline where case_id = ?").param(caseId).update();
    }

    /** Deadlines passed on that day and not reported yet, in the cases still open. */
    List<DeadlineMissed> missedBy(LocalDate today) {
        return jdbc.sql("""
                select d.case_id, d.sed_id, d.sed_type, d.awaited_from, d.due_by from exchange_deadline d
                join exchange_case c on c.id = d.case_id
                where d.missed_on is null and d.due_by < ? and c.status = 'OPEN' order by d.due_by, d.case_id""")
                .param(today)
                .query((rs, n) -> new DeadlineMissed(rs.getString("case_id"), rs.getString("sed_id"),
                        rs.getString("sed_type"), CaseRole.valueOf(rs.getString("awaited_from")),
                        rs.getDate("due_by").toLocalDate()))
                .list();
    }

    void markMissed(String caseId, String sedId, LocalDate on) {
        jdbc.sql("update exchange_deadline set missed_on = ? where case_id = ? and sed_id = ?").params(on, caseId, sedId)
                .update();
    }
}
