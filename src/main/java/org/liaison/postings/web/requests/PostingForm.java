package org.liaison.postings.web.requests;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.liaison.identity.Applicant;
import org.liaison.identity.ApplicantKind;
import org.liaison.coordination.SituationInput;
import org.liaison.coordination.SituationInput.PeriodInput;
import org.liaison.postings.CertificateRequest.PublicField;
import org.liaison.postings.internal.Submission;

/**
 * The public posting request form: one posting from France. Yes/no questions answer {@code yes}, {@code no} or
 * {@code unknown}; an unknown fact is left for the engine to name rather than guessed.
 */
public record PostingForm(@Nullable String residence, @Nullable String nationality, @Nullable String familyName,
                   @Nullable String givenNames, @Nullable String birthDate, @Nullable String identifier,
                   @Nullable String employerName, @Nullable String employerId, @Nullable String employerSeat,
                   @Nullable String substantialActivity, @Nullable String kind, @Nullable String workState,
                   @Nullable String start, @Nullable String end, @Nullable String replacesPostedWorker,
                   @Nullable String similarActivity, @Nullable String affiliatedSince, @Nullable String earlierStart,
                   @Nullable String earlierEnd, @Nullable Boolean exceptionRequested, @Nullable List<String> publicFields) {

    /**
     * This form with what the applicant's account says: the employer's name, and for a self-employed person their
     * identity and the kind of activity. The {@code account} marker keeps the page from offering to change them.
     */
    PostingForm from(Applicant applicant) {
        if (applicant.kind() == ApplicantKind.EMPLOYER) {
            return new PostingForm(residence, nationality, familyName, givenNames, birthDate, identifier,
                    applicant.companyName(), employerId, employerSeat, substantialActivity, "EMPLOYED", workState,
                    start, end, replacesPostedWorker, similarActivity, affiliatedSince, earlierStart, earlierEnd,
                    exceptionRequested, publicFields);
        }
        return new PostingForm(residence, nationality, applicant.familyName(), applicant.givenNames(),
                applicant.birthDate() == null ? birthDate : applicant.birthDate().toString(), identifier,
                applicant.displayName(), employerId, employerSeat, substantialActivity, "SELF_EMPLOYED", workState,
                start, end, replacesPostedWorker, similarActivity, affiliatedSince, earlierStart, earlierEnd,
                exceptionRequested, publicFields);
    }

    static PostingForm empty() {
        return new PostingForm("FR", "", "", "", "", "", "", "", "FR", "yes", "EMPLOYED", "", "", "", "no", "unknown",
                "", "", "", false, List.of());
    }

    Submission toSubmission() {
        PeriodInput period = new PeriodInput(start, end);
        var activity = new SituationInput.ActivityInput(kind, workState,
                new SituationInput.EmployerInput(employerId, employerSeat, yesNo(substantialActivity)), "FR", null, null,
                period, yesNo(replacesPostedWorker), yesNo(similarActivity));
        SituationInput.PriorAffiliationInput prior = blank(affiliatedSince) ? null
                : new SituationInput.PriorAffiliationInput("FR", new PeriodInput(affiliatedSince, dayBefore(start)));
        List<SituationInput.EarlierPostingInput> earlier = blank(earlierStart) && blank(earlierEnd) ? List.of()
                : List.of(new SituationInput.EarlierPostingInput("FR", workState, employerId, new PeriodInput(earlierStart, earlierEnd)));
        var situation = new SituationInput(new SituationInput.PersonInput(residence, nationality), List.of(activity), prior,
                earlier, period, Boolean.TRUE.equals(exceptionRequested));
        // an optional field left empty is absent, not an empty code
        return new Submission(situation, new Submission.HolderInput(familyName, givenNames, birthDate,
                blank(nationality) ? null : nationality, blank(identifier) ? null : identifier),
                employerName, fields());
    }

    public boolean consents(String field) {
        return publicFields != null && publicFields.contains(field);
    }

    private Set<PublicField> fields() {
        Set<PublicField> fields = EnumSet.noneOf(PublicField.class);
        if (publicFields != null) {
            for (PublicField field : PublicField.values()) {
                if (publicFields.contains(field.name())) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /** Maps a problem's path to the form field that shows it. */
    static String fieldOf(String path) {
        String field = path.replaceFirst("^situation\\.", "").replaceFirst("^holder\\.", "");
        if (field.startsWith("priorAffiliation")) {
            return "affiliatedSince";
        }
        if (field.startsWith("earlierPostings")) {
            return field.endsWith("end") ? "earlierEnd" : "earlierStart";
        }
        field = field.replaceFirst("^activities\\[0\\]\\.", "").replaceFirst("^activities$", "workState");
        return switch (field) {
            case "person.residenceState" -> "residence";
            case "person.nationality" -> "nationality";
            case "employer", "employer.id" -> "employerId";
            case "employer.seat" -> "employerSeat";
            case "state", "postedFrom" -> "workState";
            case "period.start" -> "start";
            case "period", "period.end" -> "end";
            default -> field;
        };
    }

    private static @Nullable Boolean yesNo(@Nullable String answer) {
        return "yes".equals(answer) ? Boolean.TRUE : "no".equals(answer) ? Boolean.FALSE : null;
    }

    private static @Nullable String dayBefore(@Nullable String date) {
        try {
            return date == null ? null : LocalDate.parse(date.trim()).minusDays(1).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
