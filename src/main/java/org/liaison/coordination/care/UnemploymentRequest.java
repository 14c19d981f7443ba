package org.liaison.coordination.care;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * An unemployment claim across states (Reg. 883/2004 art. 61–65) as the API reads it. Dates are ISO text
 * (e.g. 2026-01-05) so that each impossible date becomes a problem with its field; amounts are monthly euros.
 */
@Schema(description = "An unemployment claim across states")
public record UnemploymentRequest(
        @Schema(description = "State of residence", example = "BE") String residenceState,
        @Schema(description = "State of the last activity", example = "NL") String lastActivityState,
        @Schema(description = "Worked in one state, resided in another and returned there at least once a week",
                example = "true") Boolean frontierWorker,
        @Schema(description = "Wholly, or partially or intermittently unemployed (art. 65(1)–(2))",
                implementation = UnemploymentKind.class, example = "WHOLLY") String kind,
        @Schema(description = "For a worker who is not a frontier worker: the state whose services the person "
                + "chooses (art. 65(2), 65(5)(b)); absent otherwise",
                implementation = UnemploymentChoice.class, example = "LAST_ACTIVITY_STATE") String choice,
        @Schema(description = "First day of unemployment", format = "date", example = "2012-03-01") String date,
        @Schema(description = "Insurance or employment periods in every state (PD U1)") List<Period> periods,
        @Schema(description = "A request to export the benefits with a PD U2; absent: none") Export export,
        @Schema(description = "Monthly benefit paid by the state of residence, if known", example = "1400.00")
        BigDecimal monthlyBenefitPaid,
        @Schema(description = "Monthly benefit the state of last activity would pay, if known", example = "1600.00")
        BigDecimal monthlyBenefitLastState) {

    /** A period completed under one state's legislation, both dates included. */
    @Schema(name = "UnemploymentPeriodInput", description = "A period completed under one state's legislation, both "
            + "dates included")
    public record Period(@Schema(example = "NL") String state,
                         @Schema(format = "date", example = "2009-01-01") String start,
                         @Schema(format = "date", example = "2012-02-29") String end) {
    }

    /** A jobseeker leaving to seek work in another state (art. 64). */
    @Schema(name = "UnemploymentExportInput", description = "A jobseeker leaving to seek work in another state (art. 64)")
    public record Export(
            @Schema(description = "Registered as a jobseeker in the paying state since", format = "date",
                    example = "2012-03-01") String registeredFrom,
            @Schema(description = "Day of departure", format = "date", example = "2012-04-16") String departure,
            @Schema(description = "Day of registration in the state of destination", format = "date",
                    example = "2012-04-19") String registeredInNewState,
            @Schema(description = "State where the person seeks work", example = "ES") String destinationState,
            @Schema(description = "An extension of the export period is asked for", example = "false")
            Boolean extensionRequested,
            @Schema(description = "How many months of benefits the paying state granted in all (the export never "
                    + "goes beyond them, art. 64(1)(c)); absent: not stated", example = "8")
            Integer entitlementMonths,
            @Schema(description = "Months of benefits already drawn before leaving; absent: none", example = "2")
            Integer monthsAlreadyDrawn,
            @Schema(description = "The export period the paying services granted once extended, in months in all "
                    + "(at most 6 under Reg. 883/2004); absent: no extension granted", example = "6")
            Integer extensionGrantedMonths,
            @Schema(description = "Day the person came back to the paying state's employment services; absent: not "
                    + "back (yet)", format = "date", example = "2012-06-16") String returned) {

        /** An export that says nothing of the entitlement, of an extension granted or of a return. */
        public Export(String registeredFrom, String departure, String registeredInNewState, String destinationState,
                      Boolean extensionRequested) {
            this(registeredFrom, departure, registeredInNewState, destinationState, extensionRequested, null, null,
                    null, null);
        }
    }
}
