package org.liaison.exchange.internal.routing;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Routes an incoming case to the competent French institution. A case addressed to a French institution other than
 * the liaison body goes to it; one addressed to the liaison body (the single point of contact) goes where the first
 * matching rule says, by BUC, sector, the person's département (from a French postcode in the SED) or scheme;
 * what no rule routes waits in the liaison officers' queue.
 */
@Component
public class Routing {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Routing(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public RoutingDecision route(String bucType, String sector, String addressedTo, String liaisonInstitution,
                                 String content) {
        if (!addressedTo.equals(liaisonInstitution)) {
            return new RoutingDecision(addressedTo, "addressed");
        }
        PersonFacts facts = facts(content);
        String country = liaisonInstitution.substring(0, liaisonInstitution.indexOf(':') + 1);
        return rules().stream().filter(r -> r.institution().startsWith(country))
                .filter(r -> r.matches(bucType, sector, facts.region(), facts.scheme())).findFirst()
                .map(r -> new RoutingDecision(r.institution(), "rule:" + r.id()))
                .orElse(new RoutingDecision(null, "no-rule"));
    }

    /** The rules in the order they apply, read from the table on every call (no cache: a new rule routes the next case). */
    public List<RoutingRule> rules() {
        return jdbc.sql("""
                select id, priority, buc_type, sector, region, scheme, institution, note from exchange_routing_rule
                order by priority, id""")
                .query((rs, n) -> new RoutingRule(rs.getLong("id"), rs.getInt("priority"), rs.getString("buc_type"),
                        rs.getString("sector"), rs.getString("region"), rs.getString("scheme"),
                        rs.getString("institution"), rs.getString("note")))
                .list();
    }

    /** The person's département and scheme as an SED gives them (null when absent). */
    record PersonFacts(@Nullable String region, @Nullable String scheme) {
    }

    PersonFacts facts(String content) {
        try {
            JsonNode root = json.readTree(content);
            return new PersonFacts(departement(root).orElse(null), text(root, "scheme")
                    .or(() -> text(root.path("person"), "scheme")).orElse(null));
        } catch (JacksonException e) {
            return new PersonFacts(null, null);
        }
    }

    /** The first French postcode found in the SED's addresses: its first two characters (2A/2B for Corsica). */
    private static Optional<String> departement(JsonNode root) {
        for (JsonNode address : root.findParents("postalCode")) {
            if (address.path("country").asString("FR").equals("FR")) {
                String postcode = address.path("postalCode").asString("");
                if (postcode.matches("\\d{5}")) {
                    return Optional.of(departementOf(postcode));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Overseas postcodes name their département in three digits (971–976); Corsican ones start with 20 for both
     * départements: 200xx–201xx are Corse-du-Sud (2A), 202xx–206xx Haute-Corse (2B).
     */
    static String departementOf(String postcode) {
        if (postcode.startsWith("97")) {
            return postcode.substring(0, 3);
        }
        if (postcode.startsWith("20")) {
            return postcode.charAt(2) <= '1' ? "2A" : "2B";
        }
        return postcode.substring(0, 2);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? Optional.of(value.asString()) : Optional.empty();
    }
}
