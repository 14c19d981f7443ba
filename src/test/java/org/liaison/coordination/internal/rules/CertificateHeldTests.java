package org.liaison.coordination.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.coordination.internal.rules.Given.ENGINE;
import static org.liaison.coordination.internal.rules.Given.employer;
import static org.liaison.coordination.internal.rules.Given.from;
import static org.liaison.coordination.internal.rules.Given.resident;
import static org.liaison.coordination.internal.rules.Given.state;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.Activity;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.CertificateHeld;
import org.liaison.coordination.Decision;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.Situation;
import org.liaison.shared.DatePeriod;

/**
 * Issue #12 item 6: a certificate already issued binds the other states until withdrawn. The cases are the facts of
 * the CJEU's judgments (EUR-Lex), each cited; the engine's own rules are given facts on which they would designate
 * another state, as the host institution in each case maintained.
 */
class CertificateHeldTests {

    private static Situation holding(Situation situation, CertificateHeld certificate) {
        return new Situation(situation.person(), situation.activities(), situation.priorAffiliation(),
                situation.earlierPostings(), situation.period(), situation.exceptionRequested(), certificate, List.of());
    }

    /** A posting by an employer that the host state says has no substantial activity where it is established. */
    private static Activity postingByLetterBox(String from, String to, DatePeriod period) {
        return new Activity(ActivityKind.EMPLOYED, state(to), employer("EMP-1", from, false), state(from), null, null,
                period, false, null);
    }

    private static List<String> outcome(Decision decision) {
        return decision.legislation().stream()
                .map(p -> p.state() + " " + p.provision().code() + " " + p.period().start() + ".." + p.period().end()).toList();
    }

