package org.liaison.exchange.bucs;

import java.util.List;
import java.util.Set;

/**
 * A business SED a BUC allows once it is started: who may send it and what it answers.
 *
 * @param sed           the SED type, e.g. {@code A011}
 * @param by            the sides that may send it
 * @param replyTo       the SED types it answers; empty when it answers nothing
 * @param replyRequired true when it may only be sent in reply to one of {@code replyTo}; false when the reply is optional
 * @param once          true when one SED answers a given SED once (a second A002 or A011 to the same A001 is refused)
 * @param closes        true when this SED ends the case (its closing rule then applies)
 */
public record BucSedRule(String sed, Set<CaseRole> by, List<String> replyTo, boolean replyRequired, boolean once,
                         boolean closes) {

    public BucSedRule {
        by = Set.copyOf(by);
        replyTo = List.copyOf(replyTo);
    }

    public boolean answers(String type) {
        return replyTo.contains(type);
    }

    /** The rule as the verdicts quote it, e.g. {@code A011: COUNTERPARTY, in reply to A001}. */
    public String describe() {
        String sides = by.stream().map(Enum::name).sorted().reduce((a, b) -> a + "|" + b).orElse("");
        String reply = replyTo.isEmpty() ? "" : (replyRequired ? ", in reply to " : ", optionally in reply to ")
                + String.join("|", replyTo);
        return sed + ": " + sides + reply + (closes ? ", closes" : "");
    }
}
