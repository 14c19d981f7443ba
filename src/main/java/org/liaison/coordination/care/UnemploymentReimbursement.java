package org.liaison.coordination.care;

import java.math.BigDecimal;

/**
 * What the state of last activity reimburses to the residence state that paid a wholly unemployed person
 * (Reg. 883/2004 art. 65(6)–(7), Reg. 987/2009 art. 70). Amounts are in euros, scale 2, RoundingMode.HALF_EVEN.
 *
 * @param months the number of months reimbursed: 3, or 5 after 12 months of activity in the last 24
 * @param amount the total reimbursed, or {@code null} when the monthly amounts were not given
 */
public record UnemploymentReimbursement(String debtorState, String creditorState, int months, BigDecimal amount) {
}
