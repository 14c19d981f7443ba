package org.liaison.identity.internal;

import java.util.List;
import java.util.Optional;
import org.liaison.identity.Organisation;
import org.liaison.identity.OrganisationKind;
import org.liaison.identity.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations in PostgreSQL ({@code organisation}). */
@Repository
class OrganisationStore implements Organisations {

    private final JdbcClient jdbc;

    OrganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Organisation> find(String code) {
        return jdbc.sql("select code, name, kind from organisation where code = ?").param(code)
                .query((rs, n) -> new Organisation(rs.getString(1), rs.getString(2),
                        OrganisationKind.valueOf(rs.getString(3))))
                .optional();
    }

    @Override
    public List<Organisation> all() {
        return jdbc.sql("select code, name, kind from organisation order by name")
                .query((rs, n) -> new Organisation(rs.getString(1), rs.getString(2),
                        OrganisationKind.valueOf(rs.getString(3))))
                .list();
    }

    void insert(Organisation organisation) {
        jdbc.sql("insert into organisation (code, name, kind) values (?, ?, ?)")
                .params(organisation.code(), organisation.name(), organisation.kind().name()).update();
    }
}
