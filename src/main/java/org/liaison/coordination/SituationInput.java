package org.liaison.coordination;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A situation as a client sends it (API body, form, simulator answers): plain strings and numbers, so that every
 * wrong value can be reported with its field instead of failing the whole body. {@link SituationValidator} turns
 * it into a {@link org.liaison.coordination.Situation}.
 */
@Schema(description = "The person's situation: residence, activities, prior affiliation, earlier postings, the period to decide")
public record SituationInput(@Nullable PersonInput person, @Nullable List<ActivityInput> activities,
                             @Nullable PriorAffiliationInput priorAffiliation,
                             @Nullable List<EarlierPostingInput> earlierPostings,
                             @Nullable PeriodInput period, @Nullable Boolean exceptionRequested) {

    /** Dates as ISO strings (yyyy-MM-dd), both ends included. */
    public record PeriodInput(@Schema(example = "2026-03-01") @Nullable String start,
                              @Schema(example = "2027-02-28") @Nullable String end) {
    }

    public record PersonInput(@Schema(description = "State of residence", example = "FR") @Nullable String residenceState,
                              @Schema(description = "ISO 3166 alpha-2 nationality, if known", example = "FR") @Nullable String nationality) {
    }

    public record EmployerInput(@Schema(description = "Identifier (SIREN, VAT number), never a person's name", example = "552100554")
                                @Nullable String id,
                                @Schema(description = "State of the registered office", example = "FR") @Nullable String seat,
                                @Schema(description = "Substantial activity (other than internal management) in the seat state")
                                @Nullable Boolean substantialActivityInSeat) {
    }

    public record ActivityInput(@Schema(description = "EMPLOYED, SELF_EMPLOYED, CIVIL_SERVANT, SEAFARER, FLIGHT_CREW")
                                @Nullable String kind,
                                @Schema(description = "Work state (flag state for a seafarer, home base for flight crew)", example = "DE")
                                @Nullable String state,
                                @Nullable EmployerInput employer,
                                @Schema(description = "For a posting: the sending state", example = "FR") @Nullable String postedFrom,
                                @Schema(description = "Share of working time, percent") @Nullable BigDecimal workingTimeShare,
                                @Schema(description = "Share of remuneration or income, percent") @Nullable BigDecimal remunerationShare,
                                @Nullable PeriodInput period, @Nullable Boolean replacesPostedWorker,
                                @Nullable Boolean similarActivity) {
    }

    public record PriorAffiliationInput(@Nullable String state, @Nullable PeriodInput period) {
    }

    /** A posting that ended before this one: named like an activity's posting (postedFrom, state). */
    public record EarlierPostingInput(@Nullable String postedFrom, @Nullable String state, @Nullable String employerId,
                                      @Nullable PeriodInput period) {
    }
}
