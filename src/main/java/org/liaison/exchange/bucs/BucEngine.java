package org.liaison.exchange.bucs;

import java.time.LocalDate;
import java.util.List;

/**
 * Enforces the BUC definitions on cases: whether an action is allowed now (or why not), what a side may do next,
 * the replies awaited with their due dates, and the case's inactivity and archiving dates. Everything comes from the
 * definition of the case's BUC and version; the engine reads no clock.
 */
public interface BucEngine {

    /** Allowed, or refused with the reason, an explanation and the rule broken. */
    BucVerdict check(BucCaseState state, BucAction action);

    /**
     * Every action the side may take on that day, each with its SED and the SED it answers or acts on. Adding a
     * participant is proposed without naming one.
     */
    List<BucAction> nextActions(BucCaseState state, CaseRole role, LocalDate on);

    /** The SEDs still waiting for an answer, with who owes it and by when. */
    List<BucDeadline> deadlines(BucCaseState state);

    /** The closing, inactivity and archiving dates of the case. */
    BucLifecycle lifecycle(BucCaseState state);
}
