package org.liaison.coordination.internal.unemployment;

import static org.liaison.coordination.internal.unemployment.UnemploymentParameters.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.liaison.agreements.FactType;
import org.liaison.agreements.Parameter;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.care.UnemploymentExport;
import org.liaison.coordination.care.UnemploymentExportRequest;
import org.liaison.coordination.care.UnemploymentReturn;
import org.liaison.coordination.internal.unemployment.UnemploymentInstruments.Coordination;
import org.liaison.coordination.internal.unemployment.UnemploymentInstruments.Family;
import org.liaison.coordination.internal.unemployment.UnemploymentParameters.Articles;
import org.liaison.shared.LegalReference;

/**
 * The export of unemployment benefits with PD U2 (Reg. 883/2004 art. 64, Reg. 1408/71 art. 69): only between
 * states the regulation links on the day of departure; the months (3, extendable to 6 under 883/2004) are the
 * registry's facts of that instrument, and a fact the registry lacks is named as missing instead of guessed.
 */
final class UnemploymentExports {

    private final UnemploymentInstruments instruments;

    UnemploymentExports(UnemploymentInstruments instruments) {
        this.instruments = instruments;
    }

    UnemploymentExport export(UnemploymentExportRequest e, String paying, String provision,
                              List<RequirementCheck> checks, List<String> missing) {
        String destination = e.destinationState();
        if (destination.equals(paying)) {
            checks.add(UnemploymentEngine.check("EXPORT_TO_PAYING_STATE", provision, RequirementResult.NOT_MET,
                    Map.of("destinationState", destination), ARTICLES_883.export(), destination));
            return null;
        }
        Coordination c = instruments.between(paying, destination, e.departure());
        if (c.family() == Family.CONVENTION || c.family() == Family.NONE) {
            checks.add(UnemploymentEngine.check("EXPORT_NOT_COORDINATED", provision, RequirementResult.NOT_MET,
                    Map.of("destinationState", destination), c.reference() == null ? GOVERNING : c.reference(),
                    paying, destination));
            return null;
        }
        if (c.family() == Family.UNRESOLVED) {
            checks.add(UnemploymentEngine.check("EXPORT_INSTRUMENT_NOT_RECORDED", provision,
                    RequirementResult.NEEDS_ASSESSMENT, Map.of("destinationState", destination), GOVERNING, paying,
                    destination));
            return null;
        }
        Articles articles = c.family() == Family.REGULATION_1408 ? ARTICLES_1408 : ARTICLES_883;
        LegalReference exportReference = c.family() == Family.UK_TCA ? UK_TCA : articles.export();
        registration(e, provision, articles, checks);
        LocalDate registerBy = e.departure().plusDays(REGISTER_WITHIN_DAYS);
        Parameter<Integer> months = instruments.parameter(c, e.departure(), FactType.UNEMPLOYMENT_EXPORT_MONTHS);
        Parameter<Integer> max = instruments.parameter(c, e.departure(), FactType.UNEMPLOYMENT_EXPORT_MAX_MONTHS);
        if (!months.isKnown()) {
            missing.add(FactType.UNEMPLOYMENT_EXPORT_MONTHS.code() + " (" + c.instrumentId() + ")");
            checks.add(UnemploymentEngine.check("EXPORT_MONTHS_UNKNOWN", provision, RequirementResult.NEEDS_INFORMATION,
                    Map.of("instrument", c.instrumentId()), exportReference,
                    FactType.UNEMPLOYMENT_EXPORT_MONTHS.code(), c.instrumentId()));
            return new UnemploymentExport(destination, e.departure(), null, null, null, null, registerBy);
        }
        int m = months.optional().orElseThrow();
        LocalDate until = e.departure().plusMonths(m).minusDays(1);
        checks.add(UnemploymentEngine.check("EXPORT_PERIOD", provision, RequirementResult.MET,
                Map.of("instrument", c.instrumentId(), "months", String.valueOf(m), "until", until.toString()),
                exportReference, m, until));
        if (!max.isKnown()) {
            missing.add(FactType.UNEMPLOYMENT_EXPORT_MAX_MONTHS.code() + " (" + c.instrumentId() + ")");
            checks.add(UnemploymentEngine.check("EXPORT_MONTHS_UNKNOWN",
                    provision, e.extensionRequested() || e.extensionGrantedMonths() != null
                            ? RequirementResult.NEEDS_INFORMATION : RequirementResult.MET,
                    Map.of("instrument", c.instrumentId()), exportReference,
                    FactType.UNEMPLOYMENT_EXPORT_MAX_MONTHS.code(), c.instrumentId()));
            return entitlement(e, provision, exportReference, m, until, null, null, registerBy, m, checks);
        }
        int x = max.optional().orElseThrow();
        LocalDate extended = e.departure().plusMonths(x).minusDays(1);
        int granted = m;
        if (x <= m) {
            checks.add(UnemploymentEngine.check("EXPORT_NO_EXTENSION", provision,
                    e.extensionRequested() || e.extensionGrantedMonths() != null
                            ? RequirementResult.NOT_MET : RequirementResult.MET, Map.of("maxMonths", String.valueOf(x)),
                    exportReference, x));
        } else if (e.extensionGrantedMonths() != null) {
            granted = granted(e.extensionGrantedMonths(), m, x, provision, exportReference, checks);
        } else {
            checks.add(UnemploymentEngine.check(e.extensionRequested() ? "EXPORT_EXTENSION_REQUESTED"
                            : "EXPORT_EXTENSION_POSSIBLE", provision, e.extensionRequested()
                            ? RequirementResult.NEEDS_ASSESSMENT : RequirementResult.MET,
                    Map.of("maxMonths", String.valueOf(x), "latestExtendedUntil", extended.toString()),
                    exportReference, x, extended));
        }
        return entitlement(e, provision, exportReference, m, until, x, extended, registerBy, granted, checks);
    }

