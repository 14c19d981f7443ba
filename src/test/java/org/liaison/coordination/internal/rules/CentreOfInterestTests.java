package org.liaison.coordination.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.coordination.internal.rules.Given.ENGINE;
import static org.liaison.coordination.internal.rules.Given.from;
import static org.liaison.coordination.internal.rules.Given.resident;
import static org.liaison.coordination.internal.rules.Given.state;
import static org.liaison.coordination.internal.rules.Given.work;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.CentreOfInterest;
import org.liaison.coordination.Decision;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.Situation;
import org.liaison.shared.DatePeriod;

/**
 * Issue #12 item 12: the centre of interest of a self-employed person active in several states (Reg. 883/2004
 * art. 13(2)(b), Reg. 987/2009 art. 14(9)–(10)). The Austrian social insurance institutions' worked examples show
 * where the criteria are not reached (a substantial part in the state of residence decides first); the criteria
 * themselves are those the regulation and the same official pages list.
 */
class CentreOfInterestTests {

    private static final String DACHVERBAND = "https://www.sozialversicherung.at/cdscontent/?contentid=10007.888945&portal=euinfoportal";

    private static Situation withCriteria(Situation situation, CentreOfInterest... criteria) {
        return new Situation(situation.person(), situation.activities(), situation.priorAffiliation(),
                situation.earlierPostings(), situation.period(), situation.exceptionRequested(), null, List.of(criteria));
    }

    private static CentreOfInterest criteria(String state, Boolean fixed, Boolean habitual, Integer services, Boolean intended) {
        return new CentreOfInterest(state(state), fixed, habitual, services, intended);
    }

