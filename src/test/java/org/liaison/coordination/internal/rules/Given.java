package org.liaison.coordination.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liaison.agreements.internal.RegistrySnapshot;
import org.liaison.coordination.Activity;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.EarlierPosting;
import org.liaison.coordination.Employer;
import org.liaison.coordination.Person;
import org.liaison.coordination.PriorAffiliation;
import org.liaison.coordination.Situation;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/** Fixture builders: situations read like the worked examples they come from. */
final class Given {

    static final RegistrySnapshot REGISTRY = RegistrySnapshot.fromClasspath();
    static final LegislationEngine ENGINE = new LegislationEngine(REGISTRY);

    private Given() {
    }

    static PartnerCode state(String code) {
        return PartnerCode.of(code);
    }

    static DatePeriod from(String start, String end) {
        return new DatePeriod(LocalDate.parse(start), LocalDate.parse(end));
    }

    static Employer employer(String id, String seat) {
        return new Employer(id, state(seat), true);
    }

    static Employer employer(String id, String seat, Boolean substantial) {
        return new Employer(id, state(seat), substantial);
    }

    /** A posting by an employer with substantial activity in the sending state, replacing no one. */
    static Activity posting(String from, String to, DatePeriod period) {
        return new Activity(ActivityKind.EMPLOYED, state(to), employer("EMP-1", from), state(from), null, null, period, false, null);
    }

    static Activity selfEmployedPosting(String from, String to, DatePeriod period) {
        return new Activity(ActivityKind.SELF_EMPLOYED, state(to), null, state(from), null, null, period, null, true);
    }

    static Activity work(ActivityKind kind, String state, Employer employer, DatePeriod period, Integer time, Integer pay) {
        return new Activity(kind, state(state), employer, null, time == null ? null : BigDecimal.valueOf(time),
                pay == null ? null : BigDecimal.valueOf(pay), period, null, null);
    }

    static Builder resident(String residence) {
        return new Builder(residence);
    }

    static final class Builder {
        private final String residence;
        private String nationality;
        private final List<Activity> activities = new ArrayList<>();
        private PriorAffiliation prior;
        private final List<EarlierPosting> earlier = new ArrayList<>();
        private boolean exception;

        Builder(String residence) {
            this.residence = residence;
        }

        Builder nationality(String code) {
            this.nationality = code;
            return this;
        }

        Builder with(Activity activity) {
            activities.add(activity);
            return this;
        }

        /** Affiliated to the state from the date until the day before the first activity starts. */
        Builder affiliatedIn(String state, String since) {
            LocalDate start = activities.stream().map(a -> a.period().start()).min(LocalDate::compareTo).orElseThrow();
            this.prior = new PriorAffiliation(state(state), new DatePeriod(LocalDate.parse(since), start.minusDays(1)));
            return this;
        }

        Builder earlierPosting(String from, String to, String employerId, DatePeriod period) {
            earlier.add(new EarlierPosting(state(from), state(to), employerId, period));
            return this;
        }

        Builder exceptionRequested() {
            this.exception = true;
            return this;
        }

        Situation over(DatePeriod period) {
            return new Situation(new Person(state(residence), nationality), activities, prior, earlier, period, exception);
        }

        /** The period is the activities' span. */
        Situation situation() {
            LocalDate start = activities.stream().map(a -> a.period().start()).min(LocalDate::compareTo).orElseThrow();
            LocalDate end = activities.stream().map(a -> a.period().end()).max(LocalDate::compareTo).orElseThrow();
            return over(new DatePeriod(start, end));
        }
    }
}
