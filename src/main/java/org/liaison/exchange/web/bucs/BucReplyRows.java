package org.liaison.exchange.web.bucs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.liaison.exchange.bucs.BucAdminRule;
import org.liaison.exchange.bucs.BucDefinition;
import org.liaison.exchange.bucs.BucSedRule;

/** The SEDs of a BUC that wait for an answer, with the reply delay that applies to each (for the BUC page). */
final class BucReplyRows {

    /** One SED type awaiting a reply: the answering types, the delay in days, and whether it is set for this type. */
    record Row(String sed, List<String> replies, int days, boolean configured) {
    }

    private BucReplyRows() {
    }

    static List<Row> of(BucDefinition definition) {
        Set<String> types = new LinkedHashSet<>(definition.starters());
        definition.seds().stream().map(BucSedRule::sed).forEach(types::add);
        definition.administrative().stream().map(BucAdminRule::sed).filter(java.util.Objects::nonNull).forEach(types::add);
        List<Row> rows = new ArrayList<>();
        for (String type : types) {
            List<String> replies = definition.replyTypes(type);
            if (!replies.isEmpty()) {
                var configured = definition.limits().configuredReplyDays(type);
                rows.add(new Row(type, replies, configured.orElse(definition.limits().defaultReplyDays()), configured.isPresent()));
            }
        }
        return rows;
    }
}
