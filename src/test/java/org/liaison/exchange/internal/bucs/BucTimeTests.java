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
import org.liaison.exchange.bucs.BucDeadline;
import org.liaison.exchange.bucs.BucLifecycle;
import org.liaison.exchange.bucs.BucRefusal;
import org.liaison.exchange.bucs.BucVerdict;

/**
 * Deadlines, reminders, inactivity and archiving. The periods come from eessi.md §2 [CLOSE] (NAV's closing rules,
 * https://github.com/navikt/eux-avslutt-rinasaker); the reply delays are this hub's configuration (no regulatory
 * deadline was found: eessi.md §2, GAP), so the numbers below follow the definition files, not a legal source.
 */
class BucTimeTests {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    @DisplayName("A reminder (X009) waits for the missed deadline, then the counterparty answers it with X010")
    void aReminderFollowsAMissedDeadline() {
        Cases exception = Cases.open("LA_BUC_01", DAY);
        String request = exception.send("A001", CASE_OWNER, DAY);
        BucDeadline deadline = Cases.ENGINE.deadlines(exception.state()).get(0);

        BucVerdict early = exception.check(BucAction.administrative(BucActionKind.REMINDER, CASE_OWNER, request, deadline.dueBy()));
        String reminder = exception.apply(BucAction.administrative(BucActionKind.REMINDER, CASE_OWNER, request, deadline.dueBy().plusDays(1)));

        assertThat(deadline.missedOn(deadline.dueBy())).isFalse();
        assertThat(early.reason()).isEqualTo(BucRefusal.NOT_OVERDUE);
        assertThat(early.explanation().en()).isEqualTo("The reply to A001 is due by 2026-05-01: a reminder is possible only after that.");
        assertThat(exception.state().sed(reminder).orElseThrow().type()).isEqualTo("X009");
        assertThat(Cases.ENGINE.deadlines(exception.state())).extracting(BucDeadline::sedType).containsExactly("A001", "X009");
        assertThat(Cases.ENGINE.deadlines(exception.state()).get(1)).satisfies(d -> {
            assertThat(d.days()).as("configured for X009").isEqualTo(30);
            assertThat(d.configured()).isTrue();
        });
        exception.apply(BucAction.administrative(BucActionKind.REMINDER_REPLY, COUNTERPARTY, reminder, deadline.dueBy().plusDays(3)));
        assertThat(Cases.ENGINE.deadlines(exception.state())).extracting(BucDeadline::sedType).containsExactly("A001");
    }

    @Test
    void oneCannotRemindOfAnSedThatAwaitsNothing() {
        Cases posting = Cases.open("LA_BUC_04", DAY);
        String notification = posting.send("A009", CASE_OWNER, DAY);

        assertThat(posting.check(BucAction.administrative(BucActionKind.REMINDER, CASE_OWNER, notification, DAY.plusDays(70))).reason())
                .isEqualTo(BucRefusal.NOT_AWAITING_REPLY);
    }

