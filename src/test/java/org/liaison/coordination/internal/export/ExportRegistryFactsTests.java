package org.liaison.coordination.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.Fact;
import org.liaison.agreements.FactType;
import org.liaison.agreements.ForwardingRegistry;
import org.liaison.agreements.internal.RegistrySnapshot;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.benefits.ExportBenefit;
import org.liaison.coordination.benefits.ExportDecision;
import org.liaison.coordination.benefits.ExportQuestion;
import org.liaison.coordination.benefits.ExportStatus;
import org.liaison.shared.PartnerCode;

/** The unemployment export periods come from the registry's dated facts; a missing fact is named, never guessed. */
class ExportRegistryFactsTests {

    private static final AgreementRegistry REGISTRY = RegistrySnapshot.fromClasspath();

    private static ExportDecision unemployment(AgreementRegistry registry, String residence, String date) {
        return new ExportEngine(registry).decide(new ExportQuestion(ExportBenefit.UNEMPLOYMENT_BENEFIT,
                PartnerCode.of(residence), LocalDate.parse(date), true));
    }

    @Test
    @DisplayName("Reg. 1408/71 art. 69(1)(c), https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:31971R1408 : moving to Switzerland in 2011 (agreement applying 1408/71), three months and no extension (both facts verified in art. 69(1)(c) and (2), issue #12)")
    void switzerlandBefore2012ExportsForThreeMonthsOnly() {
        ExportDecision d = unemployment(REGISTRY, "CH", "2011-06-01");
        assertThat(d.status()).isEqualTo(ExportStatus.EXPORTABLE);
        assertThat(d.instrumentId()).isEqualTo("ch-fmp-1408");
        assertThat(d.provision().code()).isEqualTo("EU_1408_ART69");
        assertThat(d.exportMonths()).isEqualTo(3);
        assertThat(d.maxExportMonths()).isEqualTo(3);
        assertThat(d.checks()).filteredOn(c -> c.code().equals("EXPORT_PERIOD")).singleElement()
                .satisfies(c -> assertThat(c.facts()).containsEntry("factsVerified", "true"));
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 64(1)(c), https://eur-lex.europa.eu/eli/reg/2004/883/oj : Norway (EEA) in 2025, three months extendable to six, both verified facts")
    void norwayUnderTheEeaAgreement() {
        ExportDecision d = unemployment(REGISTRY, "NO", "2025-03-01");
        assertThat(d.instrumentId()).isEqualTo("eea-883");
        assertThat(d.exportMonths()).isEqualTo(3);
        assertThat(d.maxExportMonths()).isEqualTo(6);
    }

    @Test
    @DisplayName("Without the registry's longest-extension fact, the answer names it and an officer decides")
    void aMissingFactIsNamed() {
        ExportDecision d = unemployment(new WithoutFact(REGISTRY, FactType.UNEMPLOYMENT_EXPORT_MAX_MONTHS), "ES", "2025-03-01");
        assertThat(d.status()).isEqualTo(ExportStatus.NEEDS_ASSESSMENT);
        assertThat(d.missingFacts()).containsExactly("unemployment_export_max_months");
        assertThat(d.exportMonths()).isEqualTo(3);
        assertThat(d.maxExportMonths()).isNull();
        assertThat(d.checks()).extracting(RequirementCheck::result).contains(RequirementResult.NEEDS_INFORMATION);
        assertThat(d.checks().get(d.checks().size() - 1).explanation().in(java.util.Locale.FRENCH)).contains("unemployment_export_max_months");
    }

    /** The real registry with every fact of one type removed. */
    private static final class WithoutFact extends ForwardingRegistry {
        private final FactType removed;

        WithoutFact(AgreementRegistry registry, FactType removed) {
            super(registry);
            this.removed = removed;
        }

        @Override
        public List<Fact> facts(String instrumentId, Optional<PartnerCode> partner) {
            return super.facts(instrumentId, partner).stream().filter(f -> f.type() != removed).toList();
        }
    }
}
