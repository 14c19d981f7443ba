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
                             @Schema(description = "The period to decide, both ends included") @Nullable PeriodInput period,
                             @Schema(description = "If the posting conditions are not met, an exception is asked to stay "
                                     + "under the sending state's legislation (Reg. 883/2004 art. 16(1), a convention's "
                                     + "derogation)", example = "false")
                             @Nullable Boolean exceptionRequested,
                             @Schema(description = "A certificate of the applicable legislation (PD A1, E 101, a "
                                     + "convention's certificate of posting) already issued for this work: it binds "
                                     + "the other states' institutions for the period it covers until withdrawn "
                                     + "(Reg. 987/2009 art. 5)")
                             @Nullable CertificateHeldInput certificateHeld,
                             @Schema(description = "Self-employed in two or more states: the criteria of Reg. 987/2009 "
                                     + "art. 14(9), one entry per state, on the next 12 months (art. 14(10)); used only "
                                     + "when the state of residence has no substantial part")
                             @Nullable List<CentreOfInterestInput> centreOfInterest) {

    /** The situation as before issue #12: no certificate held, no centre-of-interest criteria. */
    public SituationInput(@Nullable PersonInput person, @Nullable List<ActivityInput> activities,
                          @Nullable PriorAffiliationInput priorAffiliation, @Nullable List<EarlierPostingInput> earlierPostings,
                          @Nullable PeriodInput period, @Nullable Boolean exceptionRequested) {
        this(person, activities, priorAffiliation, earlierPostings, period, exceptionRequested, null, null);
    }

    @Schema(name = "SituationCertificateHeldInput", description = "A certificate already issued for this work")
    public record CertificateHeldInput(@Schema(description = "The state whose institution issued it", example = "CH")
                                       @Nullable String issuingState,
                                       @Schema(description = "PD_A1, E101 or BILATERAL (a convention's certificate of posting)",
                                               allowableValues = {"PD_A1", "E101", "BILATERAL"}, example = "PD_A1")
                                       @Nullable String kind,
                                       @Schema(description = "The period it covers") @Nullable PeriodInput period,
                                       @Schema(description = "The issuing institution withdrew it or declared it invalid",
                                               example = "false")
                                       @Nullable Boolean withdrawn,
                                       @Schema(description = "Another state's institution contests it and asked the issuer "
                                               + "to reconsider (Decision A1 dialogue procedure)", example = "false")
                                       @Nullable Boolean contestedByHost,
                                       @Schema(description = "The host institution sent the issuer concrete evidence of fraud "
                                               + "and the issuer did not review the certificate within a reasonable time "
                                               + "(CJEU C-359/16 Altun)", example = "false")
                                       @Nullable Boolean fraudEvidenceUnanswered) {
    }

    @Schema(name = "SituationCentreOfInterestInput", description = "Reg. 987/2009 art. 14(9) criteria in one state")
    public record CentreOfInterestInput(@Schema(description = "The state", example = "DE") @Nullable String state,
                                        @Schema(description = "A fixed and permanent place of business there", example = "true")
                                        @Nullable Boolean fixedPlaceOfBusiness,
                                        @Schema(description = "The activity there is habitual, not occasional", example = "true")
                                        @Nullable Boolean habitual,
                                        @Schema(description = "Services or assignments expected there in the next 12 months",
                                                example = "40")
                                        @Nullable Integer servicesRendered,
                                        @Schema(description = "The person means this state to be the centre of the activities",
                                                example = "true")
                                        @Nullable Boolean intended) {
    }

    /** Dates as ISO strings (yyyy-MM-dd), both ends included. */
    @Schema(name = "SituationPeriodInput", description = "A period, both ends included")
    public record PeriodInput(@Schema(format = "date", example = "2026-03-01") @Nullable String start,
                              @Schema(format = "date", example = "2027-10-31") @Nullable String end) {
    }

    @Schema(name = "SituationPersonInput")
    public record PersonInput(@Schema(description = "State of residence (ISO 3166-1 alpha-2)", example = "FR")
                              @Nullable String residenceState,
                              @Schema(description = "ISO 3166 alpha-2 nationality, if known", example = "FR") @Nullable String nationality) {
    }

    @Schema(name = "SituationEmployerInput")
    public record EmployerInput(@Schema(description = "Identifier (SIREN, VAT number), never a person's name", example = "552100554")
                                @Nullable String id,
                                @Schema(description = "State of the registered office", example = "FR") @Nullable String seat,
                                @Schema(description = "Substantial activity (other than internal management) in the seat state; "
                                        + "absent when unknown", example = "true")
                                @Nullable Boolean substantialActivityInSeat) {
    }

    @Schema(name = "SituationActivityInput")
    public record ActivityInput(@Schema(description = "How the person works", implementation = ActivityKind.class,
                                        example = "EMPLOYED")
                                @Nullable String kind,
                                @Schema(description = "Work state (flag state for a seafarer, home base for flight crew)", example = "DE")
                                @Nullable String state,
                                @Nullable EmployerInput employer,
                                @Schema(description = "For a posting: the sending state", example = "FR") @Nullable String postedFrom,
                                @Schema(description = "Share of working time, percent (several activities); an activity "
                                        + "under 5 % of time and pay is marginal and disregarded (Reg. 987/2009 art. 14(5b))",
                                        example = "100")
                                @Nullable BigDecimal workingTimeShare,
                                @Schema(description = "Share of remuneration or income, percent (several activities)", example = "100")
                                @Nullable BigDecimal remunerationShare,
                                @Nullable PeriodInput period,
                                @Schema(description = "For a posting: the person is sent to replace another posted person, "
                                        + "whoever employed them; if true, art. 12 does not apply (CJEU C-527/16 Alpenrind)",
                                        example = "false")
                                @Nullable Boolean replacesPostedWorker,
                                @Schema(description = "For a self-employed posting: the work abroad is similar to the usual "
                                        + "self-employed activity", example = "true")
                                @Nullable Boolean similarActivity) {
    }

    @Schema(name = "SituationPriorAffiliationInput", description = "The legislation the person was subject to just "
            + "before the period (for a posting: at least one month before it starts)")
    public record PriorAffiliationInput(@Schema(example = "FR") @Nullable String state, @Nullable PeriodInput period) {
    }

    /** A posting that ended before this one: named like an activity's posting (postedFrom, state). */
    @Schema(name = "SituationEarlierPostingInput", description = "A posting of the same person that ended before "
            + "the period")
    public record EarlierPostingInput(@Schema(description = "The sending state", example = "FR") @Nullable String postedFrom,
                                      @Schema(description = "The state of work", example = "DE") @Nullable String state,
                                      @Schema(description = "The employer's identifier", example = "552100554")
                                      @Nullable String employerId,
                                      @Nullable PeriodInput period) {
    }
}
