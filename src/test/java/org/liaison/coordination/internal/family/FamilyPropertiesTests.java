package org.liaison.coordination.internal.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.time.LocalDate;
import org.liaison.coordination.benefits.FamilyBenefit;
import org.liaison.coordination.benefits.FamilyBenefitKind;
import org.liaison.coordination.benefits.FamilyComparison;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.internal.RegistrySnapshot;
import org.liaison.coordination.benefits.FamilyCase;
import org.liaison.coordination.benefits.FamilyDecision;
import org.liaison.coordination.benefits.FamilyEntitlement;
import org.liaison.coordination.benefits.FamilyGround;
import org.liaison.coordination.benefits.FamilyStatus;
import org.liaison.coordination.benefits.FamilySupplement;
import org.liaison.shared.PartnerCode;

/** Properties of art. 68 on random cases from a seeded generator (reproducible). */
class FamilyPropertiesTests {

    private static final long SEED = 20261127L;
    private static final FamilyEngine ENGINE = new FamilyEngine(RegistrySnapshot.fromClasspath());
    private static final String[] STATES = {"FR", "DE", "BE", "ES", "IT", "LU", "AT", "PL"};

    @Test
    @DisplayName("The family never receives less than the priority amount, supplements are never negative, and the total is the highest non-exempted amount")
    void supplementsTopUpToTheHighestAmount() {
        Random random = new Random(SEED);
        FamilyEngine engine = new FamilyEngine(RegistrySnapshot.fromClasspath());
        int decided = 0;
        for (int n = 0; n < 5_000; n++) {
            FamilyCase c = randomCase(random);
            FamilyDecision d = engine.decide(c);
            if (d.status() != FamilyStatus.DECIDED) {
                continue;
            }
            decided++;
            assertThat(d.totalMonthly()).isGreaterThanOrEqualTo(d.priorityAmount());
            assertThat(d.totalMonthly().scale()).isEqualTo(2);
            assertThat(d.supplements()).hasSize(c.entitlements().size() - 1)
                    .allSatisfy(s -> assertThat(s.monthlyAmount().signum()).isGreaterThanOrEqualTo(0));
            BigDecimal highest = d.priorityAmount();
            for (FamilyEntitlement e : c.entitlements()) {
                boolean exempted = d.supplements().stream().anyMatch(s -> s.state().equals(e.state()) && s.exempted());
                if (!exempted) {
                    highest = highest.max(e.monthlyAmount());
                }
            }
            assertThat(d.totalMonthly()).isEqualByComparingTo(highest);
            FamilyGround best = c.entitlements().stream().map(FamilyEntitlement::ground).min(Enum::compareTo).orElseThrow();
            assertThat(c.entitlements()).filteredOn(e -> e.state().equals(d.priorityState()))
                    .singleElement().extracting(FamilyEntitlement::ground).isEqualTo(best);
            assertThat(d.supplements()).filteredOn(FamilySupplement::exempted)
                    .allSatisfy(s -> assertThat(s.state()).isNotIn(c.children()));
        }
        assertThat(decided).isGreaterThan(1_000);
    }

    /**
     * Issue #12: where every child has the same amount in each state, comparing child by child and comparing the
     * whole family's totals agree (n·max(0, a − b) = max(0, n·a − n·b)), on the status, the priority, every supplement
     * and the total; the children live in one state, as the per-child priority could otherwise differ. 500 cases
     * from a seeded generator (reproducible: the failing case is named in the message).
     */
    @Test
    @DisplayName("Per-child and whole-family comparisons agree when every child has the same amount")
    void perChildAndWholeFamilyAgreeWhenEveryChildHasTheSameAmount() {
        Random random = new Random(20261204L);
        List<String> states = List.of("DE", "FR", "BE", "LU");
        for (int n = 0; n < 500; n++) {
            int children = 1 + random.nextInt(5);
            int stateCount = 1 + random.nextInt(3);
            List<FamilyEntitlement> perChild = new ArrayList<>();
            List<FamilyEntitlement> wholeFamily = new ArrayList<>();
            for (int s = 0; s < stateCount; s++) {
                BigDecimal each = BigDecimal.valueOf(random.nextInt(60_001), 2);
                FamilyGround ground = FamilyGround.values()[random.nextInt(FamilyGround.values().length)];
                int months = random.nextInt(481);
                List<FamilyBenefit> benefits = new ArrayList<>();
                for (int child = 1; child <= children; child++) {
                    benefits.add(new FamilyBenefit(FamilyBenefitKind.CHILD_BENEFIT, child, each));
                }
                PartnerCode state = PartnerCode.of(states.get(s));
                perChild.add(new FamilyEntitlement(state, ground, null, months, benefits));
                wholeFamily.add(new FamilyEntitlement(state, ground, each.multiply(BigDecimal.valueOf(children)), months));
            }
            List<PartnerCode> residences = java.util.Collections.nCopies(children,
                    PartnerCode.of(states.get(random.nextInt(states.size()))));
            LocalDate date = LocalDate.parse("2025-03-01");
            FamilyDecision byChild = ENGINE.decide(new FamilyCase(date, residences, perChild));
            FamilyDecision byFamily = ENGINE.decide(new FamilyCase(date, residences, wholeFamily));

            String tried = "case " + n + ": " + perChild + " for children living in " + residences;
            assertThat(byChild.status()).as(tried).isEqualTo(byFamily.status());
            assertThat(byChild.priorityState()).as(tried).isEqualTo(byFamily.priorityState());
            assertThat(byChild.supplements()).as(tried).isEqualTo(byFamily.supplements());
            assertThat(byChild.totalMonthly()).as(tried).isEqualTo(byFamily.totalMonthly());
            assertThat(byChild.costSharing()).as(tried).isEqualTo(byFamily.costSharing());
            if (byChild.status() == FamilyStatus.DECIDED && stateCount > 1) {
                assertThat(byChild.comparison()).as(tried).isEqualTo(FamilyComparison.PER_CHILD);
                assertThat(byFamily.comparison()).as(tried).isEqualTo(FamilyComparison.WHOLE_FAMILY);
            }
        }
    }

    private static FamilyCase randomCase(Random random) {
        List<String> states = new ArrayList<>(List.of(STATES));
        java.util.Collections.shuffle(states, random);
        int count = 1 + random.nextInt(3);
        List<FamilyEntitlement> rights = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FamilyGround ground = FamilyGround.values()[random.nextInt(3)];
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(50_000), 2);
            rights.add(new FamilyEntitlement(PartnerCode.of(states.get(i)), ground, amount, random.nextInt(480)));
        }
        return new FamilyCase(java.time.LocalDate.parse("2025-03-01"), PartnerCode.of(states.get(random.nextInt(count + 1))), rights);
    }
}
