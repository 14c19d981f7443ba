package org.liaison.exchange.internal.bucs;

import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucAction;
import org.liaison.exchange.bucs.BucCaseState;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucDefinition;
import org.liaison.exchange.bucs.BucLifecycle;
import org.liaison.exchange.bucs.BucRefusal;
import org.liaison.exchange.bucs.BucSed;
import org.liaison.exchange.bucs.BucVerdict;
import org.liaison.shared.LocalizedText;

/**
 * One action being judged against one case: the definition, the snapshot, the status on the action's day.
 *
 * @param proposal true when the engine lists possible actions: a participant not yet named is not a fault then
 */
record Judgement(BucDefinition definition, BucCaseState state, BucAction action, BucCaseStatus status,
                 BucLifecycle lifecycle, boolean proposal) {

    boolean started() {
        return !state.seds().isEmpty();
    }

    Optional<BucSed> target() {
        return action.target() == null ? Optional.empty() : state.sed(action.target());
    }

    boolean anyValidSed(Predicate<BucSed> test) {
        return state.seds().stream().filter(BucSed::isValid).anyMatch(test);
    }

    /** The rule reference quoted by a verdict: BUC, version and the definition's rule. */
    String rule(String rule) {
        return definition.type() + " " + definition.version() + " · " + rule;
    }

    BucVerdict refuse(BucRefusal reason, String rule, Object... args) {
        return BucVerdict.refuse(reason, Explanations.refusal(reason, args), rule(rule));
    }

    BucVerdict allow(LocalizedText explanation, String rule, @Nullable String sed, BucCaseStatus resulting) {
        return BucVerdict.allow(explanation, rule(rule), sed, resulting);
    }

    /** Refused because the case is not open on the action's day; null when it is. */
    @Nullable BucVerdict refuseUnlessOpen(String rule) {
        if (status == BucCaseStatus.OPEN) {
            return null;
        }
        java.time.LocalDate inactive = lifecycle.inactiveOn();
        if (state.status() == BucCaseStatus.OPEN && inactive != null && !action.on().isBefore(inactive)) {
            return refuse(BucRefusal.CASE_INACTIVE, rule, inactive);
        }
        return refuse(BucRefusal.CASE_CLOSED, rule);
    }
}
