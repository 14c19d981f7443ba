package org.liaison.exchange.internal.bucs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.exchange.bucs.CaseRole.CASE_OWNER;
import static org.liaison.exchange.bucs.CaseRole.COUNTERPARTY;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.bucs.BucAction;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucRefusal;
import org.liaison.exchange.bucs.BucVerdict;

/**
 * The flows the issue names, played at the rule level: each step is judged by the engine and applied to the case.
 * The flows follow eessi.md §1–§2 and the official descriptions cited on each test.
 */
class BucFlowsTests {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    @DisplayName("LA_BUC_04: the French institution notifies a posting with A009; the counterparty has nothing to answer "
            + "(Reg. 987/2009 art. 15(1); DRV on art. 15 under EESSI: https://rvrecht.deutsche-rentenversicherung.de/SharedDocs/rvRecht/02_GRA_EU_SVA/03_Europarecht/02_VO_EG_Nr_987_2009/art_0001_25/gra_euvo_987_2009_a_0015.html)")
    void aPostingIsNotifiedWithAnA009ThatAwaitsNoReply() {
        Cases posting = Cases.open("LA_BUC_04", DAY);

        BucVerdict verdict = posting.check(BucAction.send("A009", CASE_OWNER, DAY));
        posting.apply(BucAction.send("A009", CASE_OWNER, DAY));

        assertThat(verdict.allowed()).isTrue();
        assertThat(verdict.sed()).isEqualTo("A009");
        assertThat(verdict.explanation().fr()).contains("LA_BUC_04", "A009");
        assertThat(Cases.ENGINE.deadlines(posting.state())).isEmpty();
        assertThat(posting.check(BucAction.send("A009", CASE_OWNER, DAY.plusDays(1))).reason())
                .isEqualTo(BucRefusal.ALREADY_STARTED);
        assertThat(posting.check(BucAction.send("A005", COUNTERPARTY, DAY.plusDays(3))).allowed())
                .as("either side may still ask for more information").isTrue();
    }

    @Test
    @DisplayName("LA_BUC_01: an art. 16 request A001 accepted with A011 (Reg. 883/2004 art. 16(1), Reg. 987/2009 art. 18; "
            + "https://sozialversicherungen.admin.ch/de/d/16266/download:en/A002-4-1-en.htm)")
    void anExceptionRequestIsAcceptedWithAnA011() {
        Cases exception = Cases.open("LA_BUC_01", DAY);
        String request = exception.send("A001", CASE_OWNER, DAY);

        assertThat(Cases.ENGINE.deadlines(exception.state())).singleElement().satisfies(deadline -> {
            assertThat(deadline.awaitedFrom()).isEqualTo(COUNTERPARTY);
            assertThat(deadline.replyTypes()).contains("A002", "A011");
            assertThat(deadline.dueBy()).isEqualTo(DAY.plusDays(60));
            assertThat(deadline.configured()).as("the version's default delay, configuration").isFalse();
        });
        BucVerdict acceptance = exception.check(BucAction.reply("A011", request, COUNTERPARTY, DAY.plusDays(20)));
        exception.apply(BucAction.reply("A011", request, COUNTERPARTY, DAY.plusDays(20)));

        assertThat(acceptance.allowed()).isTrue();
        assertThat(acceptance.rule()).isEqualTo("LA_BUC_01 4.3 · A011: COUNTERPARTY, in reply to A001");
        assertThat(Cases.ENGINE.deadlines(exception.state())).isEmpty();
        assertThat(exception.check(BucAction.reply("A002", request, COUNTERPARTY, DAY.plusDays(21))).reason())
                .as("an A001 gets one answer: accepted or refused").isEqualTo(BucRefusal.ALREADY_ANSWERED);
    }

