package org.liaison.coordination.care;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Care received abroad by a person insured in the competent state, to be reimbursed (what the national contact
 * point computes). Amounts in euros, at most two decimals; {@code hostStatutoryRefund} may be {@code null} when the
 * host institution's tariff is not known yet.
 *
 * @param competentState      the state of insurance (FR for the French contact point)
 * @param residenceState      where the person resides
 * @param treatmentState      where the care was (or will be) received
 * @param planned             true when the person went abroad to receive the care
 * @param s2Authorised        true when a PD S2 was issued for this care
 * @param inFrenchBasket      the care is among the benefits of the competent state
 * @param actCode             the tariff code of the equivalent French care
 * @param quantity            the number of acts (or days)
 * @param invoice             what the care actually cost
 * @param hostStatutoryRefund what the host institution pays at its own tariffs under the regulation
 */
public record HealthcareClaim(String competentState, String residenceState, String treatmentState, boolean planned,
                              HealthcareCareKind kind, boolean s2Authorised, boolean inFrenchBasket,
                              LocalDate dateOfCare, String actCode, int quantity, BigDecimal invoice,
                              BigDecimal hostStatutoryRefund) {
}
