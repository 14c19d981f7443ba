package org.liaison.coordination.pensions;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * A pension estimate request as the API and the simulator page receive it: codes and dates as text, so that a wrong
 * value is reported with its JSON path next to all the other problems instead of failing the whole body; amounts,
 * months and quantities as JSON numbers (text there is an unreadable body). Months are read as decimals so that
 * 3.5 months is reported as not whole rather than silently truncated.
 */
@Schema(description = "A career over several states, each state's national rule, the state of residence and the "
        + "date the pension would start")
public record PensionInput(
        @Schema(description = "The career: each period either dated (start, end) or a quantity in a unit")
        List<Period> periods,
        @Schema(description = "Each paying state's national rule (example values are fine for an estimate)")
        List<Rule> rules,
        @Schema(description = "State of residence (ISO code), for the art. 58 minimum", example = "FR")
        String residenceState,
        @Schema(description = "The bilateral convention the pension is coordinated under; absent: the EU regulations")
        Convention convention,
        @Schema(description = "The date the pension would start; periods must end before it (art. 52(1)(b))",
                example = "2027-01-01", format = "date")
        String date) {

    /** One period of the career. */
    @Schema(name = "PensionPeriodInput", description = "One period of the career: dated (start, end), or a quantity "
            + "in a unit as the institution reports it")
    public record Period(
            @Schema(example = "FR") String state,
            @Schema(description = "The scheme within the state", example = "CNAV") String scheme,
            @Schema(description = "What the period is under the legislation that credits it",
                    implementation = PensionPeriodKind.class, example = "EMPLOYMENT") String kind,
            @Schema(format = "date", example = "1995-01-01") String start,
            @Schema(format = "date", example = "2019-12-31") String end,
            @Schema(description = "Instead of dates: how many units", example = "8") BigDecimal quantity,
            @Schema(description = "The unit of the quantity", implementation = PensionUnit.class, example = "QUARTERS")
            String unit,
            @Schema(description = "The scheme's working week (days only; default the 6-day scheme)",
                    implementation = PensionWorkingWeek.class, example = "SIX_DAY") String workingWeek,
            @Schema(description = "Voluntary or optional continued insurance", example = "false") Boolean voluntary,
            @Schema(description = "An equivalent (assimilated) period", example = "false") Boolean equivalent,
            @Schema(description = "Contributions refunded by a lump sum (the period is lost)", example = "false")
            Boolean refundedByLumpSum) {
    }

    /** One state's national rule; amounts are monthly euros with at most two decimals. */
    @Schema(name = "PensionRuleInput", description = "One state's national rule; amounts are monthly euros with at "
            + "most two decimals")
    public record Rule(
            @Schema(example = "FR") String state,
            @Schema(description = "Qualifying period in months", implementation = Integer.class, example = "3")
            BigDecimal minimumMonths,
            @Schema(description = "Euros of monthly pension per month of period", example = "4.00")
            BigDecimal monthlyAccrual,
            @Schema(description = "Months beyond which nothing more accrues (0: no cap)", implementation = Integer.class,
                    example = "516") BigDecimal maximumMonths,
            @Schema(description = "Theoretical amount, when the institution computed it", example = "600.00")
            BigDecimal theoreticalAmount,
            @Schema(description = "National benefit without aggregation, when computed", example = "350.00")
            BigDecimal independentAmount,
            @Schema(description = "Minimum pension of the state (art. 58)", example = "900.00") BigDecimal minimumPension,
            @Schema(description = "Annex VIII entry (art. 52(4)–(5)); absent: what Liaison knows",
                    implementation = PensionAnnexVIII.class, example = "NOT_LISTED") String annexVIII,
            @Schema(description = "How the state brings its amounts to the cent; absent: the rule Liaison records "
                    + "for the state (France: truncation, Germany: half up, SGB VI § 121(2)), else half-even",
                    implementation = PensionRounding.class, example = "TRUNCATE") String rounding) {

        /** A rule that leaves the rounding to what Liaison records for the state. */
        public Rule(String state, BigDecimal minimumMonths, BigDecimal monthlyAccrual, BigDecimal maximumMonths,
                    BigDecimal theoreticalAmount, BigDecimal independentAmount, BigDecimal minimumPension,
                    String annexVIII) {
            this(state, minimumMonths, monthlyAccrual, maximumMonths, theoreticalAmount, independentAmount,
                    minimumPension, annexVIII, null);
        }
    }

    /** A bilateral convention between France and a partner, which may also count some third states' periods. */
    @Schema(name = "PensionConventionInput", description = "A bilateral convention between France and a partner")
    record Convention(@Schema(description = "The partner state", example = "IN") String partner,
                      @ArraySchema(arraySchema = @Schema(description = "Third states whose periods the convention "
                              + "also counts"), schema = @Schema(example = "BE")) List<String> thirdStates) {
    }
}