    @Test
    @DisplayName("LA_BUC_01: an art. 16 request A001 refused with A002 (https://sozialversicherungen.admin.ch/de/d/16266/download:en/A002-4-1-en.htm)")
    void anExceptionRequestIsRefusedWithAnA002() {
        Cases exception = Cases.open("LA_BUC_01", DAY);
        String request = exception.send("A001", CASE_OWNER, DAY);

        exception.send("A002", COUNTERPARTY, request, DAY.plusDays(30));

        assertThat(exception.state().seds()).extracting(s -> s.type()).containsExactly("A001", "A002");
        assertThat(exception.check(BucAction.reply("A011", request, COUNTERPARTY, DAY.plusDays(31))).reason())
                .isEqualTo(BucRefusal.ALREADY_ANSWERED);
    }

    @Test
    @DisplayName("LA_BUC_02: A003 determination, A004 disagreement, then A012 confirmation (Reg. 987/2009 art. 16; "
            + "https://sozialversicherungen.admin.ch/de/d/16266/download:en/A003-4-1-en.htm)")
    void aMultiStateDeterminationIsDisputedThenConfirmed() {
        Cases multiState = Cases.open("LA_BUC_02", DAY);
        String determination = multiState.send("A003", CASE_OWNER, DAY);

        multiState.send("A004", COUNTERPARTY, determination, DAY.plusDays(15));
        BucVerdict confirmation = multiState.check(BucAction.reply("A012", determination, COUNTERPARTY, DAY.plusDays(40)));
        multiState.send("A012", COUNTERPARTY, determination, DAY.plusDays(40));

        assertThat(confirmation.allowed()).isTrue();
        assertThat(multiState.state().seds()).extracting(s -> s.type()).containsExactly("A003", "A004", "A012");
        assertThat(multiState.check(BucAction.reply("A012", determination, COUNTERPARTY, DAY.plusDays(41))).reason())
                .as("one confirmation").isEqualTo(BucRefusal.ALREADY_ANSWERED);
    }

    @Test
    @DisplayName("P_BUC_01: old-age claim P2000, periods P5000, decision P6000 (Reg. 987/2009 art. 47–48; "
            + "https://sozialversicherungen.admin.ch/de/d/15960/download)")
    void anOldAgeClaimGetsPeriodsThenADecision() {
        Cases pension = Cases.open("P_BUC_01", DAY);
        String claim = pension.send("P2000", CASE_OWNER, DAY);

        pension.send("P5000", COUNTERPARTY, claim, DAY.plusDays(45));
        BucVerdict decision = pension.check(BucAction.send("P6000", COUNTERPARTY, DAY.plusDays(120)));
        pension.send("P6000", COUNTERPARTY, DAY.plusDays(120));

        assertThat(decision.allowed()).isTrue();
        assertThat(pension.state().seds()).extracting(s -> s.type()).containsExactly("P2000", "P5000", "P6000");
        assertThat(Cases.ENGINE.lifecycle(pension.state()).inactiveOn())
                .as("automatic closing disabled: inactive after 10,000 days").isEqualTo(DAY.plusDays(120 + 10_000));
    }

    @Test
    @DisplayName("H_BUC_01: H001 answered by H002; the case closes 90 days after the H002 (eessi.md §2 [CLOSE])")
    void anAdHocRequestIsAnsweredAndTheCaseClosesNinetyDaysLater() {
        Cases horizontal = Cases.open("H_BUC_01", DAY);
        String request = horizontal.send("H001", CASE_OWNER, DAY);

        BucVerdict reply = horizontal.check(BucAction.reply("H002", request, COUNTERPARTY, DAY.plusDays(10)));
        horizontal.send("H002", COUNTERPARTY, request, DAY.plusDays(10));

        assertThat(reply.allowed()).isTrue();
        assertThat(reply.resultingStatus()).as("closes later, not at once").isEqualTo(BucCaseStatus.OPEN);
        assertThat(Cases.ENGINE.lifecycle(horizontal.state()).autoCloseOn()).isEqualTo(DAY.plusDays(100));
        assertThat(horizontal.check(BucAction.send("H001", COUNTERPARTY, DAY.plusDays(100))).reason())
                .isEqualTo(BucRefusal.CASE_INACTIVE);
    }

