package org.liaison.portal.web.simulators.benefits;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The two public simulators as plain GET forms: answers with legal basis, errors linked to fields, add-a-row buttons. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BenefitSimulatorPagesTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anyoneOpensTheExportSimulatorAndGetsAnAnswerWithItsLegalBasisAndNextSteps() throws Exception {
        mvc.perform(get(ExportSimulatorController.PATH)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Puis-je garder ma prestation française"),
                        containsString("name=\"benefit\""), not(containsString("id=\"answer\"")))));
        mvc.perform(get(ExportSimulatorController.PATH).param("benefit", "OLD_AGE_PENSION").param("residence", "DE")
                        .param("date", "2025-03-01").param("pdU2", "unknown"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"answer\""), containsString("Oui : cette prestation"),
                        containsString("Règl. (CE) 883/2004, art. 7"), containsString("href=\"https://eur-lex.europa.eu/eli/reg/2004/883/oj\""),
                        containsString("certificat d’existence"))));
    }

    @Test
    void theExportSimulatorAnswersInEnglishWithTheU2Period() throws Exception {
        mvc.perform(get(ExportSimulatorController.PATH).param("lang", "en").param("benefit", "UNEMPLOYMENT_BENEFIT")
                        .param("residence", "ES").param("date", "2025-03-01").param("pdU2", "yes"))
                .andExpect(content().string(allOf(containsString("Yes: this benefit can be paid"),
                        containsString("Export period: 3 months, extendable up to 6 months"), containsString("within 7 days"))));
    }

    @Test
    void exportErrorsAreSummarisedAndLinkedToTheirFields() throws Exception {
        mvc.perform(get(ExportSimulatorController.PATH).param("benefit", "").param("residence", "")
                        .param("date", "2025-02-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"error-summary\""), containsString("href=\"#benefit\""),
                        containsString("href=\"#residence\""), containsString("href=\"#date\""),
                        containsString("aria-describedby=\"date-error\""), not(containsString("id=\"answer\"")))));
    }

    @Test
    void addAStateAndAddAChildRedisplayTheFormWithAnotherRowAndTheValuesKept() throws Exception {
        mvc.perform(get(FamilySimulatorController.PATH).param("n", "2").param("c", "1").param("state0", "FR")
                        .param("action", "addState"))
                .andExpect(content().string(allOf(containsString("id=\"state2\""), containsString("<option value=\"FR\" selected=\"selected\""),
                        not(containsString("id=\"answer\"")))));
        mvc.perform(get(FamilySimulatorController.PATH).param("n", "2").param("c", "1").param("action", "addChild"))
                .andExpect(content().string(allOf(containsString("id=\"child1\""), not(containsString("id=\"child2\"")))));
    }

    @Test
    void theFamilySimulatorGivesThePriorityStateAndTheDifferentialSupplement() throws Exception {
        mvc.perform(get(FamilySimulatorController.PATH).param("action", "compute").param("n", "2").param("c", "1")
                        .param("date", "2025-03-01")
                        .param("state0", "FR").param("ground0", "ACTIVITY").param("amount0", "141,99")
                        .param("state1", "DE").param("ground1", "RESIDENCE").param("amount1", "255")
                        .param("child0", "DE"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"answer\""),
                        containsString("C’est cet État qui verse en premier les prestations familiales : France"),
                        containsString("113,01 €"), containsString("Règl. (CE) 883/2004, art. 68(1)(a)"),
                        containsString("CAF"))));
    }

    @Test
    void familyErrorsPointAtTheRowTheyComeFrom() throws Exception {
        mvc.perform(get(FamilySimulatorController.PATH).param("action", "compute").param("n", "3").param("c", "1")
                        .param("lang", "en").param("date", "2025-03-01")
                        .param("state0", "FR").param("ground0", "ACTIVITY").param("amount0", "100")
                        .param("state2", "DE").param("ground2", "RESIDENCE").param("amount2", "-5,123")
                        .param("child0", ""))
                .andExpect(content().string(allOf(containsString("href=\"#amount2\""), containsString("href=\"#child0\""),
                        containsString("The amount cannot be negative."), not(containsString("id=\"answer\"")))));
    }

    /** Bundesfinanzhof, 13 Apr. 2016, III R 34/15: the youngest child's 24.57 €, asked child by child in plain words. */
    @Test
    void childAllowancesAskedChildByChildAreComparedChildByChild() throws Exception {
        mvc.perform(get(FamilySimulatorController.PATH).param("lang", "en").param("n", "2").param("c", "3"))
                .andExpect(content().string(allOf(containsString("Child allowances paid for child no. 3"),
                        containsString("Parental allowance (when a parent stops or reduces work to raise a child)"),
                        containsString("name=\"cb1_2\""))));
        mvc.perform(get(FamilySimulatorController.PATH).param("action", "compute").param("lang", "en").param("n", "2")
                        .param("c", "3").param("date", "2013-01-01")
                        .param("state0", "CH").param("ground0", "ACTIVITY")
                        .param("cb0_0", "206.78").param("cb0_1", "206.78").param("cb0_2", "165.43")
                        .param("state1", "DE").param("ground1", "RESIDENCE")
                        .param("cb1_0", "184").param("cb1_1", "184").param("cb1_2", "190")
                        .param("child0", "DE").param("child1", "DE").param("child2", "DE"))
                .andExpect(content().string(allOf(containsString("id=\"answer\""),
                        containsString("Each benefit was compared with the same kind of benefit of the other state, child by child."),
                        containsString("III R 34/15"), containsString("Child no. 3"), containsString("24.57 €"))));
        mvc.perform(get(FamilySimulatorController.PATH).param("action", "compute").param("lang", "en").param("n", "2")
                        .param("c", "2").param("date", "2013-01-01")
                        .param("state0", "CH").param("ground0", "ACTIVITY").param("cb0_1", "-3")
                        .param("state1", "DE").param("ground1", "RESIDENCE").param("amount1", "184")
                        .param("child0", "DE"))
                .andExpect(content().string(allOf(containsString("href=\"#cb0_1\""),
                        containsString("First say in which state this child lives."), not(containsString("id=\"answer\"")))));
    }

    /** Decision F1 point 1(b)(i): paid maternity leave counts as activity; the person says what she does, not a ground. */
    @Test
    void paidMaternityLeaveIsAskedInPlainWordsAndCountsAsWork() throws Exception {
        mvc.perform(get(FamilySimulatorController.PATH).param("action", "compute").param("lang", "en").param("n", "2")
                        .param("c", "1").param("date", "2025-03-01")
                        .param("state0", "FR").param("ground0", "SICKNESS_OR_MATERNITY_BENEFIT").param("amount0", "141.99")
                        .param("state1", "DE").param("ground1", "RESIDENCE").param("amount1", "510")
                        .param("child0", "DE"))
                .andExpect(content().string(allOf(containsString("This state pays the family benefits first: France"),
                        containsString("A parent is on sick, maternity or paternity leave paid by that state"),
                        containsString("Decision F1"))));
    }

    @Test
    void theUnitedKingdomAfterBrexitIsNotCoordinatedForFamilyBenefits() throws Exception {
        mvc.perform(get(FamilySimulatorController.PATH).param("action", "compute").param("lang", "en").param("n", "2")
                        .param("c", "1").param("date", "2025-03-01")
                        .param("state0", "FR").param("ground0", "ACTIVITY").param("amount0", "141.99")
                        .param("state1", "GB").param("ground1", "RESIDENCE").param("amount1", "200")
                        .param("child0", "GB"))
                .andExpect(content().string(allOf(containsString("No coordination: each state applies its own law"),
                        containsString("SSC.3"))));
    }

    @Test
    void childrenLivingWithNeitherWorkingParentShowThePerChildTableAndTheCostSharing() throws Exception {
        mvc.perform(get(FamilySimulatorController.PATH).param("action", "compute").param("lang", "en").param("n", "2")
                        .param("c", "2").param("date", "2025-03-01")
                        .param("state0", "FR").param("ground0", "ACTIVITY").param("amount0", "300")
                        .param("state1", "BE").param("ground1", "ACTIVITY").param("amount1", "400.01")
                        .param("child0", "ES").param("child1", "ES"))
                .andExpect(content().string(allOf(containsString("This state pays the family benefits first: Belgium"),
                        containsString("Priority for each child"), containsString("reimburses it 200.00 € a month"),
                        containsString("Reg. (EC) 987/2009, Art. 58"))));
    }

    @Test
    void aDisputedPriorityNamesTheStatePayingProvisionally() throws Exception {
        mvc.perform(get(FamilySimulatorController.PATH).param("action", "compute").param("n", "3").param("c", "1")
                        .param("date", "2025-03-01")
                        .param("state0", "FR").param("ground0", "PENSION").param("amount0", "140")
                        .param("state1", "IT").param("ground1", "RESIDENCE").param("amount1", "120")
                        .param("state2", "BE").param("ground2", "PENSION").param("amount2", "200")
                        .param("child0", "IT"))
                .andExpect(content().string(allOf(containsString("Un agent doit examiner votre situation"),
                        containsString("cet État paie à titre provisoire : Italie"))));
    }
}
