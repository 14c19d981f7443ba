package org.liaison.exchange.internal.bucs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.exchange.bucs.CaseRole.CASE_OWNER;
import static org.liaison.exchange.bucs.CaseRole.COUNTERPARTY;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.bucs.BucAction;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucCaseState;
import org.liaison.exchange.bucs.BucRefusal;
import org.liaison.exchange.bucs.BucType;
import org.liaison.exchange.bucs.BucVerdict;

/** Every refusal names its reason, explains it in both languages and quotes the rule of the definition it applies. */
class BucRefusalsTests {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void aBucStartsOnlyWithItsStarterSed() {
        BucVerdict verdict = Cases.open("LA_BUC_01", DAY).check(BucAction.send("A003", CASE_OWNER, DAY));

        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.reason()).isEqualTo(BucRefusal.NOT_A_STARTER);
        assertThat(verdict.explanation().en()).isEqualTo("LA_BUC_01 starts with: A001; A003 cannot open it.");
        assertThat(verdict.explanation().fr()).isEqualTo("Le LA_BUC_01 démarre par : A001 ; le A003 ne peut pas l’ouvrir.");
        assertThat(verdict.rule()).isEqualTo("LA_BUC_01 4.3 · starters A001: CASE_OWNER");
        assertThat(verdict.sed()).isNull();
        assertThat(verdict.resultingStatus()).isNull();
    }

    @Test
    void onlyTheCaseOwnerStarts() {
        BucVerdict verdict = Cases.open("LA_BUC_04", DAY).check(BucAction.send("A009", COUNTERPARTY, DAY));

        assertThat(verdict.reason()).isEqualTo(BucRefusal.ONLY_OWNER_STARTS);
        assertThat(verdict.explanation().en()).isEqualTo("Only the case owner can start LA_BUC_04.");
    }

    @Test
    void anA011CanOnlyAnswerAnA001() {
        Cases exception = Cases.open("LA_BUC_01", DAY);
        exception.send("A001", CASE_OWNER, DAY);
        String question = exception.send("A005", CASE_OWNER, DAY.plusDays(1));

        BucVerdict verdict = exception.check(BucAction.reply("A011", question, COUNTERPARTY, DAY.plusDays(2)));

        assertThat(verdict.reason()).isEqualTo(BucRefusal.WRONG_REPLY_TARGET);
        assertThat(verdict.explanation().en()).isEqualTo("A011 can only answer: A001 (not A005).");
        assertThat(verdict.rule()).isEqualTo("LA_BUC_01 4.3 · A011: COUNTERPARTY, in reply to A001");
    }

    @Test
    void aReplyMustSayWhatItAnswers() {
        Cases exception = Cases.open("LA_BUC_01", DAY);
        exception.send("A001", CASE_OWNER, DAY);

        assertThat(exception.check(BucAction.send("A011", COUNTERPARTY, DAY)).reason()).isEqualTo(BucRefusal.REPLY_REQUIRED);
        assertThat(exception.check(BucAction.reply("A011", "nope", COUNTERPARTY, DAY)).reason())
                .isEqualTo(BucRefusal.UNKNOWN_TARGET);
        assertThat(exception.check(BucAction.reply("A005", "sed-1", COUNTERPARTY, DAY)).reason())
                .as("A005 answers nothing").isEqualTo(BucRefusal.NOT_A_REPLY);
    }

    @Test
    void theCaseOwnerCannotAnswerItsOwnRequestNorSendTheCounterpartysSeds() {
        Cases exception = Cases.open("LA_BUC_01", DAY);
        String request = exception.send("A001", CASE_OWNER, DAY);

        BucVerdict verdict = exception.check(BucAction.reply("A011", request, CASE_OWNER, DAY));

        assertThat(verdict.reason()).isEqualTo(BucRefusal.WRONG_SIDE);
        assertThat(verdict.explanation().en()).contains("the case owner cannot take it, only the counterparty can");
        Cases periods = Cases.open("P_BUC_01", DAY);
        String claim = periods.send("P2000", CASE_OWNER, DAY);
        String mine = periods.send("P8000", CASE_OWNER, DAY);
        assertThat(periods.check(BucAction.reply("P9000", mine, CASE_OWNER, DAY)).reason())
                .isEqualTo(BucRefusal.REPLY_TO_OWN_SED);
        assertThat(periods.check(BucAction.reply("P5000", claim, COUNTERPARTY, DAY)).allowed()).isTrue();
    }

    @Test
    void anSedOutsideTheBucOrAnAdministrativeSedSentAsBusinessIsRefused() {
        Cases exception = Cases.open("LA_BUC_01", DAY);
        exception.send("A001", CASE_OWNER, DAY);

        assertThat(exception.check(BucAction.send("P2000", CASE_OWNER, DAY)).reason()).isEqualTo(BucRefusal.SED_NOT_IN_BUC);
        BucVerdict admin = exception.check(BucAction.send("X001", CASE_OWNER, DAY));
        assertThat(admin.reason()).isEqualTo(BucRefusal.ADMINISTRATIVE_SED);
        assertThat(admin.explanation().en()).isEqualTo("X001 is an administrative SED: use the action “close for every participant”.");
    }

    @Test
    void anInvalidatedSedCanNeitherBeAnsweredNorInvalidatedAgain() {
        Cases exception = Cases.open("LA_BUC_01", DAY);
        String request = exception.send("A001", CASE_OWNER, DAY);
        String invalidation = exception.apply(BucAction.administrative(BucActionKind.INVALIDATE, CASE_OWNER, request, DAY.plusDays(1)));

        assertThat(exception.state().sed(invalidation).orElseThrow().type()).isEqualTo("X008");
        BucVerdict reply = exception.check(BucAction.reply("A011", request, COUNTERPARTY, DAY.plusDays(2)));
        assertThat(reply.reason()).isEqualTo(BucRefusal.TARGET_INVALIDATED);
        assertThat(reply.explanation().en()).isEqualTo("A001 (sed-1) has been invalidated: it can no longer be answered or acted on.");
        assertThat(exception.check(BucAction.administrative(BucActionKind.INVALIDATE, CASE_OWNER, request, DAY.plusDays(2))).reason())
                .isEqualTo(BucRefusal.ALREADY_INVALIDATED);
        assertThat(Cases.ENGINE.deadlines(exception.state())).as("nothing awaited from an invalidated SED").isEmpty();
    }

    @Test
    void oneInvalidatesOnlyOnesOwnSedsAndRejectsOnlyTheOtherSides() {
        Cases exception = Cases.open("LA_BUC_01", DAY);
        String request = exception.send("A001", CASE_OWNER, DAY);

        assertThat(exception.check(BucAction.administrative(BucActionKind.INVALIDATE, COUNTERPARTY, request, DAY)).reason())
                .isEqualTo(BucRefusal.NOT_OWN_SED);
        assertThat(exception.check(BucAction.administrative(BucActionKind.REJECT, CASE_OWNER, request, DAY)).reason())
                .isEqualTo(BucRefusal.NOT_OTHER_SIDE_SED);
        assertThat(exception.check(BucAction.administrative(BucActionKind.REJECT, COUNTERPARTY, request, DAY)).sed()).isEqualTo("X011");
        assertThat(exception.check(BucAction.administrative(BucActionKind.CLARIFY, COUNTERPARTY, null, DAY)).reason())
                .isEqualTo(BucRefusal.TARGET_REQUIRED);
    }

    @Test
    void aClosedCaseRefusesBusinessSedsUntilReopenedAndOnlyTheOwnerClosesOrReopensGlobally() {
        Cases exception = Cases.open("LA_BUC_01", DAY);
        exception.send("A001", CASE_OWNER, DAY);

        assertThat(exception.check(BucAction.administrative(BucActionKind.CLOSE_GLOBALLY, COUNTERPARTY, null, DAY)).reason())
                .isEqualTo(BucRefusal.WRONG_SIDE);
        assertThat(exception.check(BucAction.administrative(BucActionKind.REOPEN, CASE_OWNER, null, DAY)).reason())
                .isEqualTo(BucRefusal.CASE_NOT_CLOSED);
        exception.apply(BucAction.administrative(BucActionKind.CLOSE_GLOBALLY, CASE_OWNER, null, DAY));
        assertThat(exception.check(BucAction.send("A005", CASE_OWNER, DAY)).reason()).isEqualTo(BucRefusal.CASE_CLOSED);
        assertThat(exception.check(BucAction.administrative(BucActionKind.REOPEN, COUNTERPARTY, null, DAY)).reason())
                .as("the counterparty asks with X002 instead").isEqualTo(BucRefusal.WRONG_SIDE);
    }

    @Test
    void participantsAreAddedAndRemovedByTheCaseOwnerOnly() {
        Cases exception = Cases.open("LA_BUC_01", DAY);
        exception.send("A001", CASE_OWNER, DAY);

        assertThat(exception.check(BucAction.participant(BucActionKind.ADD_PARTICIPANT, CASE_OWNER, "BE:ONSS01", DAY)).sed())
                .isEqualTo("X005");
        assertThat(exception.check(BucAction.participant(BucActionKind.ADD_PARTICIPANT, CASE_OWNER, Cases.GERMAN_COUNTERPARTY, DAY))
                .reason()).isEqualTo(BucRefusal.ALREADY_PARTICIPANT);
        assertThat(exception.check(BucAction.participant(BucActionKind.ADD_PARTICIPANT, COUNTERPARTY, "BE:ONSS01", DAY)).reason())
                .isEqualTo(BucRefusal.WRONG_SIDE);
        assertThat(exception.check(BucAction.participant(BucActionKind.REMOVE_PARTICIPANT, CASE_OWNER, Cases.FRENCH_OWNER, DAY))
                .reason()).isEqualTo(BucRefusal.CANNOT_REMOVE_OWNER);
        assertThat(exception.check(BucAction.participant(BucActionKind.REMOVE_PARTICIPANT, CASE_OWNER, "BE:ONSS01", DAY)).reason())
                .isEqualTo(BucRefusal.NOT_A_PARTICIPANT);
        assertThat(exception.check(new BucAction(BucActionKind.ADD_PARTICIPANT, CASE_OWNER, null, null, null, DAY)).reason())
                .isEqualTo(BucRefusal.PARTICIPANT_REQUIRED);
    }

    @Test
    void forwardingArchivesTheCaseOnTheForwardingSide() {
        Cases exception = Cases.open("LA_BUC_01", DAY);
        exception.send("A001", CASE_OWNER, DAY);

        BucVerdict forward = exception.check(BucAction.administrative(BucActionKind.FORWARD, COUNTERPARTY, null, DAY));
        exception.apply(BucAction.administrative(BucActionKind.FORWARD, COUNTERPARTY, null, DAY));

        assertThat(forward.sed()).isEqualTo("X007");
        assertThat(exception.check(BucAction.send("A005", COUNTERPARTY, DAY)).reason()).isEqualTo(BucRefusal.CASE_ARCHIVED);
    }

    @Test
    void aBucOrVersionWithoutDefinitionIsRefusedAsUnknown() {
        BucCaseState state = BucCaseState.opened(BucType.of("R_BUC_01"), "4.3", DAY, java.util.List.of());

        BucVerdict verdict = Cases.ENGINE.check(state, BucAction.send("R001", CASE_OWNER, DAY));

        assertThat(verdict.reason()).isEqualTo(BucRefusal.UNKNOWN_BUC);
        assertThat(verdict.explanation().en()).isEqualTo("No definition of R_BUC_01 for version 4.3 of the data model.");
        assertThat(Cases.ENGINE.nextActions(state, CASE_OWNER, DAY)).isEmpty();
    }
}
