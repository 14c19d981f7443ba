package org.liaison.exchange.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucDeadline;
import org.liaison.exchange.bucs.BucType;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.institutions.ExchangeEnvironment;

/**
 * The inbox lists cases in the order work is done (issue #11 §2): the answers this node owes, nearest due date first
 * (late ones at the top), then the cases awaiting the other side, most recent activity first. What the other side
 * owes is never this node's due date.
 */
class InboxOrderTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void answersOwedComeFirstByDueDateThenTheRestByActivity() {
        ExchangeCase dueNextWeek = owing("A", TODAY.plusDays(7), TODAY.minusDays(30));
        ExchangeCase late = owing("B", TODAY.minusDays(2), TODAY.minusDays(60));
        ExchangeCase awaitedFromThemRecent = awaitingOther("C", TODAY.minusDays(1), TODAY.minusDays(5));
        ExchangeCase awaitedFromThemOld = awaitingOther("D", TODAY.minusDays(20), TODAY.minusDays(90));
        ExchangeCase dueToday = owing("E", TODAY, TODAY.minusDays(10));

        List<String> order = Inbox.byDueDate(List.of(dueNextWeek, late, awaitedFromThemOld, dueToday, awaitedFromThemRecent))
                .stream().map(ExchangeCase::id).toList();

        assertThat(order).containsExactly("B", "E", "A", "C", "D");
        assertThat(Inbox.owed(late)).map(BucDeadline::dueBy).contains(TODAY.minusDays(2));
        assertThat(Inbox.owed(awaitedFromThemRecent)).as("the other side's deadline is not ours").isEmpty();
    }

    private static ExchangeCase owing(String id, LocalDate due, LocalDate lastActivity) {
        return new ExchangeCase(id, BucType.of("H_BUC_01"), "4.3", ExchangeEnvironment.PRODUCTION, CaseRole.COUNTERPARTY,
                "DE:DVKA", "FR:CPAM75", BucCaseStatus.OPEN, lastActivity, lastActivity, lastActivity, null, null,
                List.of(), List.of(), List.of(deadline(CaseRole.COUNTERPARTY, due)));
    }

    private static ExchangeCase awaitingOther(String id, LocalDate lastActivity, LocalDate theirDue) {
        return new ExchangeCase(id, BucType.of("LA_BUC_01"), "4.3", ExchangeEnvironment.PRODUCTION, CaseRole.CASE_OWNER,
                "FR:CLEISS", "FR:CLEISS", BucCaseStatus.OPEN, lastActivity, lastActivity, lastActivity, null, null,
                List.of(), List.of(), List.of(deadline(CaseRole.COUNTERPARTY, theirDue)));
    }

    private static BucDeadline deadline(CaseRole from, LocalDate due) {
        return new BucDeadline("1", "H001", from, List.of("H002"), due, 30, true);
    }
}
