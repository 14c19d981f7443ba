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
 * @param certificateHeld    a certificate of the applicable legislation already issued for this work, if any
 * @param centreOfInterest   for a self-employed person in several states: the criteria of Reg. 987/2009 art. 14(9),
 *                           per state (none when not given)
 */
public record Situation(Person person, List<Activity> activities, @Nullable PriorAffiliation priorAffiliation,
                        List<EarlierPosting> earlierPostings, DatePeriod period, boolean exceptionRequested,
                        @Nullable CertificateHeld certificateHeld, List<CentreOfInterest> centreOfInterest) {

    public Situation {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(period, "period");
        activities = List.copyOf(activities);
        earlierPostings = earlierPostings == null ? List.of() : List.copyOf(earlierPostings);
        centreOfInterest = centreOfInterest == null ? List.of() : List.copyOf(centreOfInterest);
    }

    /** A situation without a certificate already issued nor centre-of-interest criteria (as before issue #12). */
    public Situation(Person person, List<Activity> activities, @Nullable PriorAffiliation priorAffiliation,
                     List<EarlierPosting> earlierPostings, DatePeriod period, boolean exceptionRequested) {
        this(person, activities, priorAffiliation, earlierPostings, period, exceptionRequested, null, List.of());
    }
}
