package org.liaison.exchange.internal.institutions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.institutions.Institution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes the IR tables for imports, batch by batch; callers own the transaction. Reads are in {@link InstitutionQueries}. */
@Repository
class InstitutionStore {

    /** What the database holds of an institution, enough to tell whether a record changes it. */
    record Stored(String hash, boolean removed) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    InstitutionStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Serialises imports (several instances, several administrators) until the transaction ends. */
    void lockForImport() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('exchange_institution_import'))").query(Object.class).list();
    }

    /** The ids seen by this import, kept in the database rather than in memory; dropped when the transaction ends. */
    void createSeenTable() {
        jdbc.sql("create temporary table exchange_import_seen (id varchar(24) primary key) on commit drop").update();
    }

    /** Records the ids as seen and returns those this import had not seen before (the others are duplicates). */
    Set<String> markSeen(List<String> ids) {
        return new HashSet<>(jdbc.sql("""
                insert into exchange_import_seen (id) select unnest(?::varchar[]) on conflict do nothing returning id""")
                .param(ids.toArray(String[]::new)).query(String.class).list());
    }

    Map<String, Stored> stored(List<String> ids) {
        Map<String, Stored> result = new HashMap<>();
        jdbc.sql("select id, content_hash, removed_on from exchange_institution where id = any(?::varchar[])")
                .param(ids.toArray(String[]::new))
                .query((ResultSet rs) -> {
                    result.put(rs.getString(1), new Stored(rs.getString(2), rs.getDate(3) != null));
                });
        return result;
    }

    void insert(List<Institution> institutions) {
        template.batchUpdate("""
                insert into exchange_institution (id, country, code, name, acronym, environment, access_point, valid_from,
                    valid_to, content_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", institutions, institutions.size(),
                (ps, i) -> {
                    ps.setString(1, i.id().toString());
                    ps.setString(2, i.country());
                    ps.setString(3, i.id().code());
                    setCommon(ps, 4, i);
                });
        insertBucs(institutions);
    }

    /** Rewrites changed records, and brings back removed ones. */
    void update(List<Institution> institutions) {
        template.batchUpdate("""
                update exchange_institution set name = ?, acronym = ?, environment = ?, access_point = ?, valid_from = ?,
                    valid_to = ?, content_hash = ?, removed_on = null, updated_at = now() where id = ?""",
                institutions, institutions.size(), (ps, i) -> {
                    setCommon(ps, 1, i);
                    ps.setString(8, i.id().toString());
                });
        jdbc.sql("delete from exchange_institution_buc where institution_id = any(?::varchar[])")
                .param(institutions.stream().map(i -> i.id().toString()).toArray(String[]::new)).update();
        insertBucs(institutions);
    }

    private static void setCommon(java.sql.PreparedStatement ps, int at, Institution i) throws SQLException {
        ps.setString(at, i.name());
        ps.setString(at + 1, i.acronym());
        ps.setString(at + 2, i.environment().name());
        ps.setString(at + 3, i.accessPoint());
        ps.setDate(at + 4, Date.valueOf(i.validFrom()));
        ps.setDate(at + 5, i.validTo() == null ? null : Date.valueOf(i.validTo()));
        ps.setString(at + 6, ContentHash.of(i));
    }

    private void insertBucs(List<Institution> institutions) {
        List<Object[]> rows = new ArrayList<>();
        institutions.forEach(i -> i.bucs().forEach(b -> rows.add(new Object[] {i.id().toString(), b.bucType(), b.role().name()})));
        template.batchUpdate("insert into exchange_institution_buc (institution_id, buc_type, role) values (?, ?, ?)", rows);
    }

    /** Takes the institutions out of the IR on that day; returns how many were in it. */
    int remove(List<String> ids, LocalDate day) {
        return jdbc.sql("""
                update exchange_institution set removed_on = ?, updated_at = now()
                where removed_on is null and id = any(?::varchar[])""")
                .params(Date.valueOf(day), ids.toArray(String[]::new)).update();
    }

    /** FULL mode: takes out every institution this import did not see; returns how many. */
    int removeUnseen(LocalDate day) {
        return jdbc.sql("""
                update exchange_institution i set removed_on = ?, updated_at = now()
                where removed_on is null and not exists (select 1 from exchange_import_seen s where s.id = i.id)""")
                .param(Date.valueOf(day)).update();
    }

    boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from exchange_institution)").query(Boolean.class).single();
    }

    long recordRun(ImportSummary summary, String source, String actor, Instant startedAt) {
        return jdbc.sql("""
                insert into exchange_institution_import (mode, status, source, records, added, changed, unchanged, removed,
                    refused, actor, started_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(summary.mode().name(), summary.applied() ? "APPLIED" : "REFUSED", truncate(source, 200),
                        summary.records(), summary.added(), summary.changed(), summary.unchanged(), summary.removed(),
                        summary.refused(), truncate(actor, 100), java.sql.Timestamp.from(startedAt))
                .query(Long.class).single();
    }

    private static String truncate(@Nullable String text, int max) {
        String value = text == null || text.isBlank() ? "-" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }
}