    @Test
    @DisplayName("A case without activity for 90 days is closed as inactive, then archived 180 days later (eessi.md §2 [CLOSE])")
    void anInactiveCaseIsClosedThenArchived() {
        Cases posting = Cases.open("LA_BUC_04", DAY);
        posting.send("A009", CASE_OWNER, DAY);
        BucLifecycle lifecycle = Cases.ENGINE.lifecycle(posting.state());

        assertThat(lifecycle.inactiveOn()).isEqualTo(DAY.plusDays(90));
        assertThat(lifecycle.archiveOn()).isEqualTo(DAY.plusDays(90 + 180));
        assertThat(lifecycle.statusOn(DAY.plusDays(89), BucCaseStatus.OPEN)).isEqualTo(BucCaseStatus.OPEN);
        assertThat(lifecycle.statusOn(DAY.plusDays(90), BucCaseStatus.OPEN)).isEqualTo(BucCaseStatus.CLOSED);
        assertThat(lifecycle.statusOn(DAY.plusDays(270), BucCaseStatus.OPEN)).isEqualTo(BucCaseStatus.ARCHIVED);

        BucVerdict inactive = posting.check(BucAction.send("A005", COUNTERPARTY, DAY.plusDays(91)));
        assertThat(inactive.reason()).isEqualTo(BucRefusal.CASE_INACTIVE);
        assertThat(inactive.explanation().en()).contains("closed as inactive since 2026-05-31");
        assertThat(posting.check(BucAction.administrative(BucActionKind.REOPEN, CASE_OWNER, null, DAY.plusDays(91))).allowed())
                .as("an inactive case can be reopened").isTrue();
        BucVerdict archived = posting.check(BucAction.administrative(BucActionKind.REOPEN, CASE_OWNER, null, DAY.plusDays(270)));
        assertThat(archived.reason()).isEqualTo(BucRefusal.CASE_ARCHIVED);
        assertThat(archived.explanation().fr()).isEqualTo("Le dossier est archivé (depuis le 2026-11-27) : il n’accepte plus aucune action.");
        assertThat(Cases.ENGINE.nextActions(posting.state(), CASE_OWNER, DAY.plusDays(270))).isEmpty();
    }

    @Test
    void aClosedCaseIsArchivedFromItsClosingAndTheBucsOwnPeriodsApply() {
        Cases export = Cases.open("UB_BUC_02", DAY);
        export.send("U009", CASE_OWNER, DAY);
        Cases closed = Cases.open("LA_BUC_04", DAY);
        closed.send("A009", CASE_OWNER, DAY);
        closed.apply(BucAction.administrative(BucActionKind.CLOSE_GLOBALLY, CASE_OWNER, null, DAY.plusDays(10)));

        assertThat(Cases.ENGINE.lifecycle(export.state()).inactiveOn()).as("180 days for UB_BUC_02").isEqualTo(DAY.plusDays(180));
        assertThat(Cases.ENGINE.lifecycle(closed.state()).archiveOn()).isEqualTo(DAY.plusDays(10 + 180));
        assertThat(Cases.ENGINE.lifecycle(closed.state()).inactiveOn()).isNull();
    }

    @Test
    void theNextActionsOfEachSideFollowTheDefinition() {
        Cases exception = Cases.open("LA_BUC_01", DAY);

        assertThat(Cases.ENGINE.nextActions(exception.state(), CASE_OWNER, DAY)).extracting(a -> a.kind() + " " + a.sed())
                .containsExactly("SEND A001", "CLOSE_LOCALLY null");
        assertThat(Cases.ENGINE.nextActions(exception.state(), COUNTERPARTY, DAY)).extracting(a -> a.kind() + " " + a.sed())
                .containsExactly("CLOSE_LOCALLY null");
        String request = exception.send("A001", CASE_OWNER, DAY);

        assertThat(Cases.ENGINE.nextActions(exception.state(), COUNTERPARTY, DAY.plusDays(1)))
                .extracting(a -> a.kind() + " " + (a.sed() == null ? "" : a.sed()) + " " + (a.target() == null ? "" : a.target()))
                .contains("SEND A002 " + request, "SEND A011 " + request, "SEND A005 ", "FORWARD  ", "REJECT  " + request,
                        "CLARIFY  " + request)
                .doesNotContain("SEND A001 ", "CLOSE_GLOBALLY  ", "INVALIDATE  " + request);
        assertThat(Cases.ENGINE.nextActions(exception.state(), CASE_OWNER, DAY.plusDays(1)))
                .extracting(a -> a.kind() + " " + (a.target() == null ? "" : a.target()))
                .contains("CLOSE_GLOBALLY ", "INVALIDATE " + request, "ADD_PARTICIPANT ")
                .doesNotContain("REMINDER " + request);
        assertThat(Cases.ENGINE.nextActions(exception.state(), CASE_OWNER, DAY.plusDays(61)))
                .extracting(a -> a.kind() + " " + (a.target() == null ? "" : a.target()))
                .contains("REMINDER " + request);
    }
}
