package org.liaison.exchange.cases;

import org.liaison.exchange.bucs.CaseRole;
import java.time.LocalDate;

/** A reply awaited in a case was not given by its due day. */
public record DeadlineMissed(String caseId, String sedId, String sedType, CaseRole awaitedFrom, LocalDate dueBy) {
}
