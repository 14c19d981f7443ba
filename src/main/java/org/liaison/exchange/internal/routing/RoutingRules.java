package org.liaison.exchange.internal.routing;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the routing rules and to the organisation → institution mappings, each audited with the row's codes
 * (never personal data). {@link Routing} reads the table on every call, so a change routes the next incoming case.
 */
@Component
public class RoutingRules {

    /** A rule to add; its fields are already checked. */
    public record NewRule(int priority, @Nullable String bucType, @Nullable String sector, @Nullable String region,
                          @Nullable String scheme, String institution, @Nullable String note) {
    }

    /** One organisation whose agents act for one institution. */
    public record Mapping(String organisationCode, String institution) {
    }

    private final JdbcClient jdbc;
    private final Routing routing;
    private final AuditTrail audit;

    RoutingRules(JdbcClient jdbc, Routing routing, AuditTrail audit) {
        this.jdbc = jdbc;
        this.routing = routing;
        this.audit = audit;
    }

    public List<RoutingRule> all() {
        return routing.rules();
    }

    public Optional<RoutingRule> find(long id) {
        return all().stream().filter(r -> r.id() == id).findFirst();
    }

    @Transactional
    public RoutingRule add(NewRule rule) {
        long id = jdbc.sql("""
                        insert into exchange_routing_rule (priority, buc_type, sector, region, scheme, institution, note)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(rule.priority(), rule.bucType(), rule.sector(), rule.region(), rule.scheme(), rule.institution(),
                        rule.note())
                .query(Long.class).single();
        RoutingRule added = new RoutingRule(id, rule.priority(), rule.bucType(), rule.sector(), rule.region(),
                rule.scheme(), rule.institution(), rule.note());
        audit.record(described(AuditEvent.of("ROUTING_RULE_ADDED", "ROUTING_RULE", String.valueOf(id)), added));
        return added;
    }

    /** Removes the rule; false when no rule has that id. */
    @Transactional
    public boolean remove(long id) {
        Optional<RoutingRule> rule = find(id);
        if (rule.isEmpty() || jdbc.sql("delete from exchange_routing_rule where id = ?").param(id).update() == 0) {
            return false;
        }
        audit.record(described(AuditEvent.of("ROUTING_RULE_REMOVED", "ROUTING_RULE", String.valueOf(id)), rule.get()));
        return true;
    }

    public List<Mapping> mappings() {
        return jdbc.sql("""
                select organisation_code, institution from exchange_organisation_institution
                order by organisation_code, institution""")
                .query((rs, n) -> new Mapping(rs.getString(1), rs.getString(2))).list();
    }

    /** Adds the mapping; false when it exists already. */
    @Transactional
    public boolean addMapping(Mapping mapping) {
        int added = jdbc.sql("""
                        insert into exchange_organisation_institution (organisation_code, institution) values (?, ?)
                        on conflict do nothing""")
                .params(mapping.organisationCode(), mapping.institution()).update();
        if (added > 0) {
            audit.record(AuditEvent.of("ORGANISATION_INSTITUTION_ADDED", "ORGANISATION", mapping.organisationCode())
                    .with("institution", mapping.institution()));
        }
        return added > 0;
    }

    /** Removes the mapping; false when there was none. */
    @Transactional
    public boolean removeMapping(Mapping mapping) {
        int removed = jdbc.sql("delete from exchange_organisation_institution where organisation_code = ? and institution = ?")
                .params(mapping.organisationCode(), mapping.institution()).update();
        if (removed > 0) {
            audit.record(AuditEvent.of("ORGANISATION_INSTITUTION_REMOVED", "ORGANISATION", mapping.organisationCode())
                    .with("institution", mapping.institution()));
        }
        return removed > 0;
    }

    private static AuditEvent described(AuditEvent event, RoutingRule rule) {
        return event.with("priority", rule.priority()).with("buc", rule.bucType()).with("sector", rule.sector())
                .with("region", rule.region()).with("scheme", rule.scheme()).with("institution", rule.institution());
    }
}
