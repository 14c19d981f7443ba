package org.liaison.exchange.bucs;

import java.util.List;
import java.util.Optional;
import org.liaison.shared.LocalizedText;

/**
 * One BUC of one data-model version, as data: who starts it with which SED (always the case owner), the business
 * SEDs each side may send and what they answer, the administrative actions allowed throughout, and its periods.
 *
 * @param legalBasis the provisions the BUC serves, e.g. {@code Reg. 883/2004 art. 16; Reg. 987/2009 art. 18}
 * @param source     where the flow comes from (the keys of eessi.md's sources)
 */
public record BucDefinition(BucType type, String version, LocalizedText title, String legalBasis, String source,
                            List<String> starters, List<BucSedRule> seds, List<BucAdminRule> administrative,
                            BucTimeLimits limits) {

    public BucDefinition {
        starters = List.copyOf(starters);
        seds = List.copyOf(seds);
        administrative = List.copyOf(administrative);
    }

    public String sector() {
        return type.sector();
    }

    public Optional<BucSedRule> rule(String sed) {
        return seds.stream().filter(r -> r.sed().equals(sed)).findFirst();
    }

    public Optional<BucAdminRule> administrative(BucActionKind action) {
        return administrative.stream().filter(r -> r.action() == action).findFirst();
    }

    /** The SED types that close the case. */
    public List<String> closingSeds() {
        return seds.stream().filter(BucSedRule::closes).map(BucSedRule::sed).toList();
    }

    /** The business SED types that answer an SED of that type. */
    public List<String> repliesTo(String sedType) {
        return seds.stream().filter(r -> r.answers(sedType)).map(BucSedRule::sed).toList();
    }

    /** The business and administrative SED types that answer an SED of that type (empty: it awaits no reply). */
    public List<String> replyTypes(String sedType) {
        java.util.LinkedHashSet<String> replies = new java.util.LinkedHashSet<>(repliesTo(sedType));
        administrative.stream().filter(r -> r.sed() != null && r.targetTypes().contains(sedType))
                .forEach(r -> replies.add(r.sed()));
        return List.copyOf(replies);
    }

    /** Every SED type the definition names: starters, business SEDs and administrative SEDs. */
    public List<String> sedTypes() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(starters);
        seds.forEach(r -> all.add(r.sed()));
        administrative.stream().map(BucAdminRule::sed).filter(java.util.Objects::nonNull).forEach(all::add);
        return List.copyOf(all);
    }
}
