package org.liaison.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.internal.RegistrySnapshot;
import org.liaison.coordination.SituationInput.ActivityInput;
import org.liaison.coordination.SituationInput.EmployerInput;
import org.liaison.coordination.SituationInput.PeriodInput;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.Message;

/** Every bad input of issue #3 ("Bad input") is reported with its field, all at once, and nothing is guessed. */
class SituationValidatorTests {

    static final SituationValidator VALIDATOR = new SituationValidator(RegistrySnapshot.fromClasspath());
    static final PeriodInput YEAR = new PeriodInput("2026-01-01", "2026-12-31");
    static final EmployerInput EMPLOYER = new EmployerInput("552100554", "FR", true);

    @Test
    void aCompletePostingBecomesASituation() {
        var result = VALIDATOR.validate(situation("FR", List.of(activity("DE", "FR", YEAR, null, null))));

        assertThat(result.valid()).isTrue();
        assertThat(result.situation().activities()).hasSize(1);
        assertThat(result.situation().activities().get(0).isPosting()).isTrue();
    }

    @Test
    void reversedDatesAreReportedOnTheEndDate() {
        var result = VALIDATOR.validate(situation("FR", List.of(activity("DE", "FR", new PeriodInput("2026-06-01", "2026-02-01"), null, null))));

        assertThat(fields(result.problems())).contains("activities[0].period.end");
    }

    @Test
    void overlappingActivitiesInTheSameStateForTheSameEmployerAreReported() {
        var result = VALIDATOR.validate(situation("BE", List.of(
                activity("BE", null, new PeriodInput("2026-01-01", "2026-08-31"), null, null),
                activity("BE", null, new PeriodInput("2026-06-01", "2026-12-31"), null, null))));

        assertThat(fields(result.problems())).containsExactly("activities[1].period");
    }

    @Test
    void anActivityOutsideTheDecidedPeriodIsReported() {
        var result = VALIDATOR.validate(situation("FR", List.of(activity("DE", "FR", new PeriodInput("2025-12-01", "2026-03-31"), null, null))));

        assertThat(fields(result.problems())).containsExactly("activities[0].period");
    }

    @Test
    void sharesOfConcurrentActivitiesThatDoNotAddUpToAHundredAreReported() {
        // rules.md §5 example 4 with a typing error: 30 % in BE + 60 % in NL
        var result = VALIDATOR.validate(situation("BE", List.of(
                activity("BE", null, YEAR, "30", "30"),
                activity("NL", null, YEAR, "60", "70"))));

        assertThat(fields(result.problems())).containsExactly("activities[0].workingTimeShare");
        assertThat(((Message) result.problems().get(0).message()).arguments()).first().isEqualTo("90");
    }

    @Test
    void sharesAddingUpToAHundredPass() {
        var result = VALIDATOR.validate(situation("BE", List.of(
                activity("BE", null, YEAR, "30", "25"),
                activity("NL", null, YEAR, "70", "75"))));

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void unknownStatesAreReportedButAnEmployerMaySitAnywhere() {
        var result = VALIDATOR.validate(situation("ZZ", List.of(
                new ActivityInput("EMPLOYED", "CN", new EmployerInput("X", "CN", true), "XX", null, null, YEAR, false, null))));

        assertThat(fields(result.problems())).containsExactlyInAnyOrder("person.residenceState", "activities[0].state",
                "activities[0].postedFrom");
    }

    @Test
    void aPostingToFranceFromFranceIsReported() {
        var result = VALIDATOR.validate(situation("FR", List.of(activity("FR", "FR", YEAR, null, null))));

        assertThat(result.problems()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("activities[0].postedFrom", "POSTING_SAME_STATE"));
    }

    @Test
    void percentagesOutsideZeroToAHundredAreReported() {
        var result = VALIDATOR.validate(situation("BE", List.of(
                activity("BE", null, YEAR, "-5", "50"),
                activity("NL", null, YEAR, "105", "50"))));

        assertThat(fields(result.problems())).containsExactlyInAnyOrder("activities[0].workingTimeShare",
                "activities[1].workingTimeShare");
    }

    @Test
    void missingRequiredFieldsAreAllReportedAtOnce() {
        var result = VALIDATOR.validate(new SituationInput(null,
                List.of(new ActivityInput(null, null, null, null, null, null, new PeriodInput(null, "31/12/2026"), null, null)),
                null, null, null, null));

        assertThat(fields(result.problems())).containsExactlyInAnyOrder("person", "period", "activities[0].kind",
                "activities[0].state", "activities[0].period.start", "activities[0].period.end");
    }

    @Test
    void anUnknownFactIsNotAProblemTheEngineNamesItInstead() {
        var unknown = new ActivityInput("EMPLOYED", "DE", new EmployerInput("552100554", "FR", null), "FR", null, null, YEAR, null, null);

        assertThat(VALIDATOR.validate(situation("FR", List.of(unknown))).valid()).isTrue();
    }

    private static SituationInput situation(String residence, List<ActivityInput> activities) {
        return new SituationInput(new SituationInput.PersonInput(residence, "FR"), activities, null, List.of(), YEAR, false);
    }

    private static ActivityInput activity(String state, String postedFrom, PeriodInput period, String time, String pay) {
        return new ActivityInput("EMPLOYED", state, EMPLOYER, postedFrom, time == null ? null : new BigDecimal(time),
                pay == null ? null : new BigDecimal(pay), period, false, null);
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
