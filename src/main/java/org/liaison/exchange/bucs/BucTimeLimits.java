package org.liaison.exchange.bucs;

import java.util.Map;
import java.util.OptionalInt;

/**
 * The periods of a BUC, in days. Inactivity and archiving come from eessi.md §2 [CLOSE] (NAV's closing rules);
 * the reply delays are configuration of this hub, not law: no regulatory reply deadline was found (eessi.md §2, GAP).
 *
 * @param inactivityDays   an open case without activity for this long is closed as inactive
 * @param archiveDays      a closed case is archived this long after its closing
 * @param autoCloseDays    a case whose closing SED has been exchanged closes by itself this long after it (0: at once)
 * @param defaultReplyDays the reply delay of an SED awaiting an answer when none is configured for its type
 * @param replyDays        the configured reply delay per SED type
 */
public record BucTimeLimits(int inactivityDays, int archiveDays, int autoCloseDays, int defaultReplyDays,
                            Map<String, Integer> replyDays) {

    public BucTimeLimits {
        replyDays = Map.copyOf(replyDays);
    }

    /** The delay configured for that SED type, if one is. */
    public OptionalInt configuredReplyDays(String sedType) {
        Integer days = replyDays.get(sedType);
        return days == null ? OptionalInt.empty() : OptionalInt.of(days);
    }
}
