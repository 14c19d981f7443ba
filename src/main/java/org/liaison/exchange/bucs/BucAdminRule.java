package org.liaison.exchange.bucs;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An administrative action a BUC allows throughout (eessi.md §1, the X SEDs: "XADMINS are open throughout" [CAT]).
 *
 * @param action         the action
 * @param sed            the X SED it sends; null for a local action (closing locally)
 * @param by             the sides that may take it
 * @param whenClosed     true when the action is for a closed case (reopening), false when the case must be open
 * @param targetTypes    for actions answering an administrative SED: the SED types answered (X002, X009, X012)
 * @param onlyWhenOverdue for a reminder: only once the reply deadline of the reminded SED has passed
 */
public record BucAdminRule(BucActionKind action, @Nullable String sed, Set<CaseRole> by, boolean whenClosed,
                           List<String> targetTypes, boolean onlyWhenOverdue) {

    public BucAdminRule {
        by = Set.copyOf(by);
        targetTypes = List.copyOf(targetTypes);
    }

    /** The rule as the verdicts quote it, e.g. {@code CLOSE_GLOBALLY (X001): CASE_OWNER}. */
    public String describe() {
        String sides = by.stream().map(Enum::name).sorted().reduce((a, b) -> a + "|" + b).orElse("");
        return action + (sed == null ? "" : " (" + sed + ")") + ": " + sides
                + (targetTypes.isEmpty() ? "" : ", in reply to " + String.join("|", targetTypes))
                + (onlyWhenOverdue ? ", once overdue" : "");
    }
}
