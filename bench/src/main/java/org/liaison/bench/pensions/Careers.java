package org.liaison.bench.pensions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.liaison.coordination.pensions.PensionFramework;
import org.liaison.coordination.pensions.PensionPeriod;
import org.liaison.coordination.pensions.PensionPeriodKind;
import org.liaison.coordination.pensions.PensionRequest;
import org.liaison.coordination.pensions.PensionRule;
import org.liaison.shared.PartnerCode;

/** Generated careers under the EU regulation: consecutive periods in 2–6 states, a few short ones (art. 57). */
final class Careers {

    private static final String[] STATES = {"FR", "DE", "IT", "ES", "BE", "PT", "PL", "NL", "AT", "MT"};

    private Careers() {
    }

    /** A career of {@code states} states, 2 to 6 periods each in turn, starting in 1985. */
    static PensionRequest of(int states, Random random) {
        List<PensionPeriod> periods = new ArrayList<>();
        List<PensionRule> rules = new ArrayList<>();
        LocalDate start = LocalDate.of(1985, 1, 1).plusDays(random.nextInt(365));
        for (int s = 0; s < states; s++) {
            String state = STATES[(s + random.nextInt(STATES.length)) % STATES.length];
            if (rules.stream().anyMatch(r -> r.state().value().equals(state))) {
                continue;
            }
            rules.add(PensionRule.accrual(state, 12 * (1 + random.nextInt(15)), "1." + (10 + random.nextInt(80)), 516));
            int stints = 1 + random.nextInt(3);
            for (int i = 0; i < stints; i++) {
                int months = random.nextInt(10) == 0 ? 3 + random.nextInt(8) : 12 + random.nextInt(96);
                LocalDate end = start.plusMonths(months).minusDays(1);
                periods.add(PensionPeriod.of(state, "general", PensionPeriodKind.EMPLOYMENT, start, end));
                start = end.plusDays(1);
            }
        }
        return new PensionRequest(periods, rules, PartnerCode.of("FR"), PensionFramework.europeanRegulation());
    }
}
