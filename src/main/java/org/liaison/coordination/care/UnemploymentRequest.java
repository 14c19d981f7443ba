package org.liaison.coordination.care;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * An unemployment claim across states (Reg. 883/2004 art. 61–65) as the API reads it. Dates are ISO text
 * (e.g. 2026-01-05) so that each impossible date becomes a problem with its field; amounts are monthly euros.
 *
 * @param residenceState          state of residence
 * @param lastActivityState       state of the last activity
 * @param frontierWorker          worked in one state, resided in another and returned there at least weekly
 * @param kind                    WHOLLY or PARTIALLY_OR_INTERMITTENTLY
 * @param choice                  RESIDENCE_STATE or LAST_ACTIVITY_STATE for a non-frontier worker, or absent
 * @param date                    first day of unemployment
 * @param periods                 insurance or employment periods in every state (PD U1)
 * @param export                  a request to export the benefits with PD U2, or absent
 * @param monthlyBenefitPaid      monthly benefit paid by the state of residence, if known
 * @param monthlyBenefitLastState monthly benefit the state of last activity would pay, if known
 */
@Schema(description = "An unemployment claim across states")
public record UnemploymentRequest(String residenceState, String lastActivityState, Boolean frontierWorker, String kind,
                                  String choice, String date, List<Period> periods, Export export,
                                  BigDecimal monthlyBenefitPaid, BigDecimal monthlyBenefitLastState) {

    /** A period completed under one state's legislation, both dates included. */
    public record Period(String state, String start, String end) {
    }

    /** A jobseeker leaving to seek work in another state (art. 64). */
    public record Export(String registeredFrom, String departure, String registeredInNewState,
                         String destinationState, Boolean extensionRequested) {
    }
}
