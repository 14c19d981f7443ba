package org.liaison.coordination.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.coordination.internal.rules.Given.ENGINE;
import static org.liaison.coordination.internal.rules.Given.employer;
import static org.liaison.coordination.internal.rules.Given.from;
import static org.liaison.coordination.internal.rules.Given.resident;
import static org.liaison.coordination.internal.rules.Given.selfEmployedPosting;
import static org.liaison.coordination.internal.rules.Given.state;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.Activity;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.Decision;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.RequirementCheck;
import org.liaison.shared.DatePeriod;

/**
 * Issue #12 items 1, 2 and 5: marginal activities (Reg. 987/2009 art. 14(5b)), the replacement of a posted worker
 * (Reg. 883/2004 art. 12(1), CJEU C-527/16 Alpenrind) and the self-employed persons' own posting limits under the
 * bilateral conventions. Every case names its official source.
 */
class MarginalReplacementSelfEmployedTests {

    static final String GUIDE = "Practical guide on the applicable legislation (Administrative Commission, Dec. 2013), "
            + "Part II, 'marginal activities', https://ec.europa.eu/social/BlobServlet?docId=11366&langId=en";
    static final String ALPENRIND = "CJEU C-527/16 Alpenrind, 6 Sept. 2018, ECLI:EU:C:2018:669, operative part point 3, "
            + "https://curia.europa.eu/juris/document/document.jsf?docid=205401&doclang=EN";
    static final String CLEISS_TABLE = "Cleiss, 'Quelles sont les durées de détachement ?', rapport statistique 2015 p. 122, "
            + "https://www.cleiss.fr/docs/stats/sources_stats2015/files/basic-html/page122.html";
    static final String ARGENTINA = "France–Argentina convention of 22 Sept. 2008 (decree 2012-1177), art. 6, "
            + "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000026530780";

    private static List<String> outcome(Decision decision) {
        return decision.legislation().stream()
                .map(p -> p.state() + " " + p.provision().code() + " " + p.instrumentId() + " " + p.period().start() + ".." + p.period().end())
                .toList();
    }

    private static List<String> checks(Decision decision) {
        return decision.checks().stream().map(c -> c.code() + "=" + c.result()).toList();
    }

    private static Activity employed(String state, String employerId, String seat, String share) {
        BigDecimal s = new BigDecimal(share);
        return new Activity(ActivityKind.EMPLOYED, state(state), employer(employerId, seat), null, s, s,
                from("2025-01-01", "2025-12-31"), null, null);
    }

    private static Activity posted(String from, String to, String employerId, DatePeriod period, Boolean replaces) {
        return new Activity(ActivityKind.EMPLOYED, state(to), employer(employerId, from), state(from), null, null, period,
                replaces, null);
    }

    @Nested
    class MarginalActivities {

        @Test
        @DisplayName(GUIDE + ": a 0.4 % activity in another state is marginal; the person works in France only, art. 11(3)(a), not art. 13")
        void aTinyActivityAbroadIsDisregarded() {
            Decision decision = ENGINE.decide(resident("FR")
                    .with(employed("FR", "FR-1", "FR", "99.6"))
                    .with(employed("DE", "FR-1", "FR", "0.4")).situation());

            assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
            assertThat(outcome(decision)).containsExactly("FR EU_883_ART11_3_A eu-reg-883-2004 2025-01-01..2025-12-31");
            RequirementCheck marginal = decision.checks().stream().filter(c -> c.code().equals("MARGINAL_ACTIVITY"))
                    .findFirst().orElseThrow();
            assertThat(marginal.facts()).containsEntry("state", "DE").containsEntry("workingTimeShare", "0.4")
                    .containsEntry("thresholdPercent", "5");
            assertThat(marginal.reference().citation().in(java.util.Locale.ENGLISH)).contains("987/2009").contains("14(5b)");
            assertThat(marginal.explanation().in(java.util.Locale.FRENCH)).contains("marginale");
        }

        @Test
        @DisplayName(GUIDE + " (activities 'performed from home' as an indicator), on the facts of CJEU C-570/15 X, "
                + "ECLI:EU:C:2017:674, with a share below 5 %: 4 % worked from home in Belgium for a Dutch employer is "
                + "disregarded: the Netherlands under art. 11(3)(a), not art. 13(1)(b)(i)")
        void homeWorkingBelowFivePercentIsDisregarded() {
            Decision decision = ENGINE.decide(resident("BE")
                    .with(employed("NL", "NL-1", "NL", "96"))
                    .with(employed("BE", "NL-1", "NL", "4")).situation());

            assertThat(outcome(decision)).containsExactly("NL EU_883_ART11_3_A eu-reg-883-2004 2025-01-01..2025-12-31");
        }