    /**
     * An extension the paying services granted (art. 64(1)(c), "may extend the period of three months up to a maximum
     * of six months"): a grant beyond the instrument's maximum is capped there, one not longer than the ordinary
     * period extends nothing.
     */
    private static int granted(int asked, int months, int max, String provision, LegalReference reference,
                               List<RequirementCheck> checks) {
        if (asked > max) {
            checks.add(UnemploymentEngine.check("EXPORT_EXTENSION_BEYOND_MAXIMUM", provision, RequirementResult.NOT_MET,
                    Map.of("grantedMonths", String.valueOf(asked), "maxMonths", String.valueOf(max)), reference,
                    asked, max));
            return max;
        }
        if (asked <= months) {
            checks.add(UnemploymentEngine.check("EXPORT_EXTENSION_NOT_LONGER", provision, RequirementResult.NOT_MET,
                    Map.of("grantedMonths", String.valueOf(asked), "months", String.valueOf(months)), reference,
                    asked, months));
            return months;
        }
        checks.add(UnemploymentEngine.check("EXPORT_EXTENSION_GRANTED", provision, RequirementResult.MET,
                Map.of("grantedMonths", String.valueOf(asked), "maxMonths", String.valueOf(max)), reference, asked));
        return asked;
    }

    /**
     * The period granted, cut at the end of the entitlement (art. 64(1)(c): the export may not make the benefits last
     * longer than the paying state's entitlement), then what the return does to what is left (art. 64(2)).
     */
    private static UnemploymentExport entitlement(UnemploymentExportRequest e, String provision,
                                                  LegalReference reference, int months, LocalDate until, Integer max,
                                                  LocalDate extended, LocalDate registerBy, int granted,
                                                  List<RequirementCheck> checks) {
        LocalDate periodEnd = e.departure().plusMonths(granted).minusDays(1);
        LocalDate entitlementEnds = null;
        LocalDate exportedUntil = periodEnd;
        if (e.entitlementMonths() != null) {
            int drawn = e.monthsAlreadyDrawn() == null ? 0 : e.monthsAlreadyDrawn();
            int left = e.entitlementMonths() - drawn;
            if (left <= 0) {
                checks.add(UnemploymentEngine.check("EXPORT_NO_ENTITLEMENT_LEFT", provision, RequirementResult.NOT_MET,
                        Map.of("entitlementMonths", String.valueOf(e.entitlementMonths()),
                                "monthsAlreadyDrawn", String.valueOf(drawn)), reference,
                        e.entitlementMonths(), drawn));
                return new UnemploymentExport(e.destinationState(), e.departure(), months, until, max, extended,
                        registerBy, 0, null, null, UnemploymentReturn.NOT_STATED, null);
            }
            entitlementEnds = e.departure().plusMonths(left).minusDays(1);
            if (entitlementEnds.isBefore(periodEnd)) {
                exportedUntil = entitlementEnds;
                checks.add(UnemploymentEngine.check("EXPORT_LIMITED_BY_ENTITLEMENT", provision, RequirementResult.MET,
                        Map.of("monthsLeft", String.valueOf(left), "exportedUntil", exportedUntil.toString()),
                        reference, left, exportedUntil));
            }
        }
        UnemploymentReturn outcome = UnemploymentReturn.NOT_STATED;
        LocalDate paidAfterReturn = null;
        boolean endsAbroad = entitlementEnds != null && !entitlementEnds.isAfter(exportedUntil);
        Map<String, String> facts = new java.util.HashMap<>(Map.of("exportedUntil", exportedUntil.toString()));
        if (e.returned() == null) {
            if (!endsAbroad) {
                checks.add(UnemploymentEngine.check("RETURN_BY", provision, RequirementResult.MET, facts,
                        RETURN_IN_TIME, exportedUntil));
            }
        } else if (!e.returned().isAfter(exportedUntil)) {
            outcome = UnemploymentReturn.IN_TIME;
            paidAfterReturn = entitlementEnds;
            facts.put("returned", e.returned().toString());
            if (entitlementEnds != null) {
                java.time.Period leftOnReturn = java.time.Period.between(e.returned(), entitlementEnds.plusDays(1));
                facts.put("leftOnReturn", leftOnReturn.toString());
                checks.add(UnemploymentEngine.check("RETURNED_IN_TIME_WITH_MONTHS_LEFT", provision,
                        RequirementResult.MET, facts, RETURN_IN_TIME, e.returned(), exportedUntil,
                        leftOnReturn.toTotalMonths(), leftOnReturn.getDays(), entitlementEnds));
            } else {
                checks.add(UnemploymentEngine.check("RETURNED_IN_TIME", provision, RequirementResult.MET, facts,
                        RETURN_IN_TIME, e.returned(), exportedUntil));
            }
        } else if (endsAbroad) {
            outcome = UnemploymentReturn.ENTITLEMENT_ENDED_ABROAD;
            facts.put("returned", e.returned().toString());
            checks.add(UnemploymentEngine.check("ENTITLEMENT_ENDED_ABROAD", provision, RequirementResult.MET, facts,
                    reference, entitlementEnds));
        } else {
            outcome = UnemploymentReturn.LATE;
            facts.put("returned", e.returned().toString());
            checks.add(UnemploymentEngine.check("RETURNED_LATE", provision, RequirementResult.NOT_MET, facts,
                    RETURN_LATE, e.returned(), exportedUntil));
        }
        return new UnemploymentExport(e.destinationState(), e.departure(), months, until, max, extended, registerBy,
                granted, exportedUntil, entitlementEnds, outcome, paidAfterReturn);
    }

