package org.liaison.coordination.care;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * Care received (or planned) abroad by a person insured in France, as the national contact point's API reads it.
 * Dates and codes are text so that each bad value becomes a problem with its field; amounts are euros with at most
 * two decimals.
 *
 * @param competentState      the state of insurance; France when absent
 * @param residenceState      where the person resides (ISO 3166-1 alpha-2)
 * @param treatmentState      where the care was or will be received
 * @param planned             true when the person went abroad to receive the care
 * @param kind                AMBULATORY, HOSPITAL_STAY, SPECIALISED_EQUIPMENT or PRIOR_APPROVAL_LIST
 * @param s2Authorised        a PD S2 (prior authorisation) was issued for this care
 * @param inFrenchBasket      the care is among the benefits paid in France; true when absent
 * @param date                the date of care: ISO date, e.g. 2026-03-10
 * @param actCode             the code of the equivalent French tariff, e.g. G
 * @param quantity            number of acts or days; 1 when absent
 * @param invoice             what the care cost, paid by the person
 * @param hostStatutoryRefund what the institution of the state of treatment pays at its own tariffs, if known
 */
@Schema(description = "Care abroad to be reimbursed by the French Assurance Maladie")
public record HealthcareRequest(String competentState, String residenceState, String treatmentState, Boolean planned,
                                String kind, Boolean s2Authorised, Boolean inFrenchBasket, String date,
                                String actCode, Integer quantity, BigDecimal invoice, BigDecimal hostStatutoryRefund) {
}
