package org.liaison.exchange.web.routing;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.internal.routing.RoutingRule;
import org.liaison.exchange.seds.SedSector;

/** A routing rule as the API reads and writes it (the stored rule stays the exchange's own). */
final class RoutingRuleView {

    private RoutingRuleView() {
    }

    /**
     * A rule to add: a case matching every criterion given goes to the institution. Closed sets are read as text so
     * that every wrong value is reported at once; the document lists their values.
     */
    @Schema(name = "NewRoutingRule", description = "A rule to add; the criteria left out match any case")
    record Request(@Schema(description = "Rules apply by priority, the lowest number first", example = "10",
                           requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Integer priority,
                   @Schema(description = "Only cases of this BUC", example = "H_BUC_01") @Nullable String bucType,
                   @Schema(description = "Only cases of a BUC of this sector", implementation = SedSector.class)
                   @Nullable String sector,
                   @Schema(description = "Only persons living in this French département", example = "75") @Nullable String region,
                   @Schema(description = "Only persons of this scheme", example = "GENERAL") @Nullable String scheme,
                   @Schema(description = "The French institution (IR id) the case goes to", example = "FR:CPAM75",
                           requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String institution,
                   @Schema(description = "Why the rule exists (never personal data)", example = "Soins de santé à Paris")
                   @Nullable String note) {

        /** The same rule as the page's form has it, for the one set of checks. */
        RoutingRuleInput input() {
            return new RoutingRuleInput(priority == null ? null : String.valueOf(priority), bucType, sector, region,
                    scheme, institution, note);
        }
    }

    /** A stored rule with its id. */
    @Schema(name = "RoutingRule")
    record Stored(long id, int priority, @Nullable String bucType, @Nullable SedSector sector, @Nullable String region,
                  @Nullable String scheme, String institution, @Nullable String note) {

        static Stored of(RoutingRule rule) {
            return new Stored(rule.id(), rule.priority(), rule.bucType(),
                    rule.sector() == null ? null : SedSector.valueOf(rule.sector()), rule.region(), rule.scheme(),
                    rule.institution(), rule.note());
        }
    }
}