    @Test
    @DisplayName("Administrative close (X001) and reopening: X002 asked by the counterparty, X003 answered, X004 reopens")
    void aCaseIsClosedGloballyThenReopened() {
        Cases exception = Cases.open("LA_BUC_01", DAY);
        String request = exception.send("A001", CASE_OWNER, DAY);
        String closing = exception.apply(BucAction.administrative(BucActionKind.CLOSE_GLOBALLY, CASE_OWNER, null, DAY.plusDays(5)));

        assertThat(exception.state().sed(closing).orElseThrow().type()).isEqualTo("X001");
        assertThat(exception.state().status()).isEqualTo(BucCaseStatus.CLOSED);
        BucVerdict late = exception.check(BucAction.reply("A011", request, COUNTERPARTY, DAY.plusDays(6)));
        assertThat(late.reason()).isEqualTo(BucRefusal.CASE_CLOSED);
        assertThat(late.explanation().en()).contains("reopen it first (X004)");

        String ask = exception.apply(BucAction.administrative(BucActionKind.REOPEN_REQUEST, COUNTERPARTY, null, DAY.plusDays(7)));
        exception.apply(BucAction.administrative(BucActionKind.REOPEN_REPLY, CASE_OWNER, ask, DAY.plusDays(8)));
        BucVerdict reopening = exception.check(BucAction.administrative(BucActionKind.REOPEN, CASE_OWNER, null, DAY.plusDays(8)));
        exception.apply(BucAction.administrative(BucActionKind.REOPEN, CASE_OWNER, null, DAY.plusDays(8)));

        assertThat(reopening.sed()).isEqualTo("X004");
        assertThat(exception.state().status()).isEqualTo(BucCaseStatus.OPEN);
        assertThat(exception.check(BucAction.reply("A011", request, COUNTERPARTY, DAY.plusDays(9))).allowed()).isTrue();
    }

    @Test
    @DisplayName("A case closed locally is reopened locally by the side that closed it, without SED")
    void aCaseClosedLocallyIsReopenedWithoutSed() {
        Cases exception = Cases.open("LA_BUC_01", DAY);
        exception.send("A001", CASE_OWNER, DAY);
        exception.apply(BucAction.administrative(BucActionKind.CLOSE_LOCALLY, COUNTERPARTY, null, DAY.plusDays(2)));

        BucVerdict reopening = exception.check(BucAction.administrative(BucActionKind.REOPEN, COUNTERPARTY, null, DAY.plusDays(3)));

        assertThat(exception.state().status()).isEqualTo(BucCaseStatus.CLOSED_LOCALLY);
        assertThat(exception.state().seds()).hasSize(1);
        assertThat(reopening.allowed()).isTrue();
        assertThat(reopening.sed()).isNull();
        assertThat(reopening.resultingStatus()).isEqualTo(BucCaseStatus.OPEN);
    }

    @Test
    @DisplayName("S_BUC_24: S040 answered by S041, the last SED; F001/F002 in FB_BUC_01 "
            + "(https://www.gov.uk/hmrc-internal-manuals/tax-credits-manual/tcm1000114)")
    void requestsForPeriodsAndForCompetenceAreAnswered() {
        Cases periods = Cases.open("S_BUC_24", DAY);
        periods.send("S041", COUNTERPARTY, periods.send("S040", CASE_OWNER, DAY), DAY.plusDays(12));
        Cases family = Cases.open("FB_BUC_01", DAY);
        family.send("F002", COUNTERPARTY, family.send("F001", CASE_OWNER, DAY), DAY.plusDays(30));

        assertThat(Cases.ENGINE.lifecycle(periods.state()).autoCloseOn()).isEqualTo(DAY.plusDays(12 + 90));
        assertThat(Cases.ENGINE.lifecycle(family.state())).satisfies(lifecycle -> {
            assertThat(lifecycle.autoCloseOn()).isEqualTo(DAY.plusDays(30 + 120));
            assertThat(lifecycle.archiveOn()).as("archived 400 days after closing").isEqualTo(DAY.plusDays(30 + 120 + 400));
        });
    }
}