        @Test
        @DisplayName("CJEU C-570/15 X, ECLI:EU:C:2017:674 (6.5 % of working time at home in the state of residence): above the "
                + "guide's 5 % indicator the engine disregards nothing and art. 13 applies (" + GUIDE + ")")
        void sixAndAHalfPercentIsNotMarginalForTheEngine() {
            Decision decision = ENGINE.decide(resident("BE")
                    .with(employed("NL", "NL-1", "NL", "93.5"))
                    .with(employed("BE", "NL-1", "NL", "6.5")).situation());

            assertThat(outcome(decision)).containsExactly("NL EU_883_ART13_1_B_I eu-reg-883-2004 2025-01-01..2025-12-31");
            assertThat(checks(decision)).doesNotContain("MARGINAL_ACTIVITY=MET");
        }

        @Test
        @DisplayName(GUIDE + ": each activity is measured on its own; 3 % in Belgium and 3 % in Luxembourg are both marginal")
        void eachMarginalActivityIsDisregarded() {
            Decision decision = ENGINE.decide(resident("FR")
                    .with(employed("FR", "FR-1", "FR", "94"))
                    .with(employed("BE", "FR-1", "FR", "3"))
                    .with(employed("LU", "FR-1", "FR", "3")).situation());

            assertThat(outcome(decision)).containsExactly("FR EU_883_ART11_3_A eu-reg-883-2004 2025-01-01..2025-12-31");
            assertThat(checks(decision)).filteredOn(c -> c.startsWith("MARGINAL_ACTIVITY")).hasSize(2);
        }

        @Test
        @DisplayName(GUIDE + ": 'and/or' — an activity with under 5 % of the time but a large share of the pay is not disregarded")
        void aSmallShareOfTimeWithALargeShareOfPayIsNotMarginal() {
            Activity home = new Activity(ActivityKind.EMPLOYED, state("FR"), employer("FR-1", "FR"), null,
                    new BigDecimal("97"), new BigDecimal("70"), from("2025-01-01", "2025-12-31"), null, null);
            Activity abroad = new Activity(ActivityKind.EMPLOYED, state("DE"), employer("FR-1", "FR"), null,
                    new BigDecimal("3"), new BigDecimal("30"), from("2025-01-01", "2025-12-31"), null, null);
            Decision decision = ENGINE.decide(resident("FR").with(home).with(abroad).situation());

            assertThat(checks(decision)).doesNotContain("MARGINAL_ACTIVITY=MET");
            assertThat(decision.legislation()).allSatisfy(p -> assertThat(p.provision().code()).startsWith("EU_883_ART13"));
        }
    }

    @Nested
    class Replacement {

        @Test
        @DisplayName(ALPENRIND + ": a worker posted by one Hungarian undertaking to replace workers posted by another "
                + "cannot be posted: Austrian law applies")
        void replacingAWorkerPostedByAnotherEmployer() {
            DatePeriod period = from("2014-02-01", "2014-12-31");
            Decision decision = ENGINE.decide(resident("HU").with(posted("HU", "AT", "MARTIN-MEAT", period, true))
                    .affiliatedIn("HU", "2013-01-01").situation());

            assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
            assertThat(outcome(decision)).containsExactly("AT EU_883_ART11_3_A eu-reg-883-2004 2014-02-01..2014-12-31");
            assertThat(checks(decision)).contains("NOT_REPLACING_POSTED_WORKER=NOT_MET");
            assertThat(decision.warnings()).noneSatisfy(w -> assertThat(w.code()).isEqualTo("REPLACES_POSTED_WORKER"));
        }

        @Test
        @DisplayName("Reg. 883/2004 art. 12(1) as amended by Reg. 465/2012 (https://eur-lex.europa.eu/eli/reg/2012/465/oj): "
                + "'not sent to replace another posted person' — the same posting without replacement stays French")
        void theSamePostingWithoutReplacementIsGranted() {
            DatePeriod period = from("2025-03-01", "2025-12-31");
            Decision replacing = ENGINE.decide(resident("FR").with(posted("FR", "DE", "FR-1", period, true))
                    .affiliatedIn("FR", "2020-01-01").situation());
            Decision notReplacing = ENGINE.decide(resident("FR").with(posted("FR", "DE", "FR-1", period, false))
                    .affiliatedIn("FR", "2020-01-01").situation());

            assertThat(outcome(replacing)).containsExactly("DE EU_883_ART11_3_A eu-reg-883-2004 2025-03-01..2025-12-31");
            assertThat(outcome(notReplacing)).containsExactly("FR EU_883_ART12_1 eu-reg-883-2004 2025-03-01..2025-12-31");
        }

        @Test
        @DisplayName("Reg. 1408/71 art. 14(1)(a) (" + Provisions.EUR_LEX_1408 + "): 'not sent to replace another person who "
                + "has completed his term of posting' — a 2005 replacement is not a posting")
        void replacementUnderRegulation1408() {
            DatePeriod period = from("2005-03-01", "2005-12-31");
            Decision decision = ENGINE.decide(resident("FR").with(posted("FR", "DE", "FR-1", period, true))
                    .affiliatedIn("FR", "2000-01-01").situation());

            assertThat(outcome(decision)).as("%s", decision).containsExactly("DE EU_1408_ART13_2_A eu-reg-1408-71 2005-03-01..2005-12-31");
            assertThat(checks(decision)).contains("NOT_REPLACING_POSTED_WORKER=NOT_MET");
        }

