package org.liaison.exchange.internal.routing;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which IR institutions an organisation's agents act for: they see and handle only those institutions' cases. */
@Component
public class OrganisationInstitutions {

    private final JdbcClient jdbc;

    OrganisationInstitutions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> of(String organisationCode) {
        if (organisationCode == null) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.sql("select institution from exchange_organisation_institution where organisation_code = ?")
                .param(organisationCode).query(String.class).list());
    }
}
