package org.liaison.exchange.bucs;

import java.time.LocalDate;
import java.util.List;

/**
 * An SED that waits for an answer: which SED, who owes the reply, which SED types answer it and by when. The number
 * of days is configuration of the BUC definition, not law: eessi.md §2 found no regulatory reply deadline (GAP).
 *
 * @param configured true when the BUC definition sets a delay for this SED type, false when the version's default applies
 */
public record BucDeadline(String sedId, String sedType, CaseRole awaitedFrom, List<String> replyTypes, LocalDate dueBy,
                          int days, boolean configured) {

    public BucDeadline {
        replyTypes = List.copyOf(replyTypes);
    }

    /** Whether the reply is late on that day (the due day itself is still in time). */
    public boolean missedOn(LocalDate day) {
        return day.isAfter(dueBy);
    }
}
