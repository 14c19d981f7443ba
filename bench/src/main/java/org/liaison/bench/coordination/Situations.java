package org.liaison.bench.coordination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.liaison.coordination.Activity;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.Employer;
import org.liaison.coordination.Person;
import org.liaison.coordination.PriorAffiliation;
import org.liaison.coordination.Situation;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/**
 * A fixed pseudo-random mix like the liaison body's flow: mostly postings from France (EU, UK, conventions), some
 * work in two states, some single-state work, with dates from 2005 to 2030.
 */
final class Situations {

    private static final String[] HOSTS = {"DE", "BE", "ES", "IT", "LU", "CH", "GB", "PL", "NL", "US", "JP", "DZ", "MA", "NC"};
    private static final PartnerCode FR = PartnerCode.of("FR");

    private Situations() {
    }

    static Situation[] mix(int size, long seed) {
        Random random = new Random(seed);
        Situation[] situations = new Situation[size];
        for (int i = 0; i < size; i++) {
            situations[i] = next(random);
        }
        return situations;
    }

    static Situation next(Random random) {
        LocalDate start = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(25 * 365));
        DatePeriod period = new DatePeriod(start, start.plusDays(60 + random.nextInt(4 * 365)));
        PartnerCode host = PartnerCode.of(HOSTS[random.nextInt(HOSTS.length)]);
        PriorAffiliation prior = new PriorAffiliation(FR, new DatePeriod(start.minusYears(3), start.minusDays(1)));
        int kind = random.nextInt(10);
        List<Activity> activities;
        if (kind < 7) {
            activities = List.of(new Activity(ActivityKind.EMPLOYED, host, new Employer("E1", FR, true), FR, null, null, period,
                    false, null));
        } else if (kind < 9) {
            BigDecimal share = BigDecimal.valueOf(10 + random.nextInt(40));
            activities = List.of(
                    new Activity(ActivityKind.EMPLOYED, FR, new Employer("E1", FR, true), null, share, null, period, null, null),
                    new Activity(ActivityKind.EMPLOYED, PartnerCode.of("BE"), new Employer("E2", PartnerCode.of("BE"), true), null,
                            BigDecimal.valueOf(100).subtract(share), null, period, null, null));
        } else {
            activities = List.of(new Activity(ActivityKind.SELF_EMPLOYED, host, null, null, null, null, period, null, null));
        }
        return new Situation(new Person(FR, "FR"), activities, prior, List.of(), period, false);
    }
}
