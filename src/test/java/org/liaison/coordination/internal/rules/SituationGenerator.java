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

    private static final String[] EU_STATES = {"FR", "DE", "BE", "ES", "IT", "LU", "NL", "PL", "AT", "PT"};

    /**
     * A situation the coordination regulation governs with Reg. 465/2012 in force (from 2012-06-28): EU states only,
     * every activity over the whole period (so that an activity added to it is pursued alongside the others). For
     * properties that compare a situation with a variant of it under art. 13.
     */
    public Situation nextWithinTheRegulation() {
        LocalDate start = LocalDate.of(2012, 7, 1).plusDays(random.nextInt(13 * 365));
        DatePeriod period = new DatePeriod(start, start.plusDays(30 + random.nextInt(3 * 365)));
        PartnerCode residence = euState();
        List<Activity> activities = new ArrayList<>();
        int count = random.nextInt(10) < 6 ? 1 : 2 + random.nextInt(2);
        boolean posting = count == 1 && random.nextBoolean();
        for (int i = 0; i < count; i++) {
            PartnerCode from = posting ? PartnerCode.of("FR") : null;
            PartnerCode where = posting ? otherEuState(from) : euState();
            ActivityKind kind = posting ? (random.nextInt(4) == 0 ? ActivityKind.SELF_EMPLOYED : ActivityKind.EMPLOYED)
                    : KINDS[random.nextInt(KINDS.length)];
            Employer employer = kind == ActivityKind.SELF_EMPLOYED && random.nextBoolean() ? null
                    : new Employer("E" + random.nextInt(3), posting ? from : euState(), random.nextInt(8) > 0);
            BigDecimal share = count > 1 ? BigDecimal.valueOf(100 / count) : null;
            activities.add(new Activity(kind, where, employer, from, share, random.nextBoolean() ? share : null, period,
                    posting ? random.nextInt(10) == 0 : null, posting ? random.nextInt(8) > 0 : null));
        }
        PriorAffiliation prior = new PriorAffiliation(PartnerCode.of("FR"),
                new DatePeriod(start.minusMonths(1 + random.nextInt(48)), start.minusDays(1)));
        // France alone is not a cross-border case (no instrument applies): make the person live elsewhere then
        boolean franceOnly = residence.value().equals("FR") && activities.stream().allMatch(a -> a.state().value().equals("FR"));
        return new Situation(new Person(franceOnly ? PartnerCode.of("BE") : residence, random.nextBoolean() ? "FR" : "DE"),
                activities, prior, List.of(), period, random.nextInt(10) == 0);
    }

    private PartnerCode euState() {
        return PartnerCode.of(EU_STATES[random.nextInt(EU_STATES.length)]);
    }

    private PartnerCode otherEuState(PartnerCode not) {
        PartnerCode s;
        do {
            s = euState();
        } while (s.equals(not));
        return s;
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
