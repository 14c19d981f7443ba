package org.liaison.coordination.internal.pensions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.pensions.PensionCredit;
import org.liaison.coordination.pensions.PensionFramework;
import org.liaison.coordination.pensions.PensionQuantity;
import org.liaison.coordination.pensions.PensionUnit;
import org.liaison.coordination.pensions.PensionWorkingWeek;
import org.liaison.shared.PartnerCode;

/**
 * Periods known only as a quantity, converted into months and days by Reg. 987/2009 art. 13 (the 6-day scheme when
 * the working week is not given, the general rule the French schemes apply, source
 * https://dev.monacturetraite.fr/vous-avez-travaille-dans-un-pays-europeen-quelle-prise-en-compte-pour-votre-retraite).
 * Without dates they cannot be set against overlapping periods: each check says so.
 */
final class QuantityConversion {

    private QuantityConversion() {
    }

    static Map<PartnerCode, PensionCredit> credits(List<PensionQuantity> quantities, PensionFramework framework,
                                                   List<RequirementCheck> checks) {
        Map<PartnerCode, PensionCredit> credits = new TreeMap<>();
        for (PensionQuantity quantity : quantities) {
            Map<String, String> facts = Map.of("state", quantity.state().value(),
                    "quantity", quantity.quantity().toPlainString(), "unit", quantity.unit().name());
            if (framework.isBilateral() && !PeriodAggregator.countedByConvention(quantity.state(), framework)) {
                checks.add(PensionLaw.check("PERIOD_OUTSIDE_CONVENTION", "BILATERAL_TOTALISATION",
                        RequirementResult.NOT_MET, facts, quantity.state(), framework.bilateralPartner()));
                continue;
            }
            PensionWorkingWeek week = quantity.week() == null ? PensionWorkingWeek.SIX_DAY : quantity.week();
            BigDecimal months = PensionUnits.convert(quantity.quantity(), quantity.unit(), PensionUnit.MONTHS, week);
            // calendar-equivalent days at 30 a month, as the dated periods' remaining days count (art. 13(1))
            long days = months.multiply(BigDecimal.valueOf(PensionLaw.DAYS_PER_MONTH_CALENDAR))
                    .setScale(0, RoundingMode.DOWN).longValueExact();
            checks.add(PensionLaw.check("QUANTITY_CONVERTED", "EU_987_ART13", RequirementResult.MET, facts,
                    quantity.state(), quantity.quantity().toPlainString(),
                    PensionLaw.message("unit." + quantity.unit().name()), months.toPlainString()));
            credits.merge(quantity.state(), new PensionCredit(quantity.state(), days, months),
                    (a, b) -> new PensionCredit(a.state(), a.days() + b.days(), a.months().add(b.months())));
        }
        return credits;
    }
}
