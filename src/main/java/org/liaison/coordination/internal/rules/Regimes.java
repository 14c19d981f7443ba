package org.liaison.coordination.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.agreements.InstrumentPeriod;
import org.liaison.coordination.internal.rules.Regime.Family;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/** Derives the governing instrument of a part of the period from the agreements registry. */
final class Regimes {

    static final PartnerCode FRANCE = PartnerCode.of("FR");
    static final PartnerCode UNITED_KINGDOM = PartnerCode.of("GB");

    private final AgreementRegistry registry;

    Regimes(AgreementRegistry registry) {
        this.registry = registry;
    }

    /**
     * The days on which an instrument starts or stops applying between France and one of the states, inside the
     * period, unsorted: the period is split there so that each part has one instrument.
     */
    List<LocalDate> changeDays(List<PartnerCode> states, DatePeriod period) {
        List<LocalDate> days = new ArrayList<>();
        for (int s = 0; s < states.size(); s++) {
            PartnerCode state = states.get(s);
            if (state.equals(FRANCE)) {
                continue;
            }
            List<InstrumentPeriod> periods = registry.periods(state);
            for (int i = 0; i < periods.size(); i++) {
                InstrumentPeriod p = periods.get(i);
                if (p.role() != InstrumentPeriod.Role.GOVERNING) {
                    continue;
                }
                LocalDate start = p.earliestStart();
                if (start.isAfter(period.start()) && !start.isAfter(period.end())) {
                    days.add(start);
                }
                LocalDate end = p.latestEnd();
                if (!end.equals(LocalDate.MAX) && !end.isBefore(period.start()) && end.isBefore(period.end())) {
                    days.add(end.plusDays(1));
                }
            }
        }
        return days;
    }

    /**
     * The regime between France and the other states (in code order) on the day; {@code situationStart} decides UK
     * continuity.
     */
    Regime on(List<PartnerCode> states, LocalDate day, LocalDate situationStart) {
        Regime chosen = null;
        for (int s = 0; s < states.size(); s++) {
            PartnerCode state = states.get(s);
            if (state.equals(FRANCE)) {
                continue;
            }
            Regime regime = of(state, day, situationStart);
            if (chosen == null) {
                chosen = regime;
            } else if (!compatible(chosen, regime)) {
                return new Regime(Family.MIXED, null, null);
            }
        }
        return chosen == null ? new Regime(Family.DOMESTIC, null, null) : chosen;
    }

    /** Reg. 883/2004 binds the EU, the EEA and Switzerland together, so their instruments combine. */
    private static boolean compatible(Regime a, Regime b) {
        if ((a.family() == Family.REG_883 || a.family() == Family.UK_WA) && (b.family() == Family.REG_883 || b.family() == Family.UK_WA)) {
            return true;
        }
        if (a.family() == Family.REG_1408 && b.family() == Family.REG_1408) {
            return true;
        }
        return false;
    }

    Regime of(PartnerCode state, LocalDate day, LocalDate situationStart) {
        if (registry.partner(state).isEmpty()) {
            return new Regime(Family.NONE, null, state);
        }
        Optional<GoverningInstrument> governing = registry.governing(state, day);
        if (governing.isEmpty()) {
            return new Regime(Family.NONE, null, state);
        }
        GoverningInstrument g = governing.get();
        String id = g.instrument().id();
        Family family = switch (g.instrument().kind()) {
            case EU_REGULATION, EEA, SWISS_AGREEMENT -> id.contains("883") ? Family.REG_883
                    : id.contains("1408") ? Family.REG_1408 : Family.UNMODELLED;
            case UK_TCA -> Family.UK_TCA;
            case UK_WITHDRAWAL -> Family.UK_WA;
            case BILATERAL, COORDINATION_DECREE -> Family.CONVENTION;
        };
        if (family == Family.UK_TCA && situationStart.isBefore(g.period().earliestStart())) {
            Optional<Regime> continuing = continuing(state, day, situationStart);
            if (continuing.isPresent()) {
                return continuing.get();
            }
        }
        return new Regime(family, g, state);
    }

    /**
     * A situation that began before the Withdrawal Agreement's date keeps Reg. 883/2004 through it; the registry
     * lists it as a CONTINUING period. Its parameters are read from the regulation it continues.
     */
    private Optional<Regime> continuing(PartnerCode state, LocalDate day, LocalDate situationStart) {
        for (InstrumentPeriod p : registry.periods(state)) {
            if (p.role() == InstrumentPeriod.Role.CONTINUING && p.covers(day) && situationStart.isBefore(p.earliestStart())) {
                Optional<GoverningInstrument> before = registry.governing(state, p.earliestStart().minusDays(1));
                return before.map(b -> new Regime(Family.UK_WA, new GoverningInstrument(b.partner(), day,
                        registry.instrument(p.instrumentId()).orElse(b.instrument()), p, b.uncertain(), b.branches(),
                        b.maxPostingMonths(), b.selfEmployedPostingMonths(), b.postingExtension(), b.extensionDecidedBy(),
                        b.repostingGapMonths(), b.totalisationForPensions(), b.thirdStatePeriods()), state));
            }
        }
        return Optional.empty();
    }
}
