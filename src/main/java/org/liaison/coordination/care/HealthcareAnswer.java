package org.liaison.coordination.care;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.CheckView;
import org.liaison.coordination.DecisionStatus;
import org.liaison.shared.TextBundle;

/**
 * Care abroad as the API answers it, in the request's language: the route of the regulation, what each route
 * reimburses and the more favourable one, the documents to send, the French tariff used and every check.
 */
@Schema(name = "HealthcareReimbursementAnswer")
public record HealthcareAnswer(DecisionStatus status,
                               @Schema(description = "The route of the regulation that applies (EHIC, S1 or S2)") @Nullable HealthcareRoute route,
                               boolean priorAuthorisationNeeded,
                               @Schema(description = "What the care would have been reimbursed in France, in euros") @Nullable BigDecimal frenchCost,
                               @Nullable BigDecimal regulationAmount, @Nullable BigDecimal vanbraekelComplement,
                               @Nullable BigDecimal directiveAmount,
                               @Schema(description = "The more favourable route") @Nullable HealthcareRoute preferred,
                               List<Document> documents, List<CheckView> checks, @Nullable Tariff tariff) {

    private static final TextBundle CARE = TextBundle.of("i18n.care");

    /** A document to send, by its code and what it is. */
    @Schema(name = "HealthcareDocument")
    public record Document(@Schema(example = "EHIC") String code, String description) {
    }

    /** The dated French tariff the amounts were worked out from. */
    @Schema(name = "HealthcareTariff")
    public record Tariff(String code, String label, BigDecimal base, int ratePercent, BigDecimal flatDeduction,
                         LocalDate validFrom, @Nullable LocalDate validTo, String source,
                         @Schema(description = "Illustrative figures, not official tariffs") boolean demo) {
    }

    public static HealthcareAnswer of(HealthcareAssessment a, Locale locale) {
        HealthcareTariff t = a.tariff();
        return new HealthcareAnswer(a.status(), a.route(), a.priorAuthorisationNeeded(), a.frenchCost(),
                a.regulationAmount(), a.vanbraekelComplement(), a.directiveAmount(), a.preferred(),
                a.documents().stream().map(code -> new Document(code, CARE.format("doc." + code, locale))).toList(),
                a.checks().stream().map(c -> CheckView.of(c, locale)).toList(),
                t == null ? null : new Tariff(t.code(), t.label().in(locale), t.base(), t.ratePercent(),
                        t.flatDeduction(), t.validFrom(), t.validTo(), t.source(), t.demo()));
    }
}
