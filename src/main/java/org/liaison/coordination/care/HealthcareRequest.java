package org.liaison.coordination.care;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * Care received (or planned) abroad by a person insured in France, as the national contact point's API reads it.
 * Dates and codes are text so that each bad value becomes a problem with its field; amounts are euros with at most
 * two decimals.
 */
@Schema(description = "Care abroad to be reimbursed by the French Assurance Maladie")
public record HealthcareRequest(
        @Schema(description = "The state of insurance; France when absent", example = "FR") String competentState,
        @Schema(description = "Where the person resides (ISO 3166-1 alpha-2)", example = "FR") String residenceState,
        @Schema(description = "Where the care was or will be received", example = "AT") String treatmentState,
        @Schema(description = "The person went abroad to receive the care", example = "true") Boolean planned,
        @Schema(description = "The kind of care, which decides whether prior authorisation is needed",
                implementation = HealthcareCareKind.class, example = "HOSPITAL_STAY") String kind,
        @Schema(description = "A PD S2 (prior authorisation) was issued for this care", example = "true")
        Boolean s2Authorised,
        @Schema(description = "The care is among the benefits paid in France; true when absent", example = "true")
        Boolean inFrenchBasket,
        @Schema(description = "The date of care", format = "date", example = "2026-02-16") String date,
        @Schema(description = "The code of the equivalent French tariff", example = "HOSP_DEMO_A") String actCode,
        @Schema(description = "Number of acts or days; 1 when absent", example = "1") Integer quantity,
        @Schema(description = "What the care cost, paid by the person", example = "2000.00") BigDecimal invoice,
        @Schema(description = "What the institution of the state of treatment pays at its own tariffs, if known",
                example = "1500.00") BigDecimal hostStatutoryRefund) {
}
