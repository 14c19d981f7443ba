package org.liaison.coordination;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.coordination.SituationInput.ActivityInput;
import org.liaison.coordination.SituationInput.PeriodInput;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.PartnerCode;

/**
 * Checks a situation as sent by a client and builds the engine's {@link Situation}, or lists EVERY problem with
 * its field: missing or malformed values, reversed dates, unknown states, a posting from a state to itself,
 * percentages outside 0–100, overlapping activities for the same employer in the same state, activities outside
 * the period, shares that do not add up to 100 %. Facts that are merely unknown (e.g. whether the employer has a
 * substantial activity) are not problems: the engine names them as missing.
 */
public class SituationValidator {

    private final AgreementRegistry registry;

    public SituationValidator(AgreementRegistry registry) {
        this.registry = registry;
    }

    /** Either a situation or the problems; never both. */
    public record Result(@Nullable Situation situation, List<FieldProblem> problems) {
        public boolean valid() {
            return situation != null;
        }
    }

    public Result validate(@Nullable SituationInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input == null) {
            problems.add(SituationProblems.of("", "required"));
            return new Result(null, problems);
        }
        DatePeriod period = period(input.period(), "period", problems);
        Person person = person(input, problems);
        List<ActivityInput> activityInputs = input.activities() == null ? List.of() : input.activities();
        if (activityInputs.isEmpty()) {
            problems.add(SituationProblems.of("activities", "required"));
        }
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < activityInputs.size(); i++) {
            Activity activity = new ActivityChecks(this, "activities[" + i + "]", problems).check(activityInputs.get(i));
            activities.add(activity);
            if (activity != null && period != null
                    && (activity.period().start().isBefore(period.start()) || activity.period().end().isAfter(period.end()))) {
                problems.add(SituationProblems.of("activities[" + i + "].period", "outside-period", period.start(), period.end()));
            }
        }
        if (!activities.contains(null)) {
            SharesAndOverlaps.check(activities, problems);
        }
        PriorAffiliation prior = prior(input.priorAffiliation(), problems);
        List<EarlierPosting> earlier = earlierPostings(input.earlierPostings(), problems);
        CertificateHeld certificate = SituationCertificateChecks.certificate(this, input.certificateHeld(), problems);
        List<CentreOfInterest> centre = SituationCertificateChecks.centreOfInterest(this, input.centreOfInterest(), problems);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new Situation(person, activities, prior, earlier, Objects.requireNonNull(period),
                Boolean.TRUE.equals(input.exceptionRequested()), certificate, centre), List.of());
    }

    private @Nullable Person person(SituationInput input, List<FieldProblem> problems) {
        if (input.person() == null) {
            problems.add(SituationProblems.of("person", "required"));
            return null;
        }
        PartnerCode residence = knownState(input.person().residenceState(), "person.residenceState", problems);
        String nationality = input.person().nationality();
        if (nationality != null && !nationality.isBlank() && !nationality.trim().matches("[A-Za-z]{2}")) {
            problems.add(SituationProblems.of("person.nationality", "nationality"));
            return null;
        }
        String normalised = nationality == null || nationality.isBlank() ? null : nationality.trim().toUpperCase(java.util.Locale.ROOT);
        return residence == null ? null : new Person(residence, normalised);
    }

    private @Nullable PriorAffiliation prior(SituationInput.@Nullable PriorAffiliationInput input, List<FieldProblem> problems) {
        if (input == null || (blank(input.state()) && input.period() == null)) {
            return null;
        }
        PartnerCode state = knownState(input.state(), "priorAffiliation.state", problems);
        DatePeriod period = period(input.period(), "priorAffiliation.period", problems);
        return state == null || period == null ? null : new PriorAffiliation(state, period);
    }

    private List<EarlierPosting> earlierPostings(@Nullable List<SituationInput.EarlierPostingInput> inputs, List<FieldProblem> problems) {
        List<EarlierPosting> postings = new ArrayList<>();
        for (int i = 0; inputs != null && i < inputs.size(); i++) {
            var input = inputs.get(i);
            String field = "earlierPostings[" + i + "]";
            if (input == null) {
                problems.add(SituationProblems.of(field, "required"));
                continue;
            }
            PartnerCode from = knownState(input.postedFrom(), field + ".postedFrom", problems);
            PartnerCode to = knownState(input.state(), field + ".state", problems);
            if (blank(input.employerId())) {
                problems.add(SituationProblems.of(field + ".employerId", "required"));
            }
            DatePeriod period = period(input.period(), field + ".period", problems);
            if (from != null && to != null && period != null && !blank(input.employerId())) {
                postings.add(new EarlierPosting(from, to, input.employerId().trim(), period));
            }
        }
        return postings;
    }

    /** A state France coordinates with, or France itself; {@code null} (and a problem) otherwise. */
    @Nullable PartnerCode knownState(@Nullable String code, String field, List<FieldProblem> problems) {
        if (blank(code)) {
            problems.add(SituationProblems.of(field, "required"));
            return null;
        }
        if (!PartnerCode.isValid(code)) {
            problems.add(SituationProblems.of(field, "state-unknown", code.trim()));
            return null;
        }
        PartnerCode state = PartnerCode.of(code);
        if (!state.equals(registry.home().code()) && registry.partner(state).isEmpty()) {
            problems.add(SituationProblems.of(field, "state-unknown", state.value()));
            return null;
        }
        return state;
    }

    /** A well-formed state code (an employer's seat may be in any state of the world). */
    @Nullable PartnerCode anyState(@Nullable String code, String field, List<FieldProblem> problems) {
        if (blank(code)) {
            problems.add(SituationProblems.of(field, "required"));
            return null;
        }
        if (!PartnerCode.isValid(code)) {
            problems.add(SituationProblems.of(field, "state-format"));
            return null;
        }
        return PartnerCode.of(code);
    }

    static @Nullable DatePeriod period(@Nullable PeriodInput input, String field, List<FieldProblem> problems) {
        if (input == null) {
            problems.add(SituationProblems.of(field, "required"));
            return null;
        }
        LocalDate start = date(input.start(), field + ".start", problems);
        LocalDate end = date(input.end(), field + ".end", problems);
        if (start == null || end == null) {
            return null;
        }
        if (end.isBefore(start)) {
            problems.add(SituationProblems.of(field + ".end", "dates-reversed", start, end));
            return null;
        }
        return DatePeriod.of(start, end);
    }

    private static @Nullable LocalDate date(@Nullable String text, String field, List<FieldProblem> problems) {
        if (blank(text)) {
            problems.add(SituationProblems.of(field, "required"));
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(SituationProblems.of(field, "date-format"));
            return null;
        }
    }

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    static @Nullable ActivityKind kind(@Nullable String text) {
        if (blank(text)) {
            return null;
        }
        for (ActivityKind kind : ActivityKind.values()) {
            if (kind.name().equalsIgnoreCase(text.trim())) {
                return kind;
            }
        }
        return null;
    }
}