    private static String check(Decision decision, String code) {
        return decision.checks().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.result() + " " + new TreeMap<>(c.facts())).orElse("absent");
    }

    @Test
    @DisplayName("SVS, 'Mehrfach Selbständig' (https://svs.at/cdscontent/?contentid=10007.816696&portal=svsportal): resident "
            + "in Austria with the firm's seat and office there, a production site in Slovakia, most working time in the "
            + "Austrian office: a substantial part in the state of residence decides, the centre of interest is not weighed")
    void svsOfficeInAustriaProductionInSlovakia() {
        DatePeriod year = from("2026-01-01", "2026-12-31");
        Situation situation = resident("AT").with(work(ActivityKind.SELF_EMPLOYED, "AT", null, year, 70, null))
                .with(work(ActivityKind.SELF_EMPLOYED, "SK", null, year, 30, null)).situation();

        Decision decision = ENGINE.decide(withCriteria(situation, criteria("AT", true, true, null, true),
                criteria("SK", true, true, null, false)));

        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decision.legislation()).singleElement().satisfies(p -> {
            assertThat(p.state().value()).isEqualTo("AT");
            assertThat(p.provision().code()).isEqualTo("EU_883_ART13_2_A");
        });
        assertThat(check(decision, "CENTRE_OF_INTEREST")).isEqualTo("absent");
    }

    @Test
    @DisplayName(DACHVERBAND + " (example 'the principal activity takes place in the Member State of residence'): self-employed "
            + "in Austria and Germany, living in Germany with a substantial part of the activity there: Germany")
    void dachverbandSubstantialPartInGermany() {
        DatePeriod year = from("2026-01-01", "2026-12-31");
        Situation situation = resident("DE").with(work(ActivityKind.SELF_EMPLOYED, "DE", null, year, 30, null))
                .with(work(ActivityKind.SELF_EMPLOYED, "AT", null, year, 70, null)).situation();

        Decision decision = ENGINE.decide(withCriteria(situation, criteria("AT", true, true, 80, true)));

        assertThat(decision.legislation()).singleElement().satisfies(p -> {
            assertThat(p.state().value()).isEqualTo("DE");
            assertThat(p.provision().code()).isEqualTo("EU_883_ART13_2_A");
        });
        assertThat(check(decision, "CENTRE_OF_INTEREST")).isEqualTo("absent");
    }

    @Test
    @DisplayName("Reg. 987/2009 art. 14(9) and " + DACHVERBAND + " ('the place of the fixed and permanent address from which "
            + "the activities are carried out is particularly relevant'): living in France, self-employed in Germany (more "
            + "time, more services) and Austria (the one fixed place of business, the intended centre): Austria, indicative")
    void theFixedPlaceOfBusinessWeighsMost() {
        DatePeriod year = from("2026-01-01", "2026-12-31");
        Situation situation = resident("FR").with(work(ActivityKind.SELF_EMPLOYED, "DE", null, year, 55, null))
                .with(work(ActivityKind.SELF_EMPLOYED, "AT", null, year, 45, null)).situation();

        Decision decision = ENGINE.decide(withCriteria(situation, criteria("DE", false, true, 40, false),
                criteria("AT", true, true, 25, true)));

        assertThat(decision.status()).isEqualTo(DecisionStatus.NEEDS_ASSESSMENT);
        assertThat(decision.legislation()).singleElement().satisfies(p -> {
            assertThat(p.state().value()).isEqualTo("AT");
            assertThat(p.provision().code()).isEqualTo("EU_883_ART13_2_B");
        });
        assertThat(check(decision, "CENTRE_OF_INTEREST")).isEqualTo("NEEDS_ASSESSMENT {fixedPlaceOfBusiness=AT, habitual=–, "
                + "indicative=true, intention=AT, longestDuration=DE, mostServices=DE, scores={AT=3, DE=2}}");
        assertThat(decision.warnings()).filteredOn(w -> w.code().equals("INDICATIVE")).singleElement()
                .satisfies(w -> assertThat(w.text().in(Locale.ENGLISH)).startsWith("Indicative answer (AT)"));
        assertThat(check(decision, "TWELVE_MONTH_OUTLOOK")).isEqualTo("NEEDS_ASSESSMENT {outlookEnd=2026-12-31, "
                + "outlookStart=2026-01-01, periodGoesBeyond=false}");
    }

    @Test
    @DisplayName("Reg. 987/2009 art. 14(9): with no fixed place of business, the habitual nature, the services and the intention "
            + "outweigh a slightly longer time elsewhere: Belgium, indicative")
    void withoutAFixedPlaceTheOtherCriteriaDecide() {
        DatePeriod year = from("2026-01-01", "2026-12-31");
        Situation situation = resident("FR").with(work(ActivityKind.SELF_EMPLOYED, "LU", null, year, 52, null))
                .with(work(ActivityKind.SELF_EMPLOYED, "BE", null, year, 48, null)).situation();

        Decision decision = ENGINE.decide(withCriteria(situation, criteria("LU", false, false, 12, false),
                criteria("BE", false, true, 60, true)));

        assertThat(decision.legislation()).singleElement().satisfies(p -> assertThat(p.state().value()).isEqualTo("BE"));
        assertThat(check(decision, "CENTRE_OF_INTEREST")).contains("indicative=true").contains("scores={BE=3, LU=1}");
        assertThat(decision.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo("INDICATIVE"));
    }

    @Test
    @DisplayName("Reg. 987/2009 art. 14(9): criteria that point both ways give no indication; the officer assesses "
            + "(the largest share is proposed, as before)")
    void criteriaThatPointBothWaysGiveNoIndication() {
        DatePeriod year = from("2026-01-01", "2026-12-31");
        Situation situation = resident("FR").with(work(ActivityKind.SELF_EMPLOYED, "DE", null, year, 60, null))
                .with(work(ActivityKind.SELF_EMPLOYED, "AT", null, year, 40, null)).situation();

        Decision decision = ENGINE.decide(withCriteria(situation, criteria("DE", null, null, 10, null),
                criteria("AT", null, null, 30, null)));

        assertThat(decision.status()).isEqualTo(DecisionStatus.NEEDS_ASSESSMENT);
        assertThat(decision.legislation()).singleElement().satisfies(p -> assertThat(p.state().value()).isEqualTo("DE"));
        assertThat(decision.checks()).filteredOn(c -> c.code().equals("CENTRE_OF_INTEREST")).singleElement()
                .satisfies(c -> assertThat(c.explanation().in(Locale.ENGLISH)).startsWith("The criteria of Reg. 987/2009 Art. 14(9) point to no state"));
        assertThat(decision.warnings()).noneSatisfy(w -> assertThat(w.code()).isEqualTo("INDICATIVE"));
    }

    @Test
    @DisplayName("Reg. 987/2009 art. 14(10): the criteria are read on the next 12 calendar months; a longer period is to be reviewed")
    void aPeriodBeyondTwelveMonthsIsToBeReviewed() {
        DatePeriod months18 = from("2026-01-01", "2027-06-30");
        Situation situation = resident("FR").with(work(ActivityKind.SELF_EMPLOYED, "DE", null, months18, 55, null))
                .with(work(ActivityKind.SELF_EMPLOYED, "AT", null, months18, 45, null)).situation();

        Decision decision = ENGINE.decide(withCriteria(situation, criteria("AT", true, null, null, null)));

        assertThat(check(decision, "TWELVE_MONTH_OUTLOOK")).isEqualTo("NEEDS_ASSESSMENT {outlookEnd=2026-12-31, "
                + "outlookStart=2026-01-01, periodGoesBeyond=true}");
        assertThat(decision.checks()).filteredOn(c -> c.code().equals("TWELVE_MONTH_OUTLOOK")).singleElement()
                .satisfies(c -> assertThat(c.explanation().in(Locale.FRENCH)).contains("à revoir"));
    }

    @Test
    @DisplayName("Over 2000 seeded random criteria: always an assessment, in a state worked in, INDICATIVE exactly when one "
            + "state leads, and the same answer whatever the order the states are given in")
    void randomCriteriaAlwaysGiveAnAssessmentInAStateWorkedIn() {
        java.util.Random random = new java.util.Random(1299L);
        String[] states = {"DE", "AT", "BE", "LU"};
        DatePeriod year = from("2026-01-01", "2026-12-31");
        for (int run = 0; run < 2000; run++) {
            int count = 2 + random.nextInt(3);
            Given.Builder builder = resident("FR");
            int left = 100;
            List<CentreOfInterest> criteria = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                // 5 % at least: a smaller activity is marginal and disregarded (987/2009 art. 14(5b)), which would
                // leave one state and no centre of interest to weigh
                int share = i == count - 1 ? left : 5 + random.nextInt(left - 5 * (count - i) + 1);
                left -= share;
                builder.with(work(ActivityKind.SELF_EMPLOYED, states[i], null, year, share, null));
                criteria.add(criteria(states[i], maybe(random), maybe(random), random.nextBoolean() ? random.nextInt(50) : null,
                        maybe(random)));
            }
            Situation situation = builder.situation();
            Decision decision = ENGINE.decide(withCriteria(situation, criteria.toArray(CentreOfInterest[]::new)));
            java.util.Collections.reverse(criteria);
            Decision reversed = ENGINE.decide(withCriteria(situation, criteria.toArray(CentreOfInterest[]::new)));

            assertThat(decision.status()).as("%s", criteria).isEqualTo(DecisionStatus.NEEDS_ASSESSMENT);
            assertThat(decision.legislation()).singleElement().satisfies(p ->
                    assertThat(List.of(states).subList(0, count)).contains(p.state().value()));
            boolean indicative = check(decision, "CENTRE_OF_INTEREST").contains("indicative=true")
                    && decision.checks().stream().anyMatch(c -> c.explanation().in(Locale.ENGLISH).startsWith("Indicative answer"));
            assertThat(decision.warnings().stream().anyMatch(w -> w.code().equals("INDICATIVE"))).isEqualTo(indicative);
            assertThat(reversed.legislation()).isEqualTo(decision.legislation());
            assertThat(reversed.warnings()).isEqualTo(decision.warnings());
        }
    }

    private static Boolean maybe(java.util.Random random) {
        int r = random.nextInt(3);
        return r == 0 ? null : r == 1;
    }

    @Test
    @DisplayName("Without criteria the answer is the one given before issue #12 (largest share, an officer assesses)")
    void withoutCriteriaNothingChanges() {
        DatePeriod year = from("2026-01-01", "2026-12-31");
        Situation situation = resident("FR").with(work(ActivityKind.SELF_EMPLOYED, "DE", null, year, 60, null))
                .with(work(ActivityKind.SELF_EMPLOYED, "AT", null, year, 40, null)).situation();

        Decision decision = ENGINE.decide(situation);

        assertThat(check(decision, "CENTRE_OF_INTEREST")).isEqualTo("NEEDS_ASSESSMENT {largestShareState=DE}");
        assertThat(check(decision, "TWELVE_MONTH_OUTLOOK")).isEqualTo("absent");
    }
}
