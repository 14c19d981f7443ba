package org.liaison.coordination.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.coordination.internal.rules.Given.ENGINE;
import static org.liaison.coordination.internal.rules.Given.employer;
import static org.liaison.coordination.internal.rules.Given.from;
import static org.liaison.coordination.internal.rules.Given.posting;
import static org.liaison.coordination.internal.rules.Given.resident;
import static org.liaison.coordination.internal.rules.Given.selfEmployedPosting;
import static org.liaison.coordination.internal.rules.Given.work;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.Decision;
import org.liaison.coordination.DecisionStatus;

/** Cases from official sources (the Commission's Practical Guide, Cleiss pages, national institutions), each cited. */
class OfficialSourcesTests {

    private static final String GUIDE = "Practical guide on the applicable legislation (EU/EEA/CH), Dec. 2013, "
            + "https://www.slideshare.net/slideshow/practical-guide-for-workers/30034413";

    private static List<String> outcome(Decision decision) {
        return decision.legislation().stream()
                .map(p -> p.state() + " " + p.provision().code() + " " + p.instrumentId() + " " + p.period().start() + ".." + p.period().end())
                .toList();
    }

    @Test
    @DisplayName("https://www.sozialversicherung.at/cdscontent/?contentid=10007.896466&portal=euinfoportal: an Austrian firm sends an employee to Hungary for 10 months: Austria")
    void anAustrianPostingToHungary() {
        Decision decision = ENGINE.decide(resident("AT").with(posting("AT", "HU", from("2025-01-01", "2025-10-31")))
                .affiliatedIn("AT", "2019-01-01").situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(outcome(decision)).containsExactly("AT EU_883_ART12_1 eu-reg-883-2004 2025-01-01..2025-10-31");
    }

    @Test
    @DisplayName(GUIDE + " Part I Q5: a person recruited for the posting must have been insured in the sending state for at least a month before")
    void aWorkerRecruitedForThePostingNeedsAMonthOfPriorAffiliation() {
        Decision decision = ENGINE.decide(resident("FR").with(posting("FR", "DE", from("2025-03-01", "2025-12-31")))
                .affiliatedIn("FR", "2025-02-15").situation());

        assertThat(decision.legislation()).singleElement().satisfies(p -> assertThat(p.state().value()).isEqualTo("DE"));
        assertThat(decision.checks()).anySatisfy(c -> assertThat(c.code() + "=" + c.result()).isEqualTo("PRIOR_AFFILIATION=NOT_MET"));
    }

    @Test
    @DisplayName(GUIDE + " Part I Q3: an employer with only internal management in the sending state cannot post")
    void aLetterBoxEmployerCannotPost() {
        var activity = new org.liaison.coordination.Activity(ActivityKind.EMPLOYED, Given.state("BE"), employer("FR-9", "FR", false),
                Given.state("FR"), null, null, from("2025-01-01", "2025-06-30"), false, null);
        Decision decision = ENGINE.decide(resident("FR").with(activity).affiliatedIn("FR", "2020-01-01").situation());

        assertThat(decision.legislation()).singleElement().satisfies(p -> assertThat(p.state().value()).isEqualTo("BE"));
    }

    @Test
    @DisplayName(GUIDE + " Part I Q8–10: a self-employed person doing similar work abroad for a year stays under the sending state's legislation")
    void aSelfEmployedPostingOfAYear() {
        Decision decision = ENGINE.decide(resident("FR").with(selfEmployedPosting("FR", "ES", from("2025-01-01", "2025-12-31")))
                .affiliatedIn("FR", "2022-01-01").situation());

        assertThat(outcome(decision)).containsExactly("FR EU_883_ART12_2 eu-reg-883-2004 2025-01-01..2025-12-31");
    }

    @Test
    @DisplayName(GUIDE + " Part I Q8: a self-employed person with less than two months of activity before cannot be posted")
    void aSelfEmployedPersonNeedsTwoMonthsOfPriorActivity() {
        Decision decision = ENGINE.decide(resident("FR").with(selfEmployedPosting("FR", "ES", from("2025-03-01", "2025-12-31")))
                .affiliatedIn("FR", "2025-02-01").situation());

        assertThat(outcome(decision)).containsExactly("ES EU_883_ART11_3_A eu-reg-883-2004 2025-03-01..2025-12-31");
    }

    @Test
    @DisplayName(GUIDE + " Part III: a flight crew member is subject to the legislation of the state of the home base")
    void flightCrewFollowTheirHomeBase() {
        Decision decision = ENGINE.decide(resident("BE")
                .with(work(ActivityKind.FLIGHT_CREW, "IE", employer("AIR-1", "IE"), from("2025-01-01", "2025-12-31"), null, null))
                .situation());

        assertThat(outcome(decision)).containsExactly("IE EU_883_ART11_5 eu-reg-883-2004 2025-01-01..2025-12-31");
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 11(4) (" + Provisions.EUR_LEX_883 + "): a seafarer follows the flag, unless paid by an undertaking of the state where he lives")
    void seafarersFollowTheFlagUnlessPaidFromTheirStateOfResidence() {
        Decision flag = ENGINE.decide(resident("PT")
                .with(work(ActivityKind.SEAFARER, "MT", employer("SHIP-1", "MT"), from("2025-01-01", "2025-12-31"), null, null)).situation());
        Decision residence = ENGINE.decide(resident("PT")
                .with(work(ActivityKind.SEAFARER, "MT", employer("SHIP-2", "PT"), from("2025-01-01", "2025-12-31"), null, null)).situation());

        assertThat(outcome(flag)).containsExactly("MT EU_883_ART11_4 eu-reg-883-2004 2025-01-01..2025-12-31");
        assertThat(outcome(residence)).containsExactly("PT EU_883_ART11_4_2 eu-reg-883-2004 2025-01-01..2025-12-31");
    }

    @Test
    @DisplayName(GUIDE + " Part II: employed in three states for one employer, 10 % in the state of residence: the employer's state, art. 13(1)(b)(i)")
    void oneEmployerWithoutASubstantialPartAtHome() {
        Decision decision = ENGINE.decide(resident("FR")
                .with(work(ActivityKind.EMPLOYED, "FR", employer("DE-1", "DE"), from("2025-01-01", "2025-12-31"), 10, 10))
                .with(work(ActivityKind.EMPLOYED, "DE", employer("DE-1", "DE"), from("2025-01-01", "2025-12-31"), 50, 50))
                .with(work(ActivityKind.EMPLOYED, "AT", employer("DE-1", "DE"), from("2025-01-01", "2025-12-31"), 40, 40))
                .situation());

        assertThat(outcome(decision)).containsExactly("DE EU_883_ART13_1_B_I eu-reg-883-2004 2025-01-01..2025-12-31");
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 13(1)(b)(iii) and (iv) (" + Provisions.EUR_LEX_883 + "): employers in the residence state and one other; employers in two other states")
    void severalEmployersInSeveralStates() {
        Decision iii = ENGINE.decide(resident("FR")
                .with(work(ActivityKind.EMPLOYED, "FR", employer("FR-1", "FR"), from("2025-01-01", "2025-12-31"), 20, 20))
                .with(work(ActivityKind.EMPLOYED, "LU", employer("LU-1", "LU"), from("2025-01-01", "2025-12-31"), 80, 80)).situation());
        Decision iv = ENGINE.decide(resident("FR")
                .with(work(ActivityKind.EMPLOYED, "BE", employer("BE-1", "BE"), from("2025-01-01", "2025-12-31"), 50, 50))
                .with(work(ActivityKind.EMPLOYED, "LU", employer("LU-1", "LU"), from("2025-01-01", "2025-12-31"), 50, 50)).situation());

        assertThat(outcome(iii)).containsExactly("LU EU_883_ART13_1_B_III eu-reg-883-2004 2025-01-01..2025-12-31");
        assertThat(outcome(iv)).containsExactly("FR EU_883_ART13_1_B_IV eu-reg-883-2004 2025-01-01..2025-12-31");
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 11(3)(e) (" + Provisions.EUR_LEX_883 + "): a person who does not work is covered where he lives")
    void anInactivePersonIsCoveredWhereHeLives() {
        Decision decision = ENGINE.decide(resident("ES").over(from("2025-01-01", "2025-12-31")));

        assertThat(outcome(decision)).containsExactly("ES EU_883_ART11_3_E eu-reg-883-2004 2025-01-01..2025-12-31");
    }

    @Test
    @DisplayName("https://www.diplomatie.gouv.fr/fr/services-aux-francais/preparer-son-expatriation/dossiers-pays-de-l-expatriation/japon/protection-sociale-22802/article/convention-de-securite-sociale-109852: posting to Japan up to 5 years")
    void aFiveYearPostingToJapan() {
        Decision decision = ENGINE.decide(resident("FR").nationality("FR").with(posting("FR", "JP", from("2025-01-01", "2029-12-31"))).situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(outcome(decision)).containsExactly("FR BILATERAL_FR_JP_POSTING fr-jp-2005 2025-01-01..2029-12-31");
    }

    @Test
    @DisplayName("Same page (diplomatie.gouv.fr, Japan): a new posting only after a gap of at least one year")
    void aNewPostingToJapanNeedsAYearsGap() {
        Decision decision = ENGINE.decide(resident("FR").nationality("FR").with(posting("FR", "JP", from("2025-07-01", "2026-12-31")))
                .earlierPosting("FR", "JP", "OTHER", from("2022-01-01", "2024-12-31")).situation());

        assertThat(decision.checks()).anySatisfy(c -> {
            assertThat(c.code() + "=" + c.result()).isEqualTo("REPOSTING_GAP=NOT_MET");
            assertThat(c.facts()).containsEntry("earliestNewPosting", "2026-01-01");
        });
        assertThat(outcome(decision)).singleElement().asString().startsWith("JP BILATERAL_FR_JP_LEX_LOCI");
    }

    @Test
    @DisplayName("https://www.cleiss.fr/employeurs/empl_etranger_bilat_recoitfrance.html: United States, 5 years for employees but 2 years for the self-employed")
    void theUnitedStatesLimitSelfEmployedPostingsToTwoYears() {
        Decision employee = ENGINE.decide(resident("FR").nationality("FR").with(posting("FR", "US", from("2025-01-01", "2029-12-31"))).situation());
        Decision selfEmployed = ENGINE.decide(resident("FR").nationality("FR")
                .with(selfEmployedPosting("FR", "US", from("2025-01-01", "2027-06-30"))).situation());

        assertThat(employee.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(outcome(employee)).singleElement().asString().startsWith("FR BILATERAL_FR_US_POSTING");
        assertThat(outcome(selfEmployed)).singleElement().asString().startsWith("US BILATERAL_FR_US_LEX_LOCI");
    }

    @Test
    @DisplayName("https://www.cleiss.fr/docs/stats/sources_stats2015/files/basic-html/page122.html (footnote: third-country nationals may be posted under the conventions with AD, CA, KR, US, IN, BR, UY): a Moroccan employee posted to the United States stays under French law; to Japan, whose convention the table does not list, an officer decides")
    void thirdCountryNationalsArePostedUnderTheConventionsThatCoverThem() {
        Decision unitedStates = ENGINE.decide(resident("FR").nationality("MA").with(posting("FR", "US", from("2025-01-01", "2026-12-31"))).situation());
        Decision japan = ENGINE.decide(resident("FR").nationality("MA").with(posting("FR", "JP", from("2025-01-01", "2026-12-31"))).situation());

        assertThat(unitedStates.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(outcome(unitedStates)).singleElement().asString().startsWith("FR BILATERAL_FR_US_POSTING");
        assertThat(unitedStates.checks()).anySatisfy(c -> {
            assertThat(c.code() + "=" + c.result()).isEqualTo("PERSONAL_SCOPE=MET");
            assertThat(c.facts()).containsEntry("thirdCountryNationalsCovered", "true");
        });
        assertThat(japan.status()).isEqualTo(DecisionStatus.NEEDS_ASSESSMENT);
        assertThat(japan.checks()).anySatisfy(c -> assertThat(c.code() + "=" + c.result()).isEqualTo("PERSONAL_SCOPE=NEEDS_ASSESSMENT"));
    }

    @Test
    @DisplayName("Registry (fr-jp-2005 in force 2007-06-01, diplomatie.gouv.fr): before the agreement there is no coordination with Japan")
    void noAgreementWithJapanBefore2007() {
        Decision decision = ENGINE.decide(resident("FR").nationality("FR").with(posting("FR", "JP", from("2005-01-01", "2005-12-31"))).situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.NEEDS_ASSESSMENT);
        assertThat(decision.legislation()).isEmpty();
        assertThat(decision.checks()).anySatisfy(c -> assertThat(c.code()).isEqualTo("NO_INSTRUMENT"));
    }

    @Test
    @DisplayName("UK Withdrawal Agreement (" + Provisions.EUR_LEX_WA + "): a posting from June 2020 to June 2021 stays under Reg. 883/2004, in two parts")
    void aPostingToTheUnitedKingdomAcrossBrexitIsSplit() {
        Decision decision = ENGINE.decide(resident("FR").with(posting("FR", "GB", from("2020-06-01", "2021-06-30")))
                .affiliatedIn("FR", "2015-01-01").situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(outcome(decision)).containsExactly("FR EU_883_ART12_1 eu-reg-883-2004 2020-06-01..2020-12-31",
                "FR EU_883_ART12_1 uk-withdrawal-agreement 2021-01-01..2021-06-30");
    }

    @Test
    @DisplayName("TCA protocol art. SSC.11 (Recommendation 1/2024, https://lexaris.de/book/version/documentflat/head/5186814): a posting to the UK begun in 2022")
    void aPostingToTheUnitedKingdomUnderTheProtocol() {
        Decision decision = ENGINE.decide(resident("FR").with(posting("FR", "GB", from("2022-03-01", "2023-02-28")))
                .affiliatedIn("FR", "2015-01-01").situation());

        assertThat(outcome(decision)).containsExactly("FR UK_TCA_SSC_ART11_1 uk-tca-ssc-protocol 2022-03-01..2023-02-28");
    }

    @Test
    @DisplayName("Registry (Croatia: 1950 convention until 2013-06-30, Reg. 883/2004 from 2013-07-01): a posting across the accession is split")
    void aPostingToCroatiaAcrossTheAccessionIsSplit() {
        Decision decision = ENGINE.decide(resident("FR").nationality("FR").with(posting("FR", "HR", from("2013-01-01", "2013-12-31")))
                .affiliatedIn("FR", "2010-01-01").situation());

        // The 1950 convention's posting limit for Croatia is not in the registry: the first part needs an officer.
        assertThat(decision.status()).isEqualTo(DecisionStatus.NEEDS_ASSESSMENT);
        assertThat(outcome(decision)).containsExactly("FR BILATERAL_FR_HR_POSTING fr-yu-1950 2013-01-01..2013-06-30",
                "FR EU_883_ART12_1 eu-reg-883-2004 2013-07-01..2013-12-31");
    }

    @Test
    @DisplayName("Reg. 1408/71 art. 14(1) (" + Provisions.EUR_LEX_1408 + ", Switzerland before 2012-04-01): 18 months = 12 months + an extension agreed by the host state")
    void aSwissPostingUnderRegulation1408() {
        Decision decision = ENGINE.decide(resident("FR").with(posting("FR", "CH", from("2010-01-01", "2011-06-30")))
                .affiliatedIn("FR", "2005-01-01").situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.NEEDS_AGREEMENT);
        assertThat(outcome(decision)).containsExactly("FR EU_1408_ART14_1_A ch-fmp-1408 2010-01-01..2010-12-31",
                "FR EU_1408_ART14_1_B ch-fmp-1408 2011-01-01..2011-06-30");
    }

    @Test
    @DisplayName("http://www.cleiss.fr/actu/2002/0212nc.html: New Caledonia, 2 years + 2 years; who grants the extension is not in the registry")
    void aPostingToNewCaledoniaBeyondTwoYears() {
        Decision decision = ENGINE.decide(resident("FR").nationality("FR").with(posting("FR", "NC", from("2025-01-01", "2027-06-30"))).situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.NEEDS_ASSESSMENT);
        assertThat(outcome(decision)).containsExactly("FR DECREE_FR_NC_POSTING decree-nc-2002 2025-01-01..2026-12-31",
                "FR DECREE_FR_NC_POSTING_EXTENSION decree-nc-2002 2027-01-01..2027-06-30");
    }

    @Test
    @DisplayName("https://www.cleiss.fr/employeurs/detachement/maroc_france.html: Morocco's extension rule is not in the registry, so 40 months needs an officer")
    void aLongPostingToMoroccoNeedsAnOfficer() {
        Decision decision = ENGINE.decide(resident("FR").nationality("FR").with(posting("FR", "MA", from("2025-01-01", "2028-04-30"))).situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.NEEDS_ASSESSMENT);
        assertThat(decision.checks()).anySatisfy(c -> assertThat(c.provision()).isEqualTo("BILATERAL_FR_MA_ART5"));
    }
}
