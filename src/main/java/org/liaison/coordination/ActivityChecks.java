package org.liaison.coordination;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.SituationInput.ActivityInput;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.PartnerCode;

/** The checks of one activity of a situation, reporting under the activity's field path. */
final class ActivityChecks {

    private static final Set<ActivityKind> NEED_EMPLOYER =
            Set.of(ActivityKind.EMPLOYED, ActivityKind.CIVIL_SERVANT, ActivityKind.SEAFARER, ActivityKind.FLIGHT_CREW);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SituationValidator validator;
    private final String field;
    private final List<FieldProblem> problems;

    ActivityChecks(SituationValidator validator, String field, List<FieldProblem> problems) {
        this.validator = validator;
        this.field = field;
        this.problems = problems;
    }

    @Nullable Activity check(@Nullable ActivityInput input) {
        if (input == null) {
            problems.add(SituationProblems.of(field, "required"));
            return null;
        }
        int before = problems.size();
        ActivityKind kind = SituationValidator.kind(input.kind());
        if (kind == null) {
            problems.add(SituationProblems.of(field + ".kind", SituationValidator.blank(input.kind()) ? "required" : "kind"));
        }
        PartnerCode state = validator.knownState(input.state(), field + ".state", problems);
        PartnerCode postedFrom = SituationValidator.blank(input.postedFrom()) ? null
                : validator.knownState(input.postedFrom(), field + ".postedFrom", problems);
        if (state != null && state.equals(postedFrom)) {
            problems.add(SituationProblems.of(field + ".postedFrom", "posting-same-state", state.value()));
        }
        Employer employer = employer(input, kind);
        share(input.workingTimeShare(), ".workingTimeShare");
        share(input.remunerationShare(), ".remunerationShare");
        DatePeriod period = SituationValidator.period(input.period(), field + ".period", problems);
        if (problems.size() > before) {
            return null;
        }
        return new Activity(kind, state, employer, postedFrom, input.workingTimeShare(), input.remunerationShare(),
                period, input.replacesPostedWorker(), input.similarActivity());
    }

    private @Nullable Employer employer(ActivityInput input, @Nullable ActivityKind kind) {
        var employer = input.employer();
        if (employer == null) {
            if (kind != null && NEED_EMPLOYER.contains(kind)) {
                problems.add(SituationProblems.of(field + ".employer", "required"));
            }
            return null;
        }
        if (SituationValidator.blank(employer.id())) {
            problems.add(SituationProblems.of(field + ".employer.id", "required"));
        }
        PartnerCode seat = validator.anyState(employer.seat(), field + ".employer.seat", problems);
        if (seat == null || SituationValidator.blank(employer.id())) {
            return null;
        }
        return new Employer(employer.id().trim(), seat, employer.substantialActivityInSeat());
    }

    private void share(@Nullable BigDecimal share, String suffix) {
        if (share != null && (share.signum() < 0 || share.compareTo(HUNDRED) > 0)) {
            problems.add(SituationProblems.of(field + suffix, "percentage"));
        }
    }
}
