package org.liaison.coordination;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.DatePeriod;

/**
 * Everything the applicable-legislation rules look at, for the period to decide. Built by the web form, the API
 * or the simulator, and checked (dates, shares, known states) before the engine sees it.
 *
 * @param exceptionRequested whether an exception by agreement between authorities is asked for (art. 16(1) or a
 *                           convention's exceptional derogation)
 */
public record Situation(Person person, List<Activity> activities, @Nullable PriorAffiliation priorAffiliation,
                        List<EarlierPosting> earlierPostings, DatePeriod period, boolean exceptionRequested) {

    public Situation {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(period, "period");
        activities = List.copyOf(activities);
        earlierPostings = earlierPostings == null ? List.of() : List.copyOf(earlierPostings);
    }
}
