package org.liaison.coordination.internal.rules;

import java.time.LocalDate;
import java.util.List;
import org.liaison.coordination.Activity;
import org.liaison.coordination.Situation;
import org.liaison.shared.DatePeriod;

/** A part of the period with one regime and one set of activities: the unit the policies decide. */
record Segment(DatePeriod period, List<Segment.Indexed> activities, Regime regime, Situation situation,
               LocalDate situationStart) {

    /** An activity with its index in the situation as submitted, to name its missing facts. */
    record Indexed(int index, Activity activity) {
        String path(String field) {
            return "activities[" + index + "]." + field;
        }
    }
}
