package org.liaison.coordination.care;

import io.swagger.v3.oas.annotations.media.Schema;
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
                                 @Nullable UnemploymentExport export, @Nullable UnemploymentReimbursement reimbursement,
                                 List<CheckView> checks,
                                 @Schema(description = "The registry facts the rules needed and did not find") List<String> missingFacts) {

    public static UnemploymentAnswer of(UnemploymentAssessment a, Locale locale) {
        return new UnemploymentAnswer(a.status(), a.payingState(), a.provision(), a.instrument(), a.aggregatedDays(),
                a.export(), a.reimbursement(), a.checks().stream().map(c -> CheckView.of(c, locale)).toList(),
                a.missingFacts());
    }
}
