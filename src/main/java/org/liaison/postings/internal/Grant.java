package org.liaison.postings.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.Activity;
import org.liaison.coordination.DecisionView;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/**
 * What a certificate certifies for part of a posting: the sending state's legislation under a provision and an
 * instrument. Taken from the engine's decision, or, when an officer approves what the engine could not decide, from
 * the posting itself and the provision the engine was assessing.
 */
record Grant(DatePeriod period, PartnerCode competentState, String provisionCode, String instrumentId) {

    /** The periods of the decision during which the sending state's legislation applies. */
    static List<Grant> fromDecision(DecisionView decision, PartnerCode sendingState) {
        return decision.legislation().stream()
                .filter(l -> l.state().equals(sendingState.value()))
                .map(l -> new Grant(DatePeriod.of(LocalDate.parse(l.start()), LocalDate.parse(l.end())), sendingState,
                        l.provision(), l.instrument()))
                .toList();
    }

    /** The provision an officer's approval rests on: the one whose requirements were left to the officer. */
    static String assessedProvision(@Nullable DecisionView decision, String fallback) {
        if (decision == null) {
            return fallback;
        }
        return decision.checks().stream()
                .filter(c -> !"MET".equals(c.result()) && !"NOT_MET".equals(c.result()))
                .map(DecisionView.Check::provision).filter(Objects::nonNull).findFirst()
                .or(() -> decision.checks().stream().map(DecisionView.Check::provision).findFirst())
                .orElse(fallback);
    }

    static PartnerCode partnerOf(Activity posting) {
        return Objects.requireNonNull(posting.postedFrom()).value().equals("FR") ? posting.state() : posting.postedFrom();
    }
}