        @Test
        @DisplayName(ALPENRIND + ": an exception under art. 16(1) can still be asked for a replacement")
        void anExceptionCanStillBeAsked() {
            DatePeriod period = from("2025-03-01", "2025-12-31");
            Decision decision = ENGINE.decide(resident("FR").with(posted("FR", "DE", "FR-1", period, true))
                    .affiliatedIn("FR", "2020-01-01").exceptionRequested().situation());

            assertThat(decision.status()).isEqualTo(DecisionStatus.NEEDS_AGREEMENT);
            assertThat(outcome(decision)).containsExactly("FR EU_883_ART16_1 eu-reg-883-2004 2025-03-01..2025-12-31");
        }
    }

    @Nested
    class SelfEmployedLimits {

        @Test
        @DisplayName(ARGENTINA + " §2 and " + CLEISS_TABLE + ": a self-employed person is posted 12 months, extendable by 12 "
                + "(employees 24 + 24): 20 months need the extension from the 13th month")
        void argentinaSelfEmployedTwentyMonths() {
            Decision decision = ENGINE.decide(resident("FR").nationality("FR")
                    .with(selfEmployedPosting("FR", "AR", from("2025-01-01", "2026-08-31"))).situation());

            assertThat(decision.legislation()).extracting(p -> p.period().start().toString() + " " + p.state())
                    .containsExactly("2025-01-01 FR", "2026-01-01 FR");
            RequirementCheck duration = decision.checks().stream().filter(c -> c.code().equals("POSTING_DURATION"))
                    .findFirst().orElseThrow();
            assertThat(duration.facts()).containsEntry("maxMonths", "12").containsEntry("extension", "12");
        }

        @Test
        @DisplayName(ARGENTINA + " §2 and " + CLEISS_TABLE + ": 30 months exceed the self-employed 12 + 12; the employees' "
                + "24-month extension is not offered: Argentine law applies")
        void argentinaSelfEmployedThirtyMonthsIsNotAPosting() {
            Decision selfEmployed = ENGINE.decide(resident("FR").nationality("FR")
                    .with(selfEmployedPosting("FR", "AR", from("2025-01-01", "2027-06-30"))).situation());
            Decision employee = ENGINE.decide(resident("FR").nationality("FR")
                    .with(posted("FR", "AR", "FR-1", from("2025-01-01", "2027-06-30"), false)).situation());

            assertThat(checks(selfEmployed)).contains("POSTING_DURATION=NOT_MET");
            assertThat(selfEmployed.legislation()).singleElement().satisfies(p -> assertThat(p.state().value()).isEqualTo("AR"));
            assertThat(checks(employee)).doesNotContain("POSTING_DURATION=NOT_MET");
            assertThat(employee.legislation()).allSatisfy(p -> assertThat(p.state().value()).isEqualTo("FR"));
        }

        @Test
        @DisplayName(CLEISS_TABLE + ": United States, self-employed 2 years and no extension: 30 months are not a posting")
        void unitedStatesSelfEmployedHasNoExtension() {
            Decision decision = ENGINE.decide(resident("FR").nationality("FR")
                    .with(selfEmployedPosting("FR", "US", from("2025-01-01", "2027-06-30"))).situation());

            assertThat(checks(decision)).contains("POSTING_DURATION=NOT_MET");
            assertThat(decision.legislation()).singleElement().satisfies(p -> assertThat(p.state().value()).isEqualTo("US"));
        }

        @Test
        @DisplayName(CLEISS_TABLE + ": Andorra, self-employed 1 year extendable by 1 year: 18 months run into the extension")
        void andorraSelfEmployedExtension() {
            Decision decision = ENGINE.decide(resident("FR").nationality("FR")
                    .with(selfEmployedPosting("FR", "AD", from("2025-01-01", "2026-06-30"))).situation());

            assertThat(decision.legislation()).extracting(p -> p.period().start().toString() + " " + p.state())
                    .containsExactly("2025-01-01 FR", "2026-01-01 FR");
        }

        @Test
        @DisplayName("https://www.cleiss.fr/docs/textes/conv_quebec_entente.html: the self-employed extension under the "
                + "France–Québec Entente is not recorded, so the employees' one is not applied: an officer decides")
        void quebecSelfEmployedExtensionUnknown() {
            Decision decision = ENGINE.decide(resident("FR").nationality("FR")
                    .with(selfEmployedPosting("FR", "CA-QC", from("2025-01-01", "2026-06-30"))).situation());

            assertThat(decision.status()).isEqualTo(DecisionStatus.NEEDS_ASSESSMENT);
            RequirementCheck duration = decision.checks().stream().filter(c -> c.code().equals("POSTING_DURATION"))
                    .findFirst().orElseThrow();
            assertThat(duration.explanation().in(java.util.Locale.ENGLISH)).contains("self-employed");
        }
    }
}
