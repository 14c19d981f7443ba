package org.liaison.agreements.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.Fact;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.agreements.Instrument;
import org.liaison.agreements.InstrumentPeriod;
import org.liaison.agreements.Partner;
import org.liaison.shared.LegalReferenceView;
import org.liaison.shared.LocalizedText;
import org.liaison.shared.PartialDate;

/** The JSON shapes of the registry API. Dates are ISO 8601, possibly reduced to a year ("1981"). */
final class ApiViews {

    private ApiViews() {
    }

    record InstrumentRef(String id, String kind, String titleFr, String titleEn) {
        static InstrumentRef of(Instrument i) {
            return new InstrumentRef(i.id(), i.kind().code(), i.titleFr(), i.titleEn());
        }
    }

    record PartnerSummary(String code, String nameFr, String nameEn, String kind, @Nullable InstrumentRef currentInstrument,
                          boolean currentInstrumentUncertain) {
        static PartnerSummary of(Partner p, Optional<GoverningInstrument> current) {
            return new PartnerSummary(p.code().value(), p.nameFr(), p.nameEn(), p.kind().code(),
                    current.map(g -> InstrumentRef.of(g.instrument())).orElse(null),
                    current.map(GoverningInstrument::uncertain).orElse(false));
        }
    }

    record FactView(String fact, @Nullable String partnerCode, @Nullable String value, @Nullable String validFrom,
                    @Nullable String validTo, String status, String source, LocalizedText note) {
        static FactView of(Fact f) {
            return new FactView(f.type().code(), f.partner() == null ? null : f.partner().value(), f.value(),
                    text(f.validFrom()), text(f.validTo()), f.status().code(), f.source(), f.note());
        }
    }

    record PeriodView(InstrumentRef instrument, @Nullable String from, @Nullable String to, String role, String status,
                      String source, LocalizedText note, List<FactView> facts) {
    }

    record PartnerDetail(String code, String nameFr, String nameEn, String kind, @Nullable InstrumentRef currentInstrument,
                         List<PeriodView> instruments) {
        static PartnerDetail of(AgreementRegistry registry, Partner p, Optional<GoverningInstrument> current) {
            List<PeriodView> periods = registry.periods(p.code()).stream().map(period -> period(registry, period)).toList();
            return new PartnerDetail(p.code().value(), p.nameFr(), p.nameEn(), p.kind().code(),
                    current.map(g -> InstrumentRef.of(g.instrument())).orElse(null), periods);
        }

        private static PeriodView period(AgreementRegistry registry, InstrumentPeriod period) {
            Instrument instrument = registry.instrument(period.instrumentId()).orElseThrow();
            return new PeriodView(InstrumentRef.of(instrument), text(period.from()), text(period.to()),
                    period.role().name().toLowerCase(java.util.Locale.ROOT), period.status().code(), period.source(),
                    period.note(), registry.facts(instrument.id(), Optional.of(period.partner())).stream().map(FactView::of).toList());
        }
    }

    record InstrumentView(String id, String kind, String titleFr, String titleEn, @Nullable String signed,
                          @Nullable String inForce, @Nullable String ended, @Nullable String replacedBy,
                          LegalReferenceView legalReference, String status, String source, List<String> partners,
                          @Nullable List<FactView> facts) {
        static InstrumentView of(AgreementRegistry registry, Instrument i, boolean withFacts, Locale locale) {
            return new InstrumentView(i.id(), i.kind().code(), i.titleFr(), i.titleEn(), text(i.signed()),
                    text(i.inForce()), text(i.ended()), i.replacedBy(),
                    new LegalReferenceView(i.citation().in(locale), i.source()), i.status().code(), i.source(),
                    registry.partnersOf(i.id()).stream().map(c -> c.value()).toList(),
                    withFacts ? registry.facts(i.id(), Optional.empty()).stream().map(FactView::of).toList() : null);
        }
    }

    static @Nullable String text(@Nullable PartialDate date) {
        return date == null ? null : date.toString();
    }
}
