package org.liaison.postings.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.Activity;
import org.liaison.coordination.Situation;
import org.liaison.coordination.SituationInput;
import org.liaison.coordination.SituationValidator;
import org.liaison.postings.CertificateRequest.PublicField;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The checks of a posting request on top of the situation's: the holder's details the certificate needs, the
 * employer's name, and one posting FROM France (Liaison issues the certificates of the French legislation; for a
 * posting to France the sending state's institution issues them). Problems of the situation keep their path under
 * {@code situation.}.
 */
@Component
class SubmissionChecks {

    /**
     * The longest employer name, holder names and identifier: the columns of the request and of its certificate
     * (longer ones failed at the database with a 500). A company's full legal name can be longer than 200
     * characters, hence 500 for the employer (V4_5); anything longer is not a name.
     */
    static final int EMPLOYER_NAME_LENGTH = 500;
    static final int NAME_LENGTH = 200;
    static final int IDENTIFIER_LENGTH = 60;

    private final SituationValidator validator;

    SubmissionChecks(SituationValidator validator) {
        this.validator = validator;
    }

    record Checked(Situation situation, Activity posting, Set<PublicField> publicFields) {
    }

    Checked check(Submission submission) {
        List<FieldProblem> problems = new ArrayList<>();
        SituationValidator.Result result = validator.validate(submission.situation());
        result.problems().forEach(p -> problems.add(p.at(p.field().isEmpty() ? "situation" : "situation." + p.field())));
        holder(submission.holder(), problems);
        if (blank(submission.employerName())) {
            problems.add(PostingProblems.of("employerName", "required"));
        } else {
            tooLong("employerName", submission.employerName(), EMPLOYER_NAME_LENGTH, problems);
        }
        Activity posting = null;
        if (result.valid()) {
            List<Activity> activities = result.situation().activities();
            int index = -1;
            for (int i = 0; i < activities.size() && index < 0; i++) {
                index = activities.get(i).isPosting() ? i : -1;
            }
            if (index < 0) {
                problems.add(PostingProblems.of("situation.activities", "no-posting"));
            } else if (!"FR".equals(activities.get(index).postedFrom().value())) {
                problems.add(PostingProblems.of("situation.activities[" + index + "].postedFrom", "posting-not-from-france"));
            } else if (activities.get(index).employer() == null) {
                // the certificate names the employer or, for a self-employed person, the undertaking
                problems.add(PostingProblems.of("situation.activities[" + index + "].employer", "required"));
            } else {
                posting = activities.get(index);
                bornBefore(submission.holder(), posting, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Set<PublicField> fields = submission.publicFields() == null || submission.publicFields().isEmpty()
                ? EnumSet.noneOf(PublicField.class) : EnumSet.copyOf(submission.publicFields());
        return new Checked(result.situation(), posting, fields);
    }

    /** The situation of a stored request (it was valid when submitted). */
    Situation situationOf(SituationInput input) {
        SituationValidator.Result result = validator.validate(input);
        if (!result.valid()) {
            throw new IllegalStateException("a stored situation no longer passes validation");
        }
        return result.situation();
    }

    private static void bornBefore(Submission.HolderInput holder, Activity posting, List<FieldProblem> problems) {
        try {
            if (holder != null && holder.birthDate() != null
                    && !LocalDate.parse(holder.birthDate().trim()).isBefore(posting.period().start())) {
                problems.add(PostingProblems.of("holder.birthDate", "birth-date-after-start"));
            }
        } catch (DateTimeParseException e) {
            // already reported as a malformed date
        }
    }

    private static void holder(Submission.HolderInput holder, List<FieldProblem> problems) {
        if (holder == null) {
            problems.add(PostingProblems.of("holder", "required"));
            return;
        }
        if (blank(holder.familyName())) {
            problems.add(PostingProblems.of("holder.familyName", "required"));
        }
        if (blank(holder.givenNames())) {
            problems.add(PostingProblems.of("holder.givenNames", "required"));
        }
        if (blank(holder.birthDate())) {
            problems.add(PostingProblems.of("holder.birthDate", "required"));
        } else {
            try {
                if (LocalDate.parse(holder.birthDate().trim()).isAfter(LocalDate.now())) {
                    problems.add(PostingProblems.of("holder.birthDate", "birth-date-future"));
                }
            } catch (DateTimeParseException e) {
                problems.add(PostingProblems.of("holder.birthDate", "date-format"));
            }
        }
        // absent is allowed; given, it is a code (an empty one made the certificate fail)
        if (holder.nationality() != null && !holder.nationality().trim().matches("[A-Za-z]{2}")) {
            problems.add(PostingProblems.of("holder.nationality", "nationality"));
        }
        tooLong("holder.familyName", holder.familyName(), NAME_LENGTH, problems);
        tooLong("holder.givenNames", holder.givenNames(), NAME_LENGTH, problems);
        tooLong("holder.identifier", holder.identifier(), IDENTIFIER_LENGTH, problems);
    }

    private static void tooLong(String field, @Nullable String text, int limit, List<FieldProblem> problems) {
        if (text != null && text.strip().length() > limit) {
            problems.add(PostingProblems.of(field, "too-long", limit));
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
