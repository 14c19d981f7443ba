package org.liaison.coordination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.liaison.shared.FieldProblem;

/**
 * Checks between activities: the same employer cannot employ the person twice in the same state on the same day,
 * and activities pursued at the same time share the person's working time and pay: their shares, when all are
 * given, add up to 100 % (Reg. 987/2009 art. 14(8) compares parts of one whole).
 */
final class SharesAndOverlaps {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    // shares are often typed rounded (33.3 + 33.3 + 33.3)
    private static final BigDecimal TOLERANCE = new BigDecimal("0.5");

    private SharesAndOverlaps() {
    }

    static void check(List<Activity> activities, List<FieldProblem> problems) {
        for (int i = 0; i < activities.size(); i++) {
            for (int j = 0; j < i; j++) {
                Activity a = activities.get(i);
                Activity b = activities.get(j);
                if (a.state().equals(b.state()) && sameEmployer(a, b) && a.period().overlaps(b.period())) {
                    problems.add(SituationProblems.of("activities[" + i + "].period", "overlap", j + 1));
                }
            }
        }
        shares(activities, Activity::workingTimeShare, "workingTimeShare", problems);
        shares(activities, Activity::remunerationShare, "remunerationShare", problems);
    }

    private static boolean sameEmployer(Activity a, Activity b) {
        String first = a.employer() == null ? null : a.employer().id();
        String second = b.employer() == null ? null : b.employer().id();
        return Objects.equals(first, second);
    }

    /** On the first day of each activity, the activities pursued that day must share 100 % between them. */
    private static void shares(List<Activity> activities, Function<Activity, BigDecimal> share, String name,
                               List<FieldProblem> problems) {
        boolean reported = false;
        for (Activity activity : activities) {
            LocalDate day = activity.period().start();
            List<Activity> concurrent = activities.stream().filter(a -> a.period().contains(day)).toList();
            if (reported || concurrent.size() < 2 || concurrent.stream().anyMatch(a -> share.apply(a) == null)) {
                continue;
            }
            BigDecimal total = concurrent.stream().map(share).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
                problems.add(SituationProblems.of("activities[" + activities.indexOf(activity) + "]." + name,
                        "shares-total", total.stripTrailingZeros().toPlainString(), day));
                reported = true;
            }
        }
    }
}
