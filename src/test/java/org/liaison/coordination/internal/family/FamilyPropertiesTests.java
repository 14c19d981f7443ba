package org.liaison.coordination.internal.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
