package org.liaison.exchange.internal.bucs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liaison.exchange.bucs.BucAction;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucAdminRule;
import org.liaison.exchange.bucs.BucCaseState;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucDeadline;
import org.liaison.exchange.bucs.BucDefinition;
import org.liaison.exchange.bucs.BucDefinitions;
import org.liaison.exchange.bucs.BucEngine;
import org.liaison.exchange.bucs.BucLifecycle;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.bucs.BucRefusal;
import org.liaison.exchange.bucs.BucSed;
import org.liaison.exchange.bucs.BucSedRule;
import org.liaison.exchange.bucs.BucVerdict;
import org.liaison.exchange.bucs.CaseRole;

/**
 * The BUC engine: every answer derives from the definition of the case's BUC and version, none from code per BUC.
 * Plain Java; the dates come with the snapshot and the action.
 */
public final class RuleBasedBucEngine implements BucEngine {

    private final BucDefinitions definitions;

    public RuleBasedBucEngine(BucDefinitions definitions) {
        this.definitions = definitions;
    }

    @Override
    public BucVerdict check(BucCaseState state, BucAction action) {
        return definitions.find(state.type(), state.version())
                .map(definition -> judge(definition, state, action, false))
                .orElseGet(() -> BucVerdict.refuse(BucRefusal.UNKNOWN_BUC,
                        Explanations.refusal(BucRefusal.UNKNOWN_BUC, state.type(), state.version()),
                        state.type() + " " + state.version()));
    }

    @Override
    public List<BucAction> nextActions(BucCaseState state, CaseRole role, LocalDate on) {
        BucDefinition definition = definitions.find(state.type(), state.version()).orElse(null);
        if (definition == null) {
            return List.of();
        }
        return candidates(definition, state, role, on).stream()
                .filter(action -> judge(definition, state, action, true).allowed())
                .toList();
    }

    @Override
    public List<BucDeadline> deadlines(BucCaseState state) {
        return definitions.find(state.type(), state.version())
                .map(definition -> CaseClock.deadlines(definition, state)).orElse(List.of());
    }

    @Override
    public BucLifecycle lifecycle(BucCaseState state) {
        BucDefinition definition = definitions.find(state.type(), state.version())
                .orElseThrow(() -> new IllegalArgumentException("No BUC " + state.type() + " in version " + state.version()));
        return CaseClock.lifecycle(definition, state);
    }

    private static BucVerdict judge(BucDefinition definition, BucCaseState state, BucAction action, boolean proposal) {
        BucLifecycle lifecycle = CaseClock.lifecycle(definition, state);
        BucCaseStatus status = lifecycle.statusOn(action.on(), state.status());
        Judgement judgement = new Judgement(definition, state, action, status, lifecycle, proposal);
        if (status == BucCaseStatus.ARCHIVED) {
            return judgement.refuse(BucRefusal.CASE_ARCHIVED, "archiving after " + lifecycle.archiveDays() + " days",
                    lifecycle.archiveOn() == null ? "—" : lifecycle.archiveOn());
        }
        return action.kind() == BucActionKind.SEND ? SendJudge.judge(judgement) : AdministrativeJudge.judge(judgement);
    }

    private static List<BucAction> candidates(BucDefinition definition, BucCaseState state, CaseRole role, LocalDate on) {
        List<BucAction> candidates = new ArrayList<>();
        if (state.seds().isEmpty()) {
            definition.starters().forEach(sed -> candidates.add(BucAction.send(sed, role, on)));
        }
        for (BucSedRule rule : definition.seds()) {
            if (!rule.replyRequired()) {
                candidates.add(BucAction.send(rule.sed(), role, on));
            }
            for (BucSed target : state.seds()) {
                if (rule.answers(target.type())) {
                    candidates.add(BucAction.reply(rule.sed(), target.id(), role, on));
                }
            }
        }
        for (BucAdminRule rule : definition.administrative()) {
            switch (rule.action()) {
                case ADD_PARTICIPANT -> candidates.add(new BucAction(rule.action(), role, null, null, null, on));
                case REMOVE_PARTICIPANT -> state.participants().stream().map(BucParticipant::institution)
                        .forEach(p -> candidates.add(BucAction.participant(rule.action(), role, p, on)));
                case INVALIDATE, REMINDER, REJECT, CLARIFY, REOPEN_REPLY, REMINDER_REPLY, CLARIFY_REPLY -> state.seds()
                        .forEach(target -> candidates.add(BucAction.administrative(rule.action(), role, target.id(), on)));
                default -> candidates.add(BucAction.administrative(rule.action(), role, null, on));
            }
        }
        return candidates;
    }
}
