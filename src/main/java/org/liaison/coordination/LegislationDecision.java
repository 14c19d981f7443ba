package org.liaison.coordination;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.liaison.shared.LegalReferenceView;

/**
 * Which state's legislation applies, as the API answers it in the request's language: the one legislation for each
 * part of the period with its provision, every requirement checked, warnings and the facts still missing.
 */
@Schema(name = "LegislationDecision", description = "The applicable legislation of a situation and the engine's trace, "
        + "in the request's language")
public record LegislationDecision(
        @Schema(description = "DECIDED: one legislation for every day of the period; otherwise what stands in the way")
        DecisionStatus status,
        List<Period> legislation, List<CheckView> checks, List<Warning> warnings,
        @Schema(description = "The facts still missing, by their JSON path in the situation (status NEEDS_INFORMATION)")
        List<String> missingFacts) {

    /** A part of the period and the state whose legislation covers it. */
    @Schema(name = "LegislationPeriod")
    public record Period(LocalDate start, LocalDate end, @Schema(example = "FR") String state,
                         @Schema(description = "The provision's code", example = "EU_883_ART12_1") String provision,
                         String provisionTitle, LegalReferenceView legalReference,
                         @Schema(description = "The registry id of the instrument", example = "eu-reg-883-2004") String instrument) {
    }

    /** Something an officer should know that does not change the outcome. */
    @Schema(name = "DecisionWarning")
    public record Warning(@Schema(description = "PARAMETER_TO_CHECK, ...; INDICATIVE: the legislation proposed is an "
            + "indicative answer an officer confirms (the centre of interest of a self-employed person, Reg. 987/2009 "
            + "art. 14(9)); CERTIFICATE_CONTESTED: a certificate already issued is contested and binds until withdrawn",
            example = "PARAMETER_TO_CHECK") String code, String text) {
    }

    static LegislationDecision of(DecisionView decision, Locale locale) {
        return new LegislationDecision(DecisionStatus.valueOf(decision.status()),
                decision.legislation().stream().map(l -> new Period(LocalDate.parse(l.start()), LocalDate.parse(l.end()),
                        l.state(), l.provision(), l.provisionTitle().in(locale),
                        new LegalReferenceView(l.legalReference().in(locale), l.legalSource()), l.instrument())).toList(),
                decision.checks().stream().map(c -> new CheckView(c.code(), c.provision(),
                        RequirementResult.valueOf(c.result()), c.facts(),
                        new LegalReferenceView(c.legalReference().in(locale), c.legalSource()),
                        c.explanation().in(locale))).toList(),
                decision.warnings().stream().map(w -> new Warning(w.code(), w.text().in(locale))).toList(),
                decision.missingFacts());
    }
}
