package org.liaison.exchange.internal.bucs;

import static org.liaison.exchange.bucs.CaseRole.CASE_OWNER;
import static org.liaison.exchange.bucs.CaseRole.COUNTERPARTY;

import java.time.LocalDate;
import java.util.List;
import org.liaison.exchange.bucs.BucAction;
import org.liaison.exchange.bucs.BucCaseState;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucEngine;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.bucs.BucSed;
import org.liaison.exchange.bucs.BucSedState;
import org.liaison.exchange.bucs.BucType;
import org.liaison.exchange.bucs.BucVerdict;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.exchange.internal.bucs.data.BucDefinitionLoader;

/**
 * Test fixtures: the real definitions of the class path, and a case that plays a flow step by step, applying each
 * allowed action to its snapshot the way the cases module will.
 */
final class Cases {

    static final DefinitionCatalogue DEFINITIONS =
            new DefinitionCatalogue(new BucDefinitionLoader(Cases.class.getClassLoader()).load());
    static final BucEngine ENGINE = new RuleBasedBucEngine(DEFINITIONS);

    static final String FRENCH_OWNER = "FR:CLEISS01";
    static final String GERMAN_COUNTERPARTY = "DE:DRV0001";

    private BucCaseState state;
    private int sequence;

    private Cases(BucCaseState state) {
        this.state = state;
    }

    /** A new case of that BUC in version 4.3, opened on that day between a French owner and a German counterparty. */
    static Cases open(String buc, LocalDate on) {
        return open(buc, "4.3", on);
    }

    static Cases open(String buc, String version, LocalDate on) {
        return new Cases(BucCaseState.opened(BucType.of(buc), version, on, List.of(
                new BucParticipant(FRENCH_OWNER, CASE_OWNER), new BucParticipant(GERMAN_COUNTERPARTY, COUNTERPARTY))));
    }

    BucCaseState state() {
        return state;
    }

    BucVerdict check(BucAction action) {
        return ENGINE.check(state, action);
    }

    /** Sends the SED (in reply to the SED with that id, if any) and returns its id; fails if the engine refuses. */
    String send(String sed, CaseRole by, String inReplyTo, LocalDate on) {
        BucAction action = inReplyTo == null ? BucAction.send(sed, by, on) : BucAction.reply(sed, inReplyTo, by, on);
        return apply(action);
    }

    String send(String sed, CaseRole by, LocalDate on) {
        return send(sed, by, null, on);
    }

    /** Takes an allowed action: adds the SED it sends and the status it leads to; returns the new SED's id. */
    String apply(BucAction action) {
        BucVerdict verdict = check(action);
        if (!verdict.allowed()) {
            throw new AssertionError(action + " refused: " + verdict.reason() + " " + verdict.explanation().en());
        }
        String id = null;
        if (verdict.sed() != null) {
            id = "sed-" + (++sequence);
            state = state.with(new BucSed(id, verdict.sed(), action.by(), action.target(),
                    action.by() == CASE_OWNER ? BucSedState.SENT : BucSedState.RECEIVED, action.on()));
        }
        if (action.kind() == org.liaison.exchange.bucs.BucActionKind.INVALIDATE) {
            invalidate(action.target());
        }
        if (verdict.resultingStatus() != state.status()) {
            state = state.withStatus(verdict.resultingStatus(), action.on());
        }
        return id;
    }

    private void invalidate(String id) {
        List<BucSed> seds = state.seds().stream().map(s -> s.id().equals(id)
                ? new BucSed(s.id(), s.type(), s.sender(), s.inReplyTo(), BucSedState.INVALIDATED, s.date()) : s).toList();
        state = new BucCaseState(state.type(), state.version(), state.status(), state.createdOn(), state.statusSince(),
                state.participants(), seds);
    }

    void status(BucCaseStatus status, LocalDate since) {
        state = state.withStatus(status, since);
    }
}
