package org.liaison.exchange.internal.cases;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.bucs.BucType;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseHistoryEntry;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.exchange.cases.CaseSearch;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases, their participants and their history in PostgreSQL. */
@Repository
class CaseStore {

    private static final String COLUMNS = "id, buc_type, version, environment, node_role, owner_institution, "
            + "local_institution, status, status_since, created_on, last_activity, inactive_on, archive_on";
    /** What is read: the written columns plus the person's name, which {@link SedStore#insert} sets. */
    private static final String READ = COLUMNS + ", person_name";

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CaseRow c, Instant now) {
        jdbc.sql("insert into exchange_case (" + COLUMNS + ", created_at, updated_at) values (:id, :buc, :version, :env, "
                        + ":role, :owner, :local, :status, :since, :created, :last, :inactive, :archive, :now, :now)")
                .param("id", c.id()).param("buc", c.bucType().code()).param("version", c.version())
                .param("env", c.environment().name()).param("role", c.nodeRole().name()).param("owner", c.owner())
                .param("local", c.localInstitution()).param("status", c.status().name())
                .param("since", c.statusSince()).param("created", c.createdOn()).param("last", c.lastActivity())
                .param("inactive", c.inactiveOn()).param("archive", c.archiveOn()).param("now", Timestamp.from(now))
                .update();
    }

    Optional<CaseRow> find(String id) {
        return jdbc.sql("select " + READ + " from exchange_case where id = ?").param(id).query(this::row).optional();
    }

    /** The case, locked until the end of the transaction: actions on one case are taken one at a time. */
    Optional<CaseRow> lock(String id) {
        return jdbc.sql("select " + READ + " from exchange_case where id = ? for update").param(id).query(this::row)
                .optional();
    }

    void update(CaseRow c, Instant now) {
        jdbc.sql("""
                update exchange_case set status = :status, status_since = :since, last_activity = :last,
                    inactive_on = :inactive, archive_on = :archive, local_institution = :local, updated_at = :now,
                    closed_on = case when :status in ('CLOSED', 'CLOSED_LOCALLY') then :since else closed_on end,
                    archived_on = case when :status = 'ARCHIVED' then :since else archived_on end
                where id = :id""")
                .param("status", c.status().name()).param("since", c.statusSince()).param("last", c.lastActivity())
                .param("inactive", c.inactiveOn()).param("archive", c.archiveOn()).param("local", c.localInstitution())
                .param("now", Timestamp.from(now)).param("id", c.id()).update();
    }

    List<BucParticipant> participants(String caseId) {
        return jdbc.sql("""
                select institution, role from exchange_case_participant where case_id = ? and removed_at is null
                order by role desc, added_at, institution""")
                .param(caseId)
                .query((rs, n) -> new BucParticipant(rs.getString("institution"), CaseRole.valueOf(rs.getString("role"))))
                .list();
    }

    void addParticipant(String caseId, BucParticipant participant, Instant now) {
        jdbc.sql("""
                insert into exchange_case_participant (case_id, institution, role, added_at) values (?, ?, ?, ?)
                on conflict (case_id, institution) do update set removed_at = null, role = excluded.role""")
                .params(caseId, participant.institution(), participant.role().name(), Timestamp.from(now)).update();
    }

    void removeParticipant(String caseId, String institution, Instant now) {
        jdbc.sql("update exchange_case_participant set removed_at = ? where case_id = ? and institution = ?")
                .params(Timestamp.from(now), caseId, institution).update();
    }

    void record(String caseId, Instant at, String actor, String action, @Nullable String sedId, @Nullable String detail) {
        jdbc.sql("insert into exchange_case_history (case_id, at, actor, action, sed_id, detail) values (?, ?, ?, ?, ?, ?)")
                .params(caseId, Timestamp.from(at), actor, action, sedId,
                        detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300))
                .update();
    }

    List<CaseHistoryEntry> history(String caseId) {
        return jdbc.sql("select at, actor, action, sed_id, detail from exchange_case_history where case_id = ? order by id")
                .param(caseId)
                .query((rs, n) -> new CaseHistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("sed_id"), rs.getString("detail")))
                .list();
    }

    List<CaseRow> search(CaseSearch criteria, CaseAccess access, int limit) {
        StringBuilder sql = new StringBuilder("select " + READ + " from exchange_case where true");
        List<Object> params = new ArrayList<>();
        if (criteria.text() != null && !criteria.text().isBlank()) {
            // the case id or the person's name
            sql.append(" and (id ilike ? or person_name ilike ?)");
            params.add("%" + criteria.text().strip() + "%");
            params.add("%" + criteria.text().strip() + "%");
        }
        if (criteria.bucType() != null && !criteria.bucType().isBlank()) {
            sql.append(" and buc_type = ?");
            params.add(criteria.bucType());
        }
        if (criteria.status() != null) {
            sql.append(" and status = ?");
            params.add(criteria.status().name());
        }
        if (criteria.institution() != null && !criteria.institution().isBlank()) {
            sql.append(" and local_institution = ?");
            params.add(criteria.institution());
        }
        if (criteria.unroutedOnly()) {
            sql.append(" and local_institution is null");
        }
        if (!access.all()) {
            if (access.institutions().isEmpty()) {
                return List.of();
            }
            sql.append(" and local_institution in (").append("?,".repeat(access.institutions().size() - 1)).append("?)");
            params.addAll(access.institutions().stream().sorted().toList());
        }
        sql.append(" order by updated_at desc, id limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(this::row).list();
    }

    /** Open cases whose inactivity day has come, and closed cases whose archiving day has come. */
    List<String> dueForAgeing(LocalDate today) {
        return jdbc.sql("""
                select id from exchange_case
                where (status = 'OPEN' and inactive_on <= :today)
                   or (status in ('CLOSED', 'CLOSED_LOCALLY') and archive_on <= :today)
                order by id""").param("today", today).query(String.class).list();
    }

    private CaseRow row(ResultSet rs, int n) throws SQLException {
        return new CaseRow(rs.getString("id"), BucType.of(rs.getString("buc_type")), rs.getString("version"),
                ExchangeEnvironment.valueOf(rs.getString("environment")), CaseRole.valueOf(rs.getString("node_role")),
                rs.getString("owner_institution"), rs.getString("local_institution"),
                BucCaseStatus.valueOf(rs.getString("status")), rs.getDate("status_since").toLocalDate(),
                rs.getDate("created_on").toLocalDate(), rs.getDate("last_activity").toLocalDate(),
                date(rs.getDate("inactive_on")), date(rs.getDate("archive_on")), rs.getString("person_name"));
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
