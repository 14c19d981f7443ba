package org.liaison.exchange.internal.routing;

import org.jspecify.annotations.Nullable;

/**
 * One routing rule: a case of that BUC (or any BUC of that sector) whose person lives in that region (French
 * département code) or belongs to that scheme goes to that institution. A null criterion matches anything; the
 * rule with the lowest priority number that matches wins. The note says why the rule exists (never personal data).
 */
public record RoutingRule(long id, int priority, @Nullable String bucType, @Nullable String sector,
                          @Nullable String region, @Nullable String scheme, String institution,
                          @Nullable String note) {

    boolean matches(String buc, String bucSector, @Nullable String personRegion, @Nullable String personScheme) {
        return (bucType == null || bucType.equals(buc))
                && (sector == null || sector.equals(bucSector))
                && (region == null || region.equals(personRegion))
                && (scheme == null || scheme.equalsIgnoreCase(personScheme));
    }
}
