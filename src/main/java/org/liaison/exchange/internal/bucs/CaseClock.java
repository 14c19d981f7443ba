package org.liaison.exchange.internal.bucs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.liaison.exchange.bucs.BucCaseState;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucDeadline;
import org.liaison.exchange.bucs.BucDefinition;
import org.liaison.exchange.bucs.BucLifecycle;
import org.liaison.exchange.bucs.BucSed;
import org.liaison.exchange.bucs.BucSedRule;

/** The dates of a case: replies awaited and their due dates, closing, inactivity and archiving. */
final class CaseClock {

    private CaseClock() {
    }

    static BucLifecycle lifecycle(BucDefinition definition, BucCaseState state) {
        LocalDate last = state.lastActivity();
        int inactivity = definition.limits().inactivityDays();
        int archive = definition.limits().archiveDays();
        return switch (state.status()) {
            case ARCHIVED -> new BucLifecycle(last, null, null, null, inactivity, archive);
            case CLOSED, CLOSED_LOCALLY -> new BucLifecycle(last, null, null,
                    (state.statusSince() == null ? last : state.statusSince()).plusDays(archive), inactivity, archive);
            case OPEN -> {
                LocalDate inactiveOn = last.plusDays(inactivity);
                LocalDate autoClose = closingSed(definition, state)
                        .map(sed -> sed.date().plusDays(definition.limits().autoCloseDays())).orElse(null);
                LocalDate closes = autoClose != null && autoClose.isBefore(inactiveOn) ? autoClose : inactiveOn;
                yield new BucLifecycle(last, autoClose, inactiveOn, closes.plusDays(archive), inactivity, archive);
            }
        };
    }

    /** The SEDs of an open case that wait for an answer from the other side. */
    static List<BucDeadline> deadlines(BucDefinition definition, BucCaseState state) {
        if (state.status() != BucCaseStatus.OPEN) {
            return List.of();
        }
        List<BucDeadline> deadlines = new ArrayList<>();
        for (BucSed sed : state.seds()) {
            List<String> replies = definition.replyTypes(sed.type());
            if (!sed.isValid() || replies.isEmpty() || answered(state, sed, replies)) {
                continue;
            }
            OptionalInt configured = definition.limits().configuredReplyDays(sed.type());
            int days = configured.orElse(definition.limits().defaultReplyDays());
            deadlines.add(new BucDeadline(sed.id(), sed.type(), sed.sender().other(), replies, sed.date().plusDays(days),
                    days, configured.isPresent()));
        }
        return deadlines;
    }

    private static boolean answered(BucCaseState state, BucSed sed, List<String> replies) {
        return state.seds().stream().anyMatch(s -> s.isValid() && sed.id().equals(s.inReplyTo()) && replies.contains(s.type()));
    }

    private static java.util.Optional<BucSed> closingSed(BucDefinition definition, BucCaseState state) {
        return state.seds().stream()
                .filter(s -> s.isValid() && definition.rule(s.type()).map(BucSedRule::closes).orElse(false))
                .max(java.util.Comparator.comparing(BucSed::date));
    }
}
