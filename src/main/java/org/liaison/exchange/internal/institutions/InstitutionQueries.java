package org.liaison.exchange.internal.institutions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import org.liaison.exchange.institutions.Institution;
import org.liaison.exchange.institutions.InstitutionBuc;
import org.liaison.exchange.institutions.InstitutionId;
import org.liaison.exchange.institutions.InstitutionPage;
import org.liaison.exchange.institutions.InstitutionRole;
import org.liaison.exchange.institutions.InstitutionSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads institutions with their BUCs: one query for the institutions, one for the BUCs of all of them. */
@Repository
class InstitutionQueries {

    private static final String COLUMNS = "i.id, i.name, i.acronym, i.environment, i.access_point, i.valid_from, "
            + "i.valid_to, i.removed_on";

    private final JdbcClient jdbc;

    InstitutionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Institution> find(InstitutionId id) {
        return withBucs(jdbc.sql("select " + COLUMNS + " from exchange_institution i where i.id = ?")
                .param(id.toString()).query(InstitutionQueries::row).list()).stream().findFirst();
    }

    InstitutionPage search(InstitutionSearch criteria, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (criteria.text() != null && !criteria.text().isBlank()) {
            where.append(" and (lower(i.name) like ? or lower(coalesce(i.acronym, '')) like ? or lower(i.id) like ?)");
            String like = "%" + escape(criteria.text().strip().toLowerCase(Locale.ROOT)) + "%";
            params.addAll(List.of(like, like, like));
        }
        if (criteria.country() != null) {
            where.append(" and i.country = ?");
            params.add(criteria.country());
        }
        if (criteria.environment() != null) {
            where.append(" and i.environment = ?");
            params.add(criteria.environment().name());
        }
        if (criteria.bucType() != null) {
            where.append(" and exists (select 1 from exchange_institution_buc b where b.institution_id = i.id and b.buc_type = ?)");
            params.add(criteria.bucType());
        }
        if (!criteria.includeRemoved()) {
            where.append(" and i.removed_on is null");
        }
        long total = jdbc.sql("select count(*) from exchange_institution i" + where).params(params)
                .query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Institution> items = withBucs(jdbc.sql("select " + COLUMNS + " from exchange_institution i" + where
                        + " order by i.id limit ? offset ?").params(pageParams).query(InstitutionQueries::row).list());
        return new InstitutionPage(items, page, size, total);
    }

    List<Institution> counterparties(String bucType, String country, ExchangeEnvironment environment, LocalDate day) {
        return withBucs(jdbc.sql("select " + COLUMNS + """
                         from exchange_institution i
                         join exchange_institution_buc b on b.institution_id = i.id and b.buc_type = ? and b.role = ?
                        where i.country = ? and i.environment = ? and i.removed_on is null
                          and i.valid_from <= ? and (i.valid_to is null or i.valid_to >= ?)
                        order by i.id""")
                .params(bucType, InstitutionRole.COUNTERPARTY.name(), country, environment.name(), Date.valueOf(day),
                        Date.valueOf(day))
                .query(InstitutionQueries::row).list());
    }

    /** The BUC codes held by at least one institution, for the search form. */
    List<String> bucTypes() {
        return jdbc.sql("select distinct buc_type from exchange_institution_buc order by buc_type").query(String.class).list();
    }

    private List<Institution> withBucs(List<Institution> institutions) {
        if (institutions.isEmpty()) {
            return institutions;
        }
        Map<String, List<InstitutionBuc>> bucs = new HashMap<>();
        jdbc.sql("""
                select institution_id, buc_type, role from exchange_institution_buc where institution_id = any(?::varchar[])
                order by buc_type, role""")
                .param(institutions.stream().map(i -> i.id().toString()).toArray(String[]::new))
                .query((ResultSet rs) -> {
                    bucs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new InstitutionBuc(rs.getString(2), InstitutionRole.valueOf(rs.getString(3))));
                });
        return institutions.stream().map(i -> new Institution(i.id(), i.name(), i.acronym(), i.environment(),
                i.accessPoint(), i.validFrom(), i.validTo(), i.removedOn(),
                bucs.getOrDefault(i.id().toString(), List.of()))).toList();
    }

    private static Institution row(ResultSet rs, int n) throws SQLException {
        return new Institution(InstitutionId.parse(rs.getString("id")), rs.getString("name"), rs.getString("acronym"),
                ExchangeEnvironment.valueOf(rs.getString("environment")), rs.getString("access_point"),
                rs.getDate("valid_from").toLocalDate(), date(rs.getDate("valid_to")), date(rs.getDate("removed_on")),
                List.of());
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