    /** Art. 64(1)(a)–(b): 4 weeks available to the paying state's services before leaving, 7 days to register. */
    private static void registration(UnemploymentExportRequest e, String provision, Articles articles,
                                     List<RequirementCheck> checks) {
        long weeks = ChronoUnit.WEEKS.between(e.registeredFrom(), e.departure());
        checks.add(UnemploymentEngine.check("REGISTERED_FOUR_WEEKS", provision,
                weeks >= MIN_REGISTRATION_WEEKS ? RequirementResult.MET : RequirementResult.NEEDS_ASSESSMENT,
                Map.of("weeksRegistered", String.valueOf(weeks), "minWeeks", String.valueOf(MIN_REGISTRATION_WEEKS)),
                articles.minRegistration(), weeks, MIN_REGISTRATION_WEEKS));
        LocalDate registerBy = e.departure().plusDays(REGISTER_WITHIN_DAYS);
        RequirementResult registered = e.registeredInNewState() == null ? RequirementResult.NEEDS_INFORMATION
                : e.registeredInNewState().isAfter(registerBy) ? RequirementResult.NEEDS_ASSESSMENT
                : RequirementResult.MET;
        checks.add(UnemploymentEngine.check("REGISTERED_IN_NEW_STATE_IN_TIME", provision, registered,
                Map.of("registerBy", registerBy.toString(), "maxDays", String.valueOf(REGISTER_WITHIN_DAYS)),
                articles.registerWithin(), registerBy, REGISTER_WITHIN_DAYS));
    }
}
