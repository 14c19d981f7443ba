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
                    provision, e.extensionRequested() ? RequirementResult.NEEDS_INFORMATION : RequirementResult.MET,
                    Map.of("instrument", c.instrumentId()), exportReference,
                    FactType.UNEMPLOYMENT_EXPORT_MAX_MONTHS.code(), c.instrumentId()));
            return new UnemploymentExport(destination, e.departure(), m, until, null, null, registerBy);
        }
        int x = max.optional().orElseThrow();
        LocalDate extended = e.departure().plusMonths(x).minusDays(1);
        if (x <= m) {
            checks.add(UnemploymentEngine.check("EXPORT_NO_EXTENSION", provision, e.extensionRequested()
                    ? RequirementResult.NOT_MET : RequirementResult.MET, Map.of("maxMonths", String.valueOf(x)),
                    exportReference, x));
        } else {
            checks.add(UnemploymentEngine.check(e.extensionRequested() ? "EXPORT_EXTENSION_REQUESTED"
                            : "EXPORT_EXTENSION_POSSIBLE", provision, e.extensionRequested()
                            ? RequirementResult.NEEDS_ASSESSMENT : RequirementResult.MET,
                    Map.of("maxMonths", String.valueOf(x), "latestExtendedUntil", extended.toString()),
                    exportReference, x, extended));
        }
        return new UnemploymentExport(destination, e.departure(), m, until, x, extended, registerBy);
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