    private static String check(Decision decision, String code) {
        return decision.checks().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.result() + " " + new java.util.TreeMap<>(c.facts())).orElse("absent");
    }

    @Test
    @DisplayName("CJEU 10 Feb. 2000, Fitzwilliam, C-202/97, EU:C:2000:75, operative part (https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:61997CJ0202): "
            + "an Irish temporary-work agency's workers in the Netherlands hold E 101s from the Irish institution; the Dutch "
            + "institution is bound by them even though it thinks the agency does not normally work in Ireland")
    void fitzwilliamTheE101BindsTheHostInstitution() {
        DatePeriod work = from("1993-03-01", "1993-12-31");
        Situation situation = resident("IE").with(postingByLetterBox("IE", "NL", work)).affiliatedIn("IE", "1992-01-01").situation();
        Decision byRules = ENGINE.decide(situation);
        assertThat(byRules.legislation()).allSatisfy(p -> assertThat(p.state().value()).isEqualTo("NL"));

        Decision decision = ENGINE.decide(holding(situation, new CertificateHeld(state("IE"), CertificateHeld.Kind.E101,
                work, false, false, false)));

        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(outcome(decision)).containsExactly("IE CERTIFICATE_BINDING 1993-03-01..1993-12-31");
        assertThat(check(decision, "CERTIFICATE_BINDING")).startsWith("MET {certificateEnd=1993-12-31, certificateStart=1993-03-01, issuingState=IE, kind=E101}");
        assertThat(check(decision, "CERTIFICATE_AGAINST_RULES")).isEqualTo("MET {rulesState=NL, rulesStatus=DECIDED}");
        assertThat(decision.missingFacts()).isEmpty();
        assertThat(decision.legislation().get(0).provision().reference().citation().in(Locale.ENGLISH))
                .contains("987/2009, Art. 5(1)").contains("Fitzwilliam").contains("Herbosch Kiere").contains("Alpenrind");
    }

    @Test
    @DisplayName("CJEU 26 Jan. 2006, Herbosch Kiere, C-2/05, EU:C:2006:69, operative part (https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62005CJ0002): "
            + "Irish workers made available in Belgium with Irish E 101s; the Belgian court may not review the certificate: "
            + "only the days the certificate covers are bound, the rest follows the rules")
    void herboschKiereOnlyTheDaysCoveredAreBound() {
        DatePeriod work = from("1997-01-01", "1997-12-31");
        Situation situation = resident("IE").with(postingByLetterBox("IE", "BE", work)).affiliatedIn("IE", "1995-01-01").situation();

        Decision decision = ENGINE.decide(holding(situation, new CertificateHeld(state("IE"), CertificateHeld.Kind.E101,
                from("1997-01-01", "1997-06-30"), false, false, false)));

        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(outcome(decision)).first().isEqualTo("IE CERTIFICATE_BINDING 1997-01-01..1997-06-30");
        assertThat(decision.legislation().get(decision.legislation().size() - 1).state().value()).isEqualTo("BE");
        assertThat(decision.legislation().get(decision.legislation().size() - 1).period().end()).isEqualTo(work.end());
    }

    @Test
    @DisplayName("CJEU 6 Sept. 2018, Alpenrind, C-527/16, EU:C:2018:669, operative part (https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62016CJ0527): "
            + "Hungarian A1s for workers sent to replace others in Austria bind the Austrian institution although it contests "
            + "them and the Administrative Commission found them wrongly issued; the answer explains the dialogue procedure")
    void alpenrindAContestedA1StillBinds() {
        DatePeriod work = from("2014-02-01", "2014-11-30");
        Activity replacing = new Activity(ActivityKind.EMPLOYED, state("AT"), employer("HU-MM", "HU"), state("HU"), null, null,
                work, true, null);
        Situation situation = resident("HU").with(replacing).affiliatedIn("HU", "2012-01-01").situation();

        Decision decision = ENGINE.decide(holding(situation, new CertificateHeld(state("HU"), CertificateHeld.Kind.PD_A1,
                work, false, true, false)));

        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(outcome(decision)).containsExactly("HU CERTIFICATE_BINDING 2014-02-01..2014-11-30");
        assertThat(check(decision, "CERTIFICATE_DIALOGUE")).isEqualTo("MET {issuingState=HU}");
        assertThat(decision.checks()).filteredOn(c -> c.code().equals("CERTIFICATE_DIALOGUE")).singleElement().satisfies(c -> {
            assertThat(c.provision()).isEqualTo("DECISION_A1");
            assertThat(c.reference().citation().in(Locale.ENGLISH)).contains("Decision A1 of 12 June 2009").contains("Arts. 5(2)–(4)");
            assertThat(c.explanation().in(Locale.ENGLISH)).contains("Stage 1").contains("three months").contains("Stage 2")
                    .contains("six months").contains("Administrative Commission").contains("no earlier than one month");
            assertThat(c.explanation().in(Locale.FRENCH)).contains("trois mois").contains("commission administrative");
        });
        assertThat(decision.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo("CERTIFICATE_CONTESTED"));
    }

    @Test
    @DisplayName("CJEU 6 Feb. 2018, Altun, C-359/16, EU:C:2018:63, operative part (https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62016CJ0359): "
            + "Bulgarian E 101s for workers in Belgian construction; the Belgian institution sent evidence of fraud and the "
            + "Bulgarian institution did not review them: a Belgian court may disregard them — an assessment, not the engine's")
    void altunFraudEvidenceUnansweredIsForTheCourt() {
        DatePeriod work = from("2009-01-01", "2009-12-31");
        Situation situation = resident("BG").with(postingByLetterBox("BG", "BE", work)).affiliatedIn("BG", "2008-01-01").situation();

        Decision decision = ENGINE.decide(holding(situation, new CertificateHeld(state("BG"), CertificateHeld.Kind.E101,
                work, false, true, true)));

        assertThat(decision.status()).isEqualTo(DecisionStatus.NEEDS_ASSESSMENT);
        assertThat(outcome(decision)).containsExactly("BG CERTIFICATE_BINDING 2009-01-01..2009-12-31");
        assertThat(check(decision, "CERTIFICATE_FRAUD")).isEqualTo("NEEDS_ASSESSMENT {issuingState=BG}");
        assertThat(decision.checks()).filteredOn(c -> c.code().equals("CERTIFICATE_FRAUD")).singleElement()
                .satisfies(c -> assertThat(c.reference().citation().in(Locale.ENGLISH)).contains("C-359/16").contains("Vueling"));
    }

    @Test
    @DisplayName("CJEU 2 Apr. 2020, Vueling, C-370/17 and C-37/18, EU:C:2020:260 (https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62017CJ0370): "
            + "Spanish E 101s for air crew based at Roissy bind the French institutions and courts as long as the Spanish "
            + "institution has not withdrawn them")
    void vuelingSpanishCertificatesBindFrance() {
        DatePeriod work = from("2007-01-01", "2007-12-31");
        Activity crew = new Activity(ActivityKind.EMPLOYED, state("FR"), employer("ES-VY", "ES"), state("ES"), null, null,
                work, false, null);
        Situation situation = resident("FR").with(crew).affiliatedIn("ES", "2006-01-01").situation();

        Decision decision = ENGINE.decide(holding(situation, new CertificateHeld(state("ES"), CertificateHeld.Kind.E101,
                work, false, false, false)));

        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(outcome(decision)).containsExactly("ES CERTIFICATE_BINDING 2007-01-01..2007-12-31");
    }

    @Test
    @DisplayName("Reg. 987/2009 art. 5(1): a certificate binds only 'for as long as it has not been withdrawn or declared invalid'")
    void aWithdrawnCertificateNoLongerBinds() {
        DatePeriod work = from("2025-01-01", "2025-10-31");
        Situation situation = resident("IE").with(postingByLetterBox("IE", "NL", work)).affiliatedIn("IE", "2020-01-01").situation();

        Decision decision = ENGINE.decide(holding(situation, new CertificateHeld(state("IE"), CertificateHeld.Kind.PD_A1,
                work, true, false, false)));

        assertThat(decision.legislation()).allSatisfy(p -> assertThat(p.state().value()).isEqualTo("NL"));
        assertThat(check(decision, "CERTIFICATE_WITHDRAWN")).isEqualTo("MET {issuingState=IE, kind=PD_A1}");
        assertThat(check(decision, "CERTIFICATE_BINDING")).isEqualTo("absent");
    }

    @Test
    @DisplayName("A certificate that agrees with the rules adds no comparison and changes nothing but the provision cited")
    void aCertificateThatAgreesWithTheRules() {
        DatePeriod work = from("2025-01-01", "2025-10-31");
        Situation situation = resident("AT").with(Given.posting("AT", "HU", work)).affiliatedIn("AT", "2019-01-01").situation();

        Decision decision = ENGINE.decide(holding(situation, new CertificateHeld(state("AT"), CertificateHeld.Kind.PD_A1,
                work, false, false, false)));

        assertThat(outcome(decision)).containsExactly("AT CERTIFICATE_BINDING 2025-01-01..2025-10-31");
        assertThat(check(decision, "CERTIFICATE_AGAINST_RULES")).isEqualTo("absent");
    }
}
