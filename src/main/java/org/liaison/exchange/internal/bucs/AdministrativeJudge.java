package org.liaison.exchange.internal.bucs;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucAction;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucAdminRule;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucDeadline;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.bucs.BucRefusal;
import org.liaison.exchange.bucs.BucSed;
import org.liaison.exchange.bucs.BucVerdict;
import org.liaison.exchange.bucs.CaseRole;

/**
 * Judges the administrative actions. Which X SED each sends, who may take it and whether a reminder waits for the
 * deadline come from the definition; what the action does to the case (close, reopen, archive, invalidate) is the
 * same in every BUC.
 */
final class AdministrativeJudge {

    private AdministrativeJudge() {
    }

    static BucVerdict judge(Judgement j) {
        BucAction action = j.action();
        BucAdminRule rule = j.definition().administrative(action.kind()).orElse(null);
        if (rule == null) {
            return j.refuse(BucRefusal.ACTION_NOT_IN_BUC, "administrative", Explanations.action(action.kind()));
        }
        String described = rule.describe();
        if (!j.started() && action.kind() != BucActionKind.CLOSE_LOCALLY) {
            return j.refuse(BucRefusal.NOT_STARTED, described, j.definition().type());
        }
        boolean localReopen = action.kind() == BucActionKind.REOPEN && j.status() == BucCaseStatus.CLOSED_LOCALLY;
        if (!localReopen && !rule.by().contains(action.by())) {
            return j.refuse(BucRefusal.WRONG_SIDE, described, Explanations.action(action.kind()),
                    Explanations.role(action.by()), Explanations.role(action.by().other()));
        }
        if (rule.whenClosed()) {
            if (!j.status().isClosed()) {
                return j.refuse(BucRefusal.CASE_NOT_CLOSED, described, Explanations.action(action.kind()));
            }
        } else {
            BucVerdict closed = j.refuseUnlessOpen(described);
            if (closed != null) {
                return closed;
            }
        }
        BucVerdict refused = checkSpecifics(j, rule);
        if (refused != null) {
            return refused;
        }
        String sed = localReopen ? null : rule.sed();
        return j.allow(Explanations.allowed(action.kind().name(), sed == null ? "—" : sed), described, sed, resulting(j));
    }

    private static @Nullable BucVerdict checkSpecifics(Judgement j, BucAdminRule rule) {
        BucAction action = j.action();
        String described = rule.describe();
        return switch (action.kind()) {
            case ADD_PARTICIPANT -> {
                if (action.participant() == null) {
                    yield j.proposal() ? null : j.refuse(BucRefusal.PARTICIPANT_REQUIRED, described);
                }
                yield participant(j) != null ? j.refuse(BucRefusal.ALREADY_PARTICIPANT, described, action.participant()) : null;
            }
            case REMOVE_PARTICIPANT -> {
                if (action.participant() == null) {
                    yield j.refuse(BucRefusal.PARTICIPANT_REQUIRED, described);
                }
                BucParticipant participant = participant(j);
                if (participant == null) {
                    yield j.refuse(BucRefusal.NOT_A_PARTICIPANT, described, action.participant());
                }
                yield participant.role() == CaseRole.CASE_OWNER ? j.refuse(BucRefusal.CANNOT_REMOVE_OWNER, described) : null;
            }
            case INVALIDATE -> ownSed(j, described);
            case REMINDER -> reminder(j, rule);
            case REJECT, CLARIFY -> otherSideSed(j, described);
            case REOPEN_REPLY, REMINDER_REPLY, CLARIFY_REPLY -> {
                BucVerdict refused = otherSideSed(j, described);
                if (refused != null) {
                    yield refused;
                }
                BucSed target = j.target().orElseThrow();
                yield rule.targetTypes().contains(target.type()) ? null : j.refuse(BucRefusal.WRONG_REPLY_TARGET, described,
                        rule.sed(), String.join(", ", rule.targetTypes()), target.type());
            }
            default -> null;
        };
    }

    private static @Nullable BucVerdict reminder(Judgement j, BucAdminRule rule) {
        String described = rule.describe();
        BucVerdict refused = ownSed(j, described);
        if (refused != null) {
            return refused;
        }
        BucSed target = j.target().orElseThrow();
        BucDeadline deadline = CaseClock.deadlines(j.definition(), j.state()).stream()
                .filter(d -> d.sedId().equals(target.id())).findFirst().orElse(null);
        if (deadline == null) {
            return j.refuse(BucRefusal.NOT_AWAITING_REPLY, described, target.type(), target.id());
        }
        if (rule.onlyWhenOverdue() && !deadline.missedOn(j.action().on())) {
            return j.refuse(BucRefusal.NOT_OVERDUE, described, target.type(), deadline.dueBy());
        }
        return null;
    }

    private static @Nullable BucVerdict ownSed(Judgement j, String described) {
        BucSed target = targetOrNull(j);
        if (target == null) {
            return missingTarget(j, described);
        }
        if (target.sender() != j.action().by()) {
            return j.refuse(BucRefusal.NOT_OWN_SED, described, target.type(), Explanations.action(j.action().kind()));
        }
        return target.isValid() ? null : j.refuse(BucRefusal.ALREADY_INVALIDATED, described, target.type(), target.id());
    }

    private static @Nullable BucVerdict otherSideSed(Judgement j, String described) {
        BucSed target = targetOrNull(j);
        if (target == null) {
            return missingTarget(j, described);
        }
        if (target.sender() == j.action().by()) {
            return j.refuse(BucRefusal.NOT_OTHER_SIDE_SED, described, target.type(), Explanations.action(j.action().kind()));
        }
        return target.isValid() ? null : j.refuse(BucRefusal.TARGET_INVALIDATED, described, target.type(), target.id());
    }

    private static @Nullable BucSed targetOrNull(Judgement j) {
        return j.target().orElse(null);
    }

    private static BucVerdict missingTarget(Judgement j, String described) {
        return j.action().target() == null
                ? j.refuse(BucRefusal.TARGET_REQUIRED, described, Explanations.action(j.action().kind()))
                : j.refuse(BucRefusal.UNKNOWN_TARGET, described, j.action().target());
    }

    private static @Nullable BucParticipant participant(Judgement j) {
        return j.state().participants().stream()
                .filter(p -> p.institution().equals(j.action().participant())).findFirst().orElse(null);
    }

    private static BucCaseStatus resulting(Judgement j) {
        return switch (j.action().kind()) {
            case CLOSE_LOCALLY -> BucCaseStatus.CLOSED_LOCALLY;
            case CLOSE_GLOBALLY -> BucCaseStatus.CLOSED;
            case REOPEN -> BucCaseStatus.OPEN;
            case FORWARD -> BucCaseStatus.ARCHIVED;
            default -> j.status();
        };
    }
}
