package org.liaison.coordination.care;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.CheckView;
import org.liaison.coordination.DecisionStatus;

/**
 * Unemployment across borders as the API answers it, in the request's language: the state that pays and under which
 * provision, the periods aggregated, the export with PD U2, the reimbursement between states and every check.
 */
@Schema(name = "UnemploymentAnswer")
public record UnemploymentAnswer(DecisionStatus status,
                                 @Schema(description = "The state whose institution pays", example = "FR") @Nullable String payingState,
                                 @Schema(description = "The provision that designates it", example = "EU_883_ART65_5_A") @Nullable String provision,
                                 @Schema(description = "The registry id of the instrument") @Nullable String instrument,
                                 @Schema(description = "The days of insurance counted by the paying state (art. 61)") long aggregatedDays,
                                 @Nullable Export export, @Nullable UnemploymentReimbursement reimbursement,
                                 List<CheckView> checks,
                                 @Schema(description = "The registry facts the rules needed and did not find") List<String> missingFacts) {

    /**
     * The export of the benefit with PD U2 (Reg. 883/2004 art. 64), all dates included; the dates the registry's
     * months leave unknown are absent.
     */
    @Schema(name = "UnemploymentExport")
    public record Export(@Schema(example = "BE") String destinationState,
                         @Schema(description = "First day of the export") LocalDate start,
                         @Schema(description = "Last day of the export") @Nullable LocalDate end,
                         @Nullable Integer months, @Nullable Integer maxMonths,
                         @Schema(description = "Last day if the paying institution extends the export") @Nullable LocalDate latestExtendedEnd,
                         @Schema(description = "Last day to register with the employment services of the new state") LocalDate registerBy,
                         @Schema(description = "The export period granted, in months: the ordinary one or the "
                                 + "extension granted", example = "3") @Nullable Integer grantedMonths,
                         @Schema(description = "Last day the benefits are exported: the end of the period granted, or "
                                 + "earlier when the entitlement runs out (art. 64(1)(c)); also the last day to be "
                                 + "back without losing the entitlement (art. 64(2))") @Nullable LocalDate exportedUntil,
                         @Schema(description = "Last day of the entitlement if drawn without a break; absent when the "
                                 + "entitlement was not stated") @Nullable LocalDate entitlementEnds,
                         @Schema(description = "What the return does to the entitlement (art. 64(2))")
                         UnemploymentReturn returnOutcome,
                         @Schema(description = "After a return in time, the last day of the benefits left")
                         @Nullable LocalDate paidAfterReturnUntil) {

        static @Nullable Export of(@Nullable UnemploymentExport e) {
            return e == null ? null : new Export(e.destinationState(), e.from(), e.until(), e.months(), e.maxMonths(),
                    e.latestExtendedUntil(), e.registerBy(), e.grantedMonths(), e.exportedUntil(),
                    e.entitlementEnds(), e.returnOutcome(), e.paidAfterReturnUntil());
        }
    }

    public static UnemploymentAnswer of(UnemploymentAssessment a, Locale locale) {
        return new UnemploymentAnswer(a.status(), a.payingState(), a.provision(), a.instrument(), a.aggregatedDays(),
                Export.of(a.export()), a.reimbursement(), a.checks().stream().map(c -> CheckView.of(c, locale)).toList(),
                a.missingFacts());
    }
}
