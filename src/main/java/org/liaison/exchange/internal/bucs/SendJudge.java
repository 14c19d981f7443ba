package org.liaison.exchange.internal.bucs;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucAction;
import org.liaison.exchange.bucs.BucAdminRule;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucDefinition;
import org.liaison.exchange.bucs.BucRefusal;
import org.liaison.exchange.bucs.BucSed;
import org.liaison.exchange.bucs.BucSedRule;
import org.liaison.exchange.bucs.BucVerdict;
import org.liaison.exchange.bucs.CaseRole;

/** Judges sending a business SED: the starter first, then who may send what in reply to what. */
final class SendJudge {

    private SendJudge() {
    }

    static BucVerdict judge(Judgement j) {
        BucDefinition definition = j.definition();
        BucAction action = j.action();
        String sed = action.sed() == null ? "" : action.sed();
        BucVerdict closed = j.refuseUnlessOpen("status OPEN");
        if (closed != null) {
            return closed;
        }
        if (definition.administrative().stream().anyMatch(r -> sed.equals(r.sed()))) {
            BucAdminRule admin = definition.administrative().stream().filter(r -> sed.equals(r.sed())).findFirst().orElseThrow();
            return j.refuse(BucRefusal.ADMINISTRATIVE_SED, admin.describe(), sed, Explanations.action(admin.action()));
        }
        if (!j.started()) {
            return start(j, sed);
        }
        BucSedRule rule = definition.rule(sed).orElse(null);
        if (rule == null) {
            return definition.starters().contains(sed)
                    ? j.refuse(BucRefusal.ALREADY_STARTED, "starters " + String.join("|", definition.starters()), sed)
                    : j.refuse(BucRefusal.SED_NOT_IN_BUC, "seds", sed, definition.type());
        }
        if (!rule.by().contains(action.by())) {
            return j.refuse(BucRefusal.WRONG_SIDE, rule.describe(), sed, Explanations.role(action.by()),
                    Explanations.role(action.by().other()));
        }
        if (action.target() == null) {
            return rule.replyRequired()
                    ? j.refuse(BucRefusal.REPLY_REQUIRED, rule.describe(), sed, String.join(", ", rule.replyTo()))
                    : allowed(j, rule, null);
        }
        if (rule.replyTo().isEmpty()) {
            return j.refuse(BucRefusal.NOT_A_REPLY, rule.describe(), sed);
        }
        BucSed target = j.target().orElse(null);
        if (target == null) {
            return j.refuse(BucRefusal.UNKNOWN_TARGET, rule.describe(), action.target());
        }
        if (!rule.answers(target.type())) {
            return j.refuse(BucRefusal.WRONG_REPLY_TARGET, rule.describe(), sed, String.join(", ", rule.replyTo()),
                    target.type());
        }
        if (target.sender() == action.by()) {
            return j.refuse(BucRefusal.REPLY_TO_OWN_SED, rule.describe(), sed, target.type());
        }
        if (!target.isValid()) {
            return j.refuse(BucRefusal.TARGET_INVALIDATED, rule.describe(), target.type(), target.id());
        }
        if (rule.once() && alreadyAnswered(j, target)) {
            return j.refuse(BucRefusal.ALREADY_ANSWERED, rule.describe(), target.type(), target.id());
        }
        return allowed(j, rule, target);
    }

    private static BucVerdict start(Judgement j, String sed) {
        BucDefinition definition = j.definition();
        String rule = "starters " + String.join("|", definition.starters()) + ": CASE_OWNER";
        if (!definition.starters().contains(sed)) {
            return j.refuse(BucRefusal.NOT_A_STARTER, rule, definition.type(), String.join(", ", definition.starters()), sed);
        }
        if (j.action().by() != CaseRole.CASE_OWNER) {
            return j.refuse(BucRefusal.ONLY_OWNER_STARTS, rule, definition.type());
        }
        if (j.action().target() != null) {
            return j.refuse(BucRefusal.NOT_A_REPLY, rule, sed);
        }
        return j.allow(Explanations.allowed("start", definition.type(), sed), rule, sed, BucCaseStatus.OPEN);
    }

    private static boolean alreadyAnswered(Judgement j, BucSed target) {
        return j.anyValidSed(s -> target.id().equals(s.inReplyTo())
                && j.definition().rule(s.type()).map(r -> r.once() && r.answers(target.type())).orElse(false));
    }

    private static BucVerdict allowed(Judgement j, BucSedRule rule, @Nullable BucSed target) {
        boolean closesNow = rule.closes() && j.definition().limits().autoCloseDays() == 0;
        BucCaseStatus resulting = closesNow ? BucCaseStatus.CLOSED : BucCaseStatus.OPEN;
        return target == null
                ? j.allow(Explanations.allowed("send", rule.sed(), Explanations.role(j.action().by())), rule.describe(), rule.sed(), resulting)
                : j.allow(Explanations.allowed("reply", rule.sed(), target.type(), target.id()), rule.describe(), rule.sed(),
                        resulting);
    }
}
