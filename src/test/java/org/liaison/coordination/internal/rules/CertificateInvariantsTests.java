package org.liaison.coordination.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.coordination.internal.rules.Given.ENGINE;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.CertificateHeld;
import org.liaison.coordination.Decision;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.LegislationPeriod;
import org.liaison.coordination.Situation;
import org.liaison.shared.DatePeriod;

/**
 * Issue #12 item 6 over many seeded random situations: a certificate that is neither withdrawn nor under a fraud
 * challenge designates its issuing state for every day it covers, whatever the rules would say, and nothing outside
 * those days; a withdrawn one changes no designation.
 */
class CertificateInvariantsTests {

    private static final int RUNS = 2000;

    private static Situation holding(Situation s, CertificateHeld certificate) {
        return new Situation(s.person(), s.activities(), s.priorAffiliation(), s.earlierPostings(), s.period(),
                s.exceptionRequested(), certificate, List.of());
    }

    private static CertificateHeld within(Situation s, Random random, boolean withdrawn) {
        DatePeriod period = s.period();
        long days = period.end().toEpochDay() - period.start().toEpochDay();
        LocalDate start = period.start().plusDays(random.nextLong(days + 1));
        LocalDate end = start.plusDays(random.nextLong(period.end().toEpochDay() - start.toEpochDay() + 1));
        return new CertificateHeld(s.person().residence(), CertificateHeld.Kind.PD_A1, new DatePeriod(start, end), withdrawn,
                random.nextBoolean(), false);
    }

    @Test
    void aBindingCertificateDesignatesItsIssuerOnEveryDayItCovers() {
        org.liaison.coordination.internal.rules.SituationGenerator generator = new SituationGenerator(new Random(1212L));
        Random random = new Random(1213L);
        for (int i = 0; i < RUNS; i++) {
            Situation situation = generator.next();
            CertificateHeld certificate = within(situation, random, false);
            Decision decision = ENGINE.decide(holding(situation, certificate));
            if (decision.status() == DecisionStatus.NEEDS_INFORMATION) {
                // facts missing outside the certificate's days: no legislation is given at all
                assertThat(certificate.period()).as("%s", situation).isNotEqualTo(situation.period());
                continue;
            }
            List<LegislationPeriod> covered = decision.legislation().stream()
                    .filter(p -> p.period().overlaps(certificate.period())).toList();
            assertThat(covered).as("%s", situation).isNotEmpty().allSatisfy(p -> {
                assertThat(p.state()).isEqualTo(certificate.issuingState());
                assertThat(p.provision().code()).isEqualTo("CERTIFICATE_BINDING");
                assertThat(certificate.period().contains(p.period().start()) && certificate.period().contains(p.period().end()))
                        .isTrue();
            });
        }
    }

    @Test
    void aWithdrawnCertificateChangesNoDesignation() {
        SituationGenerator generator = new SituationGenerator(new Random(1214L));
        Random random = new Random(1215L);
        for (int i = 0; i < RUNS; i++) {
            Situation situation = generator.next();
            Decision without = ENGINE.decide(situation);
            Decision withdrawn = ENGINE.decide(holding(situation, within(situation, random, true)));
            assertThat(withdrawn.status()).as("%s", situation).isEqualTo(without.status());
            assertThat(withdrawn.legislation().stream().map(p -> p.state() + " " + p.provision().code()).distinct().toList())
                    .isEqualTo(without.legislation().stream().map(p -> p.state() + " " + p.provision().code()).distinct().toList());
        }
    }
}
