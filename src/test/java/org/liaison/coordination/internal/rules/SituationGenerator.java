package org.liaison.coordination.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.liaison.coordination.Activity;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.EarlierPosting;
import org.liaison.coordination.Employer;
import org.liaison.coordination.Person;
import org.liaison.coordination.PriorAffiliation;
import org.liaison.coordination.Situation;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/** Seeded random situations over EU, EEA, Swiss, UK and convention partners and dates from 1995 to 2030. */
public final class SituationGenerator {

    private static final String[] STATES = {"FR", "FR", "FR", "DE", "BE", "ES", "IT", "LU", "NL", "PL", "HR", "CH", "NO", "GB",
            "US", "JP", "DZ", "MA", "UY", "NC", "CA", "TN"};
    private static final ActivityKind[] KINDS = ActivityKind.values();

    private final Random random;

    public SituationGenerator(Random random) {
        this.random = random;
    }

    public Situation next() {
        LocalDate start = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(35 * 365));
        DatePeriod period = new DatePeriod(start, start.plusDays(30 + random.nextInt(6 * 365)));
        PartnerCode residence = state();
        List<Activity> activities = new ArrayList<>();
        int count = random.nextInt(10) < 6 ? 1 : random.nextInt(4);
        boolean posting = count == 1 && random.nextBoolean();
        for (int i = 0; i < count; i++) {
            PartnerCode where = posting ? other(PartnerCode.of("FR")) : state();
            ActivityKind kind = posting ? (random.nextInt(4) == 0 ? ActivityKind.SELF_EMPLOYED : ActivityKind.EMPLOYED)
                    : KINDS[random.nextInt(KINDS.length)];
            PartnerCode from = posting ? PartnerCode.of("FR") : null;
            Employer employer = kind == ActivityKind.SELF_EMPLOYED && random.nextBoolean() ? null
                    : new Employer("E" + random.nextInt(3), posting ? from : state(), random.nextInt(10) == 0 ? null : random.nextInt(8) > 0);
            DatePeriod activityPeriod = random.nextInt(3) == 0 ? sub(period) : period;
            BigDecimal share = count > 1 ? BigDecimal.valueOf(100 / count) : null;
            activities.add(new Activity(kind, where, employer, from, share, random.nextBoolean() ? share : null, activityPeriod,
                    posting ? random.nextInt(10) == 0 : null, posting ? random.nextInt(8) > 0 : null));
        }
        PriorAffiliation prior = random.nextInt(6) == 0 ? null
                : new PriorAffiliation(PartnerCode.of("FR"), new DatePeriod(start.minusMonths(1 + random.nextInt(48)), start.minusDays(1)));
        List<EarlierPosting> earlier = random.nextInt(5) == 0 && !activities.isEmpty()
                ? List.of(new EarlierPosting(PartnerCode.of("FR"), activities.get(0).state(), "E0",
                new DatePeriod(start.minusMonths(14), start.minusMonths(1 + random.nextInt(12)))))
                : List.of();
        String nationality = random.nextInt(5) == 0 ? null : random.nextBoolean() ? "FR" : "BR";
        return new Situation(new Person(residence, nationality), activities, prior, earlier, period, random.nextInt(10) == 0);
    }

    private PartnerCode state() {
        return PartnerCode.of(STATES[random.nextInt(STATES.length)]);
    }

    private PartnerCode other(PartnerCode not) {
        PartnerCode s;
        do {
            s = state();
        } while (s.equals(not));
        return s;
    }

    private DatePeriod sub(DatePeriod period) {
        long days = period.days();
        LocalDate a = period.start().plusDays(random.nextInt((int) Math.max(1, days / 2)));
        LocalDate b = a.plusDays(random.nextInt((int) Math.max(1, period.end().toEpochDay() - a.toEpochDay() + 1)));
        return new DatePeriod(a, b);
    }
}
